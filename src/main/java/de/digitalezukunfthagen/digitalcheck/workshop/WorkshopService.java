package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import java.util.List;

/**
 * What the pages of both sides share: the store, the questionnaire versions (a workshop is always
 * answered and scored with the version it was started with, kept by {@link QuestionnaireVersions}),
 * the contacts, the texts, and the spread.
 */
final class WorkshopService {
    private final WorkshopStore store;
    private final QuestionnaireVersions versions;
    private final Messages messages;
    private final Discussion discussion;

    WorkshopService(WorkshopStore store, QuestionnaireVersions versions, Messages messages, Discussion discussion) {
        this.store = store;
        this.versions = versions;
        this.messages = messages;
        this.discussion = discussion;
    }

    Discussion discussion() {
        return discussion;
    }

    WorkshopStore store() {
        return store;
    }

    QuestionnaireVersions versions() {
        return versions;
    }

    List<Contact> contacts() {
        return versions.contacts();
    }

    Messages messages() {
        return messages;
    }

    Questionnaire questionnaire(Workshop w) {
        return store.questionnaire(w.questionnaireId(), w.version());
    }

    /** The engine's evaluation of some answers together with the workshop's company profile. */
    Evaluation evaluate(Workshop w, Answers answers) {
        return Scorer.evaluate(questionnaire(w), contacts(), w.profile().merge(answers.values()));
    }

    /** The spread as of now: the workshop and its participants (not the removed ones) read together. */
    Spread spread(Workshop w) {
        WorkshopStore.Snapshot snapshot = store.snapshot(w.id()).orElseThrow();
        return Spread.of(questionnaire(snapshot.workshop()), contacts(), snapshot.workshop(), snapshot.present());
    }
}
