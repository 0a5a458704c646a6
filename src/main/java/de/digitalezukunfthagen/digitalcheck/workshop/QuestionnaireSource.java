package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import java.util.Optional;

/** Finds the questionnaire version a workshop was started with. */
@FunctionalInterface
interface QuestionnaireSource {
    Optional<Questionnaire> find(String id, int version);
}
