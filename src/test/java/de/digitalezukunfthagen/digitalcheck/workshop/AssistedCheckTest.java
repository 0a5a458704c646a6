package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class AssistedCheckTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    @Test
    void an_assisted_check_is_the_online_flow_for_the_company_recording_who_advised() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                WebClient ben = Fixture.consultant(t, server.port(), "ben@example.org");
                assertThat(anna.get("/consultant").body()).contains("Sie haben noch keinen Check begleitet.");

                WebClient.Reply started = anna.postForm("/consultant/checks", "company", "Malerbetrieb Ost", "questionnaire", "mini-check");
                assertThat(started.status()).isEqualTo(303);
                assertThat(started.location()).matches("/a/[A-Za-z0-9_-]{24}/step/1");
                String token = started.location().substring(3, 27);
                String firstPage = anna.follow(started).body();
                assertThat(firstPage).contains("value=\"Malerbetrieb Ost\"", token); // the personal link is on the page

                String row = t.database().read(conn -> {
                    try (var rs = conn.createStatement().executeQuery("""
                            SELECT a.origin || ' ' || a.company || ' ' || c.consultant_id || ' ' || CASE WHEN c.token_sha256 = a.token_sha256 THEN 1 ELSE 0 END
                            FROM assisted_check c JOIN assessment a ON a.token_sha256 = c.token_sha256""")) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
                assertThat(row).isEqualTo("assisted Malerbetrieb Ost 1 1");
                assertThat(t.database().read(conn -> {
                    try (var rs = conn.createStatement().executeQuery("SELECT count(*) FROM assisted_check WHERE token_sha256 = '" + token + "'")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }).intValue()).isZero(); // only the hash is kept

                // required and open: industry, plan, budget, software (machines is hidden until the industry is known)
                assertThat(anna.get("/consultant").body()).contains("Malerbetrieb Ost", "Mini-Check", "4 Pflichtfragen offen");
                WebClient company = new WebClient(server.port());
                assertThat(company.json("PUT", "/api/v1/assessments/" + token + "/answers", """
                        {"answers": {"industry": "services", "plan": "written", "budget": "yes", "software": ["erp"]}}""").status())
                        .isEqualTo(200);
                // strategy 100, tools 33.3, people not assessed → overall 66.7
                assertThat(anna.get("/consultant").body()).contains("vollständig", "66,7");
                assertThat(ben.get("/consultant").body()).doesNotContain("Malerbetrieb Ost");

                // the company deletes its data: the consultant's record of it goes too
                assertThat(company.postForm("/a/" + token + "/delete").status()).isEqualTo(303);
                assertThat(anna.get("/consultant").body()).doesNotContain("Malerbetrieb Ost");
            });
        }
    }

    @Test
    void only_the_advising_consultant_sees_the_bar_of_the_assisted_check() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                WebClient ben = Fixture.consultant(t, server.port(), "ben@example.org");
                WebClient.Reply started = anna.postForm("/consultant/checks", "company", "Bäckerei <Süd>", "questionnaire", "mini-check");
                String base = started.location().replace("/step/1", "");

                String step = anna.get(base + "/step/1").body();
                assertThat(step).contains("data-assisted", "Begleiteter Check für Bäckerei &lt;Süd&gt;", "Beraten von anna",
                        "<a href=\"/consultant\">Zur Übersicht</a>");
                assertThat(anna.get(base + "/review").body()).contains("data-assisted");
                assertThat(anna.get(base + "/result").body()).contains("data-assisted", "Begleiteter Check für Bäckerei");
                assertThat(anna.get(base + "/result?lang=en").body())
                        .contains("Assisted check for Bäckerei &lt;Süd&gt;", "advised by anna", "Back to overview");

                // the company opens the same link without an account; another consultant is not its adviser
                WebClient company = new WebClient(server.port());
                for (WebClient other : new WebClient[] {company, ben}) {
                    assertThat(other.get(base + "/step/1").body()).contains("Bäckerei").doesNotContain("data-assisted", "Beraten von");
                    assertThat(other.get(base + "/result").body()).doesNotContain("data-assisted", "Begleiteter Check");
                }
                // an ordinary check shows no bar, not even to a logged-in consultant
                String own = anna.postForm("/assessments", "questionnaire", "mini-check").location();
                assertThat(anna.get(own).body()).doesNotContain("data-assisted");
            });
        }
    }

    @Test
    void a_check_needs_a_company_and_a_known_questionnaire() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                assertThat(anna.postForm("/consultant/checks", "company", " ", "questionnaire", "mini-check").status()).isEqualTo(422);
                assertThat(anna.postForm("/consultant/checks", "company", "X", "questionnaire", "nope").status()).isEqualTo(422);
                assertThat(anna.postForm("/consultant/checks", "company", "x".repeat(121), "questionnaire", "mini-check").status()).isEqualTo(422);
                assertThat(anna.postForm("/consultant/workshops", "company", "", "questionnaire", "mini-check").status()).isEqualTo(422);
            });
        }
    }
}
