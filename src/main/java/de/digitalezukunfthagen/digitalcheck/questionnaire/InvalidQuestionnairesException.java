package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when questionnaires cannot be used; carries every problem found, not only the first. */
public class InvalidQuestionnairesException extends Exception {
    private final transient List<Problem> problems;

    public InvalidQuestionnairesException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the questionnaires:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
