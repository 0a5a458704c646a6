package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the privacy texts say about the peer comparison and the dashboards. */
class PrivacyPageTest {
    @TempDir
    Path dir;

    @Test
    void the_built_in_privacy_page_says_complete_checks_feed_peers_and_dashboard_anonymously_in_groups_of_five_without_tests() {
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                String de = web.get("/privacy?lang=de").body();
                assertThat(de).contains("Vergleich mit ähnlichen Betrieben und Übersicht der Initiative",
                        "Abgeschlossene Checks werden ohne Namen auch für den Vergleich mit ähnlichen Betrieben verwendet",
                        "Gruppen von mindestens 5 Betrieben", "als Test oder Vorführung markiert sind");
                String en = web.get("/privacy?lang=en").body();
                assertThat(en).contains("Comparison with similar firms and the initiative&#39;s overview",
                        "Completed checks are also used, without names, for the comparison with similar firms",
                        "groups of at least 5 firms", "marked as a test or demonstration");
            });
        }
    }

    @Test
    void the_privacy_template_for_operators_says_the_same() throws Exception {
        String template = Files.readString(Path.of("docs", "privacy-template.md"));
        assertThat(template).contains("anonym und nur in Gruppen von mindestens fünf Betrieben",
                "**Vergleich mit ähnlichen Betrieben**", "**Übersicht der Initiative**", "**Test oder Vorführung**");
    }
}
