package de.digitalezukunfthagen.digitalcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's own texts (headings, labels, explanations) from {@code messages_de.properties} and
 * {@code messages_en.properties} beside this class. {@code {0}} and {@code {1}} are replaced by
 * already formatted values; nothing else is interpreted, so apostrophes need no escaping.
 */
final class Messages {
    private static final Map<String, Messages> BY_LANGUAGE = Map.of("de", load("de"), "en", load("en"));

    private final String language;
    private final Properties texts;

    private Messages(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    static Messages of(String language) {
        Messages messages = BY_LANGUAGE.get(language);
        if (messages == null) {
            throw new IllegalArgumentException("no report texts for language '" + language + "'");
        }
        return messages;
    }

    String get(String key, String... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("report text '" + key + "' is missing for language " + language);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", args[i]);
        }
        return text;
    }

    Set<String> keys() {
        return new TreeSet<>(texts.stringPropertyNames());
    }

    private static Messages load(String language) {
        String name = "messages_" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Messages(language, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
