package de.digitalezukunfthagen.digitalcheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    static final String ORIGINAL = """
            id: check
            version: 1
            language: de
            title: {de: Check, en: Check}
            levels:
              - {id: low, min: 0, title: Low}
              - {id: high, min: 50, title: High}
            dimensions:
              - id: strategy
                title: Strategy
                questions:
                  - id: plan
                    type: single
                    text: Plan?
                    options:
                      - {id: none, label: None, points: 0}
                      - {id: some, label: Some, points: 2}
            """;

    /** The same content: comments, key order, flow and block style, quoting and number notation differ. */
    static final String REFORMATTED = """
            # yaml-language-server: $schema=schema.json
            # A comment that says nothing about the content.
            version: 1
            id: "check"
            title:
              en: Check   # English
              de: 'Check'
            language: de
            dimensions:
            - questions:
              - text: "Plan?"
                type: single
                id: plan
                options:
                - points: 0
                  label: None
                  id: none
                - {points: 2.00, id: some, label: Some}
              title: Strategy
              id: strategy
            levels: [{min: 0, id: low, title: Low}, {title: High, id: high, min: 50}]
            """;

    @TempDir
    Path dir;

    private String fingerprint(String name, String yaml) {
        Path folder = dir.resolve(name);
        return Fixtures.questionnaire(folder, yaml).fingerprint();
    }

    @Test
    void the_fingerprint_is_a_sha_256_in_hex() {
        assertThat(fingerprint("a", ORIGINAL)).matches("[0-9a-f]{64}");
    }

    @Test
    void comments_key_order_and_formatting_do_not_change_the_fingerprint() {
        assertThat(fingerprint("b", REFORMATTED)).isEqualTo(fingerprint("a", ORIGINAL));
    }

    @Test
    void a_changed_points_value_changes_the_fingerprint() {
        String changed = ORIGINAL.replace("points: 2}", "points: 3}");

        assertThat(fingerprint("b", changed)).isNotEqualTo(fingerprint("a", ORIGINAL));
    }

    @Test
    void a_changed_text_changes_the_fingerprint() {
        String changed = ORIGINAL.replace("text: Plan?", "text: Plan??");

        assertThat(fingerprint("b", changed)).isNotEqualTo(fingerprint("a", ORIGINAL));
    }

    @Test
    void a_changed_option_order_changes_the_fingerprint() {
        String none = "{id: none, label: None, points: 0}";
        String some = "{id: some, label: Some, points: 2}";
        String changed = ORIGINAL.replace(none, "@").replace(some, none).replace("@", some);
        assertThat(changed).isNotEqualTo(ORIGINAL);

        assertThat(fingerprint("b", changed)).isNotEqualTo(fingerprint("a", ORIGINAL));
    }
}
