package de.digitalezukunfthagen.digitalcheck.scoring;

/** Why a set of answers was rejected: the question (and option) concerned, and what is wrong. */
public record AnswerProblem(String question, String option, String message) {

    @Override
    public String toString() {
        if (question == null) {
            return message;
        }
        return "answers." + question + (option == null ? "" : " (option '" + option + "')") + ": " + message;
    }
}
