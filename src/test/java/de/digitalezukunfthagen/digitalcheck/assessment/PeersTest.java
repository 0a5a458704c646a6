package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static de.digitalezukunfthagen.digitalcheck.assessment.AssessmentApiTest.json;
import static de.digitalezukunfthagen.digitalcheck.assessment.FollowUpTest.created;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison with similar firms on the result page and in the API: only for groups of at least 5 other firms. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PeersTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private void withWeb(Consumer<WebClient> test) {
        try (TestApp t = TestApp.create(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(new WebClient("http://localhost:" + server.port())));
        }
    }

    private static String firm(String industry, int employees, String backups) {
        return """
                {"industry": "%s", "employees": %d, "plan": "ideas", "plan-owner": "owner", "budget": 2, "tools": ["erp"],
                 "paper": "some", "backups": "%s"}""".formatted(industry, employees, backups);
    }

    private static final String TITLE = "Im Vergleich mit ähnlichen Betrieben";

    @Test
    void a_group_of_four_other_firms_shows_nothing_and_a_fifth_shows_the_quartiles() {
        withWeb(web -> {
            String own = created(web, firm("crafts", 5, "manual"), false);
            for (String backups : new String[] {"none", "none", "manual", "auto"}) {
                created(web, firm("crafts", 7, backups), false);
            }
            // neither a test nor an unfinished check makes the fifth
            created(web, firm("crafts", 7, "auto"), true);
            created(web, "{\"industry\": \"crafts\", \"employees\": 3, \"plan\": \"none\"}", false);

            assertThat(web.get("/a/" + own + "/result").body()).doesNotContain(TITLE);
            assertThat(json(web.get("/api/v1/assessments/" + own).body()).get("peers").isNull()).isTrue();

            created(web, firm("crafts", 2, "auto"), false);

            String page = web.get("/a/" + own + "/result").body();
            assertThat(page).contains(TITLE).contains("Grundlage: 5 abgeschlossene Checks von Betrieben derselben Branche und Größe");
            // security of the five: 0, 0, 33.3, 100, 100
            String security = page.substring(page.indexOf(TITLE));
            security = security.substring(security.indexOf("IT-Sicherheit"));
            security = security.substring(0, security.indexOf("</tr>"));
            assertThat(security).contains("<strong>33,3</strong>").contains("0,0 – 100,0").contains("\">33,3</td>");
            JsonNode peers = json(web.get("/api/v1/assessments/" + own).body()).get("peers");
            assertThat(peers.get("firms").asInt()).isEqualTo(5);
            assertThat(peers.get("scope").asText()).isEqualTo("INDUSTRY_AND_SIZE");
            // no figure is a single firm's lowest or highest score
            assertThat(peers.toString()).doesNotContain("\"min\"").doesNotContain("\"max\"");
        });
    }

    @Test
    void too_few_firms_of_the_same_size_fall_back_to_the_same_industry_and_say_so() {
        withWeb(web -> {
            String own = created(web, firm("crafts", 5, "manual"), false);
            for (int i = 0; i < 3; i++) {
                created(web, firm("crafts", 8, "auto"), false);
            }
            created(web, firm("crafts", 40, "none"), false);
            created(web, firm("crafts", 120, "none"), false);
            created(web, firm("services", 5, "none"), false);

            String page = web.get("/a/" + own + "/result").body();
            assertThat(page).contains("Grundlage: 5 abgeschlossene Checks von Betrieben derselben Branche (in Ihrer Größe gibt es noch zu wenige)");
        });
    }
}
