package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.Map;

/**
 * A human-readable text in one or more languages. A missing translation falls back to the
 * default language, as the contract says.
 */
public record Text(Map<String, String> values, String defaultLanguage) {

    public Text {
        values = Map.copyOf(values);
    }

    public static Text of(String language, String value) {
        return new Text(Map.of(language, value), language);
    }

    public String in(String language) {
        String value = language == null ? null : values.get(language);
        return value != null ? value : values.getOrDefault(defaultLanguage, "");
    }

    public boolean hasLanguage(String language) {
        return values.containsKey(language);
    }

    @Override
    public String toString() {
        return in(defaultLanguage);
    }
}
