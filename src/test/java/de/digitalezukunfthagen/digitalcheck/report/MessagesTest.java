package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void german_and_english_have_the_same_texts() {
        Messages de = Messages.of("de");
        Messages en = Messages.of("en");
        assertThat(en.keys()).containsExactlyElementsOf(de.keys());
        for (String key : de.keys()) {
            assertThat(de.get(key)).as(key).isNotBlank();
            assertThat(en.get(key)).as(key).isNotBlank();
            for (String placeholder : new String[] {"{0}", "{1}"}) {
                assertThat(en.get(key).contains(placeholder)).as("%s in %s", placeholder, key).isEqualTo(de.get(key).contains(placeholder));
            }
        }
    }

    @Test
    void placeholders_are_filled_literally() {
        assertThat(Messages.of("de").get("footer.page", "2", "7")).isEqualTo("Seite 2 von 7");
        assertThat(Messages.of("en").get("footer.page", "2", "7")).isEqualTo("Page 2 of 7");
        assertThat(Messages.of("en").get("report.titleFor", "Check", "O'Brien {1} Ltd")).isEqualTo("Check – report for O'Brien {1} Ltd");
    }
}
