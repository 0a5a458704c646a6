package de.digitalezukunfthagen.digitalcheck.content;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import java.nio.file.Path;
import java.util.List;

/** The questionnaires and contacts exactly as they ship in {@code questionnaires/}, loaded once per test run. */
final class ShippedContent {
    static final Path FOLDER = Path.of("questionnaires");
    static final String DIGITAL_CHECK = "digital-check";
    static final String QUICK_CHECK = "quick-check";

    private static QuestionnaireLoader.Outcome outcome;

    private ShippedContent() {
    }

    static synchronized QuestionnaireLoader.Outcome outcome() {
        if (outcome == null) {
            outcome = QuestionnaireLoader.load(List.of(FOLDER));
        }
        return outcome;
    }

    static Questionnaire questionnaire(String id) {
        return outcome().questionnaires().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("questionnaire '" + id + "' is not shipped (or is invalid): "
                        + outcome().problems()));
    }

    static Questionnaire digitalCheck() {
        return questionnaire(DIGITAL_CHECK);
    }

    static Questionnaire quickCheck() {
        return questionnaire(QUICK_CHECK);
    }

    static List<Contact> contacts() {
        return outcome().contacts();
    }

    static Contact contact(String id) {
        return contacts().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no contact '" + id + "' in contacts.yaml"));
    }
}
