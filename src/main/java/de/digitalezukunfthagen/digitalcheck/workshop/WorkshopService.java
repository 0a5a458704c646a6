package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.util.List;

/** What the pages of both sides share: the store, the questionnaires and contacts, and the spread. */
final class WorkshopService {
    private final WorkshopStore store;
    private final QuestionnaireSource questionnaires;
    private final List<Contact> contacts;

    WorkshopService(WorkshopStore store, QuestionnaireSource questionnaires, List<Contact> contacts) {
        this.store = store;
        this.questionnaires = questionnaires;
        this.contacts = List.copyOf(contacts);
    }

    WorkshopStore store() {
        return store;
    }

    List<Contact> contacts() {
        return contacts;
    }

    Questionnaire questionnaire(Workshop w) {
        return questionnaires.find(w.questionnaireId(), w.version()).orElseThrow(() -> new IllegalStateException(
                "questionnaire " + w.questionnaireId() + " version " + w.version() + " is not available"));
    }

    /** The spread as of now: the workshop and its participants read together. */
    Spread spread(Workshop w) {
        WorkshopStore.Snapshot snapshot = store.snapshot(w.id()).orElseThrow();
        return Spread.of(questionnaire(snapshot.workshop()), contacts, snapshot.workshop(), snapshot.participants());
    }
}
