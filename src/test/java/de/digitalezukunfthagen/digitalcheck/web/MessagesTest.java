package de.digitalezukunfthagen.digitalcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream("i18n/" + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    @Test
    void every_bundle_has_the_same_keys_in_german_and_english() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Set<String> de = new TreeSet<>(load(bundle + "_de").stringPropertyNames());
            Set<String> en = new TreeSet<>(load(bundle + "_en").stringPropertyNames());
            assertThat(en).as("keys of %s_en compared with %s_de", bundle, bundle).isEqualTo(de);
            load(bundle + "_de").forEach((k, v) -> assertThat(v.toString()).as("%s_de: %s", bundle, k).isNotBlank());
            load(bundle + "_en").forEach((k, v) -> assertThat(v.toString()).as("%s_en: %s", bundle, k).isNotBlank());
        }
    }

    @Test
    void every_text_a_template_asks_for_exists_in_both_languages() throws IOException {
        // keys built in the template ("result.horizon." ~ id) end in a dot and are checked by the page tests
        Pattern call = Pattern.compile("t\\(\\s*[\"']([a-zA-Z0-9_.-]*[a-zA-Z0-9_-])[\"']");
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "resources", "templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".peb")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(50);
        Messages messages = new Messages();
        for (String key : keys) {
            for (Language language : Language.values()) {
                assertThat(messages.get(language, key, 1, 2)).as(language + " " + key).doesNotStartWith("??");
            }
        }
    }

    @Test
    void a_missing_key_shows_as_such() {
        assertThat(new Messages().get(Language.EN, "no.such.key")).isEqualTo("??no.such.key??");
    }
}
