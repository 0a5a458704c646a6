package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.Locale;

public enum QuestionType {
    SINGLE, MULTI, NUMBER, TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
