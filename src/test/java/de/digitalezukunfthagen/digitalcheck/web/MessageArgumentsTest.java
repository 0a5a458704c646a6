package de.digitalezukunfthagen.digitalcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Texts with arguments read exactly as MessageFormat writes them, although each pattern is parsed only once. */
class MessageArgumentsTest {
    private static final List<Object> VALUES = List.of(0, 7, 999, 1000, 12345, -3, 42L, 2.5, 1234.5, "Tischlerei", "<b>");

    @Test
    void every_text_with_arguments_reads_as_a_fresh_message_format_writes_it() throws IOException {
        Messages messages = new Messages();
        int checked = 0;
        for (String bundle : Messages.BUNDLES) {
            for (Language language : Language.values()) {
                Properties texts = new Properties();
                try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/" + bundle + "_" + language.code()
                        + ".properties")) {
                    texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : texts.stringPropertyNames()) {
                    String pattern = messages.get(language, key);
                    if (!pattern.contains("{")) {
                        continue;
                    }
                    for (int i = 0; i < VALUES.size(); i++) {
                        Object[] args = {VALUES.get(i), VALUES.get((i + 3) % VALUES.size()), VALUES.get((i + 5) % VALUES.size())};
                        String expected;
                        try {
                            expected = new MessageFormat(pattern, language.locale()).format(args);
                        } catch (IllegalArgumentException e) {
                            continue; // e.g. a text for a choice format given a string: no figure to compare
                        }
                        assertThat(messages.get(language, key, args)).as("%s %s %s", language, key, List.of(args)).isEqualTo(expected);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
