package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Stored data that cannot be read harms only its own record; deleted assessments leave no names in workshops. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class StoredDataTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private static void sql(TestApp t, String statement, String... values) {
        t.database().transaction(conn -> {
            try (PreparedStatement s = conn.prepareStatement(statement)) {
                for (int i = 0; i < values.length; i++) {
                    s.setString(i + 1, values[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    @Test
    void a_workshop_whose_stored_profile_cannot_be_read_leaves_the_dashboard_and_the_other_workshop_working() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String broken = Fixture.workshop(anna, "Schreinerei Kaputt");
                String fine = Fixture.workshop(anna, "Malerei Heil");
                // as an older version could store it: a number of 5,000 digits (Jackson reads at most 1,000)
                sql(t, "UPDATE workshop SET profile_json = ? WHERE company = ?",
                        "{\"employees\": 1" + "0".repeat(5_000) + "}", "Schreinerei Kaputt");

                WebClient.Reply dashboard = anna.get("/consultant");
                assertThat(dashboard.status()).isEqualTo(200);
                assertThat(dashboard.body()).contains("Schreinerei Kaputt", "Malerei Heil");
                assertThat(anna.get(fine).status()).isEqualTo(200);
                WebClient.Reply page = anna.get(broken);
                assertThat(page.status()).isEqualTo(500);
                assertThat(page.body()).contains("Diese Daten können nicht gelesen werden", "nur diesen einen Eintrag");
            });
        }
    }

    @Test
    void an_assessment_whose_stored_answers_cannot_be_read_shows_a_clear_page_and_problem_for_itself_only() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient v = new WebClient(server.port());
                String bad = de.digitalezukunfthagen.digitalcheck.common.Json.mapper().readTree(
                        v.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"mini-check\"}").body()).get("token").asText();
                String good = de.digitalezukunfthagen.digitalcheck.common.Json.mapper().readTree(
                        v.json("POST", "/api/v1/assessments", "{\"questionnaire\": \"mini-check\"}").body()).get("token").asText();
                sql(t, "UPDATE assessment SET answers_json = ? WHERE token_sha256 = ?",
                        "{\"employees\": 1" + "0".repeat(5_000) + "}", de.digitalezukunfthagen.digitalcheck.assessment.Token.hash(bad));
                WebClient.Reply page = v.get("/a/" + bad + "/result");
                assertThat(page.status()).isEqualTo(500);
                assertThat(page.body()).contains("Diese Daten können nicht gelesen werden");
                WebClient.Reply api = v.get("/api/v1/assessments/" + bad);
                assertThat(api.contentType()).startsWith("application/problem+json");
                assertThat(api.body()).contains("can no longer be read");
                assertThat(v.get("/a/" + good + "/result").status()).isEqualTo(200);
            });
        }
    }

    @Test
    void when_the_company_deletes_the_handed_over_assessment_the_workshop_keeps_no_names() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                Fixture.participant(server.port(), Fixture.code(anna, base), "Kasimir", "office");
                assertThat(anna.postForm(base + "/consensus/finish", "confirm", "yes").location()).isEqualTo(base + "/handover");
                WebClient.Reply handedOver = anna.get(base + "/handover");
                Matcher link = Pattern.compile("/a/([A-Za-z0-9_-]{24})").matcher(handedOver.body());
                assertThat(link.find()).as(handedOver.body()).isTrue();
                assertThat(anna.get(base + "/live").body()).contains("Kasimir");

                WebClient company = new WebClient(server.port());
                assertThat(company.json("DELETE", "/api/v1/assessments/" + link.group(1), "").status()).isEqualTo(204);

                assertThat(anna.get("/consultant").body()).doesNotContain("Tischlerei Nowak");
                assertThat(anna.get(base).body()).doesNotContain("Tischlerei Nowak");
                assertThat(anna.get(base + "/live").body()).doesNotContain("Kasimir");
                int named = t.database().read(conn -> {
                    try (var rs = conn.createStatement().executeQuery(
                            "SELECT count(*) FROM workshop_participant WHERE name IS NOT NULL")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
                assertThat(named).isZero();
            });
        }
    }
}
