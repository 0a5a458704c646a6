package de.digitalezukunfthagen.digitalcheck.questionnaire;

/** One validation problem, printed as {@code FILE:LINE:COLUMN: message}. */
public record Problem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
