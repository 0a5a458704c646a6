package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A consultant links a firm's checks over time as the online "repeat the check" does: a follow-up of an
 * assisted check, a workshop's result linked to an earlier check; and marks checks as tests. Over HTTP.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class FollowUpLinksTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    /** Starts an assisted check for {@code company} and answers it completely (strategy 50, tools 33.3); returns its token. */
    private static String completeCheck(WebClient consultant, int port, String company) {
        WebClient.Reply started = consultant.postForm("/consultant/checks", "company", company, "questionnaire", "mini-check");
        String token = started.location().substring(3, 27);
        WebClient.Reply put = new WebClient(port).json("PUT", "/api/v1/assessments/" + token + "/answers", """
                {"answers": {"industry": "services", "plan": "ideas", "budget": "no", "software": ["erp"]}}""");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        return token;
    }

    /** The id of the assisted check of {@code company} in the forms of the consultant's dashboard. */
    private static String checkId(String dashboard, String company) {
        String row = dashboard.substring(dashboard.indexOf("<th scope=\"row\">" + company));
        Matcher m = Pattern.compile("/consultant/checks/(\\d+)/test").matcher(row);
        assertThat(m.find()).as("test form of " + company).isTrue();
        return m.group(1);
    }

    private static JsonNode api(WebClient v, String token) {
        try {
            return Json.mapper().readTree(v.get("/api/v1/assessments/" + token).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_consultant_starts_a_follow_up_of_an_assisted_check_prefilled_linked_and_showing_the_change() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                WebClient ben = Fixture.consultant(t, server.port(), "ben@example.org");
                String first = completeCheck(anna, server.port(), "Malerbetrieb Ost");
                String dashboard = anna.get("/consultant").body();
                String id = checkId(dashboard, "Malerbetrieb Ost");
                assertThat(dashboard).contains("action=\"/consultant/checks/" + id + "/repeat\"", "Folgecheck beginnen");

                // another consultant cannot start a follow-up of it, nor mark it
                assertThat(ben.postForm("/consultant/checks/" + id + "/repeat").status()).isEqualTo(404);
                assertThat(ben.postForm("/consultant/checks/" + id + "/test", "test", "1").status()).isEqualTo(404);

                WebClient.Reply repeated = anna.postForm("/consultant/checks/" + id + "/repeat");
                assertThat(repeated.status()).isEqualTo(303);
                Matcher m = Pattern.compile("/a/([A-Za-z0-9_-]{24})/start\\?carried=(\\d+)").matcher(repeated.location());
                assertThat(m.matches()).as(repeated.location()).isTrue();
                String second = m.group(1);
                assertThat(Integer.parseInt(m.group(2))).isEqualTo(4); // industry, plan, budget, software
                assertThat(second).isNotEqualTo(first);

                // prefilled: the follow-up starts complete with the earlier answers, and is the consultant's assisted check
                JsonNode before = api(anna, second);
                assertThat(before.at("/answers/plan").asText()).isEqualTo("ideas");
                assertThat(before.at("/company").asText()).isEqualTo("Malerbetrieb Ost");
                assertThat(anna.get("/a/" + second + "/result").body()).contains("data-assisted", "Begleiteter Check für Malerbetrieb Ost");

                // the firm wrote its plan down and bought CRM: the result shows the change since the first check
                assertThat(new WebClient(server.port()).json("PUT", "/api/v1/assessments/" + second + "/answers", """
                        {"answers": {"plan": "written", "software": ["erp", "crm"]}}""").status()).isEqualTo(200);
                String result = anna.get("/a/" + second + "/result").body();
                assertThat(result).contains("id=\"progress\"", "Was sich seit dem letzten Check verändert hat", "Verglichen mit Ihrem Check vom");
                JsonNode after = api(anna, second);
                assertThat(after.at("/previous/questionnaire/id").asText()).isEqualTo("mini-check");
                JsonNode strategy = null;
                for (JsonNode d : after.at("/progress/dimensions")) {
                    if (d.get("id").asText().equals("strategy")) {
                        strategy = d;
                    }
                }
                assertThat(strategy).isNotNull();
                assertThat(strategy.get("before").decimalValue()).isEqualByComparingTo("25");
                assertThat(strategy.get("now").decimalValue()).isEqualByComparingTo("50");
                // the earlier check itself stays as it was and has no earlier one
                assertThat(api(anna, first).at("/previous").isNull()).isTrue();

                String list = anna.get("/consultant").body();
                assertThat(list.split("<th scope=\"row\">Malerbetrieb Ost", -1)).hasSize(3);
                assertThat(list).contains("Folgecheck");
                assertThat(ben.get("/consultant").body()).doesNotContain("Malerbetrieb Ost");
            });
        }
    }

    @Test
    void a_workshop_result_is_linked_to_an_earlier_check_of_the_same_firm_and_shows_the_change() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                WebClient ben = Fixture.consultant(t, server.port(), "ben@example.org");
                completeCheck(anna, server.port(), "Tischlerei Nord");
                completeCheck(anna, server.port(), "Bäckerei Süd");            // another firm: not offered
                String bens = completeCheck(ben, server.port(), "Tischlerei Nord"); // another consultant's: not offered, not linkable

                String base = Fixture.workshop(anna, "tischlerei nord");
                Fixture.answer(anna, base + "/consensus/1", "q.plan", "written", "go", "agree");
                Fixture.answer(anna, base + "/consensus/2", "q.budget", "yes", "go", "agree");
                assertThat(anna.postForm(base + "/consensus/finish", "confirm", "yes").location()).isEqualTo(base + "/handover");

                String page = anna.get(base + "/handover").body();
                assertThat(page).contains("Mit einem früheren Check des Betriebs verknüpfen", "Noch nicht mit einem früheren Check verknüpft.");
                Matcher option = Pattern.compile("<option value=\"(c\\d+)\">Begleiteter Check vom [0-9-]+ \\(([^)]*) Punkte\\)</option>")
                        .matcher(page);
                assertThat(option.find()).as(page).isTrue();
                String choice = option.group(1);
                assertThat(option.find()).as("only the one check of this firm by this consultant").isFalse();

                // another consultant's check is refused, by a forged choice as by the firm's link
                String bensId = checkId(ben.get("/consultant").body(), "Tischlerei Nord");
                assertThat(anna.postForm(base + "/link", "earlier", "c" + bensId).location()).endsWith("/handover?linked=unknown");
                WebClient.Reply foreign = anna.postForm(base + "/link", "link", "http://localhost/a/" + bens + "/result");
                assertThat(foreign.location()).endsWith("/handover?linked=foreign");
                assertThat(anna.follow(foreign).body()).contains("Diesen Check hat eine andere Beratung begleitet.");
                // and ben cannot link anna's workshop at all
                assertThat(ben.postForm(base + "/link", "earlier", choice).status()).isEqualTo(404);

                String token = handoverToken(anna.get(base + "/handover").body());
                assertThat(anna.get("/a/" + token + "/result").body()).doesNotContain("id=\"progress\"");

                WebClient.Reply linked = anna.postForm(base + "/link", "earlier", choice);
                assertThat(linked.location()).endsWith("/handover?linked=done");
                assertThat(anna.follow(linked).body()).contains("data-link-notice=\"done\"", "Verknüpft mit dem Check vom");
                String result = anna.get("/a/" + token + "/result").body();
                assertThat(result).contains("id=\"progress\"", "Was sich seit dem letzten Check verändert hat");
                JsonNode api = api(new WebClient(server.port()), token);
                JsonNode strategy = api.at("/progress/dimensions/0");
                assertThat(strategy.get("id").asText()).isEqualTo("strategy");
                assertThat(strategy.get("before").decimalValue()).isEqualByComparingTo("25");
                assertThat(strategy.get("now").decimalValue()).isEqualByComparingTo("100");

                // the link can be removed again
                assertThat(anna.postForm(base + "/link", "earlier", "none").location()).endsWith("/handover?linked=removed");
                assertThat(api(anna, token).at("/previous").isNull()).isTrue();
            });
        }
    }

    @Test
    void a_workshop_result_is_linked_by_the_firms_own_link_to_its_online_check_but_not_to_a_later_one() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                WebClient firm = new WebClient(server.port());
                String online = firm.postForm("/assessments", "questionnaire", "mini-check").location().substring(3, 27);
                String base = Fixture.workshop(anna, "Elektro West");
                assertThat(anna.postForm(base + "/consensus/finish", "confirm", "yes").location()).isEqualTo(base + "/handover");
                assertThat(anna.get(base + "/handover").body()).contains("noch keinen früheren Check oder Workshop");

                assertThat(anna.postForm(base + "/link", "link", "not a link").location()).endsWith("?linked=unknown");
                String later = firm.postForm("/assessments", "questionnaire", "mini-check").location().substring(3, 27);
                assertThat(anna.postForm(base + "/link", "link", later).location()).endsWith("?linked=notEarlier");
                assertThat(anna.postForm(base + "/link", "link", "https://check.example.org/a/" + online).location())
                        .endsWith("?linked=done");
                String token = handoverToken(anna.get(base + "/handover").body());
                assertThat(api(firm, token).at("/previous/questionnaire/id").asText()).isEqualTo("mini-check");
            });
        }
    }

    @Test
    void a_consultant_marks_an_assisted_check_and_a_workshop_as_test_and_back() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String token = completeCheck(anna, server.port(), "Vorführung GmbH");
                String id = checkId(anna.get("/consultant").body(), "Vorführung GmbH");
                assertThat(anna.postForm("/consultant/checks/" + id + "/test", "test", "1").status()).isEqualTo(303);
                assertThat(anna.get("/consultant").body()).contains("data-test", "Test-Markierung aufheben");
                assertThat(flags(t, token)).isEqualTo("1 1");
                anna.postForm("/consultant/checks/" + id + "/test", "test", "0");
                assertThat(flags(t, token)).isEqualTo("0 0");
                assertThat(anna.get("/consultant").body()).doesNotContain("data-test");

                // a workshop marked before its hand-over hands over a test; unmarked afterwards, both are real again
                String base = Fixture.workshop(anna, "Demo-Workshop");
                assertThat(anna.postForm(base + "/test", "test", "1").status()).isEqualTo(303);
                assertThat(anna.postForm(base + "/consensus/finish", "confirm", "yes").status()).isEqualTo(303);
                String handover = anna.get(base + "/handover").body();
                assertThat(handover).contains("als Test oder Vorführung markiert");
                String workshopToken = handoverToken(handover);
                assertThat(flags(t, workshopToken)).isEqualTo("1 1");
                anna.postForm(base + "/test", "test", "0");
                assertThat(flags(t, workshopToken)).isEqualTo("0 0");
                // another consultant cannot mark it
                WebClient ben = Fixture.consultant(t, server.port(), "ben@example.org");
                assertThat(ben.postForm(base + "/test", "test", "1").status()).isEqualTo(404);
                assertThat(flags(t, workshopToken)).isEqualTo("0 0");
            });
        }
    }

    @Test
    void checks_marked_as_tests_leave_the_peer_comparison_and_both_dashboards() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                for (int i = 1; i <= 6; i++) {
                    completeCheck(anna, server.port(), "Betrieb " + i);
                }
                de.digitalezukunfthagen.digitalcheck.auth.TestAccounts.addInitiative(t.database(), "stadt@example.org", "Initiative");
                WebClient city = new WebClient(server.port()).login("stadt@example.org", Fixture.PASSWORD);
                // a firm doing the check on its own compares itself with the six others
                WebClient firm = new WebClient(server.port());
                String own = firm.postForm("/assessments", "questionnaire", "mini-check").location().substring(3, 27);
                assertThat(firm.json("PUT", "/api/v1/assessments/" + own + "/answers", """
                        {"answers": {"industry": "services", "plan": "none", "budget": "no", "software": ["nothing"]}}""").status())
                        .isEqualTo(200);
                assertThat(firm.get("/a/" + own + "/result").body()).contains("id=\"peers\"", "Grundlage: 6 abgeschlossene Checks");
                assertThat(anna.get("/consultant/figures?q=mini-check").body()).contains("<strong>6</strong>");
                assertThat(city.get("/initiative?q=mini-check").body()).contains("<strong>7</strong> abgeschlossene Checks");

                String dashboard = anna.get("/consultant").body();
                anna.postForm("/consultant/checks/" + checkId(dashboard, "Betrieb 1") + "/test", "test", "1");
                assertThat(firm.get("/a/" + own + "/result").body()).contains("Grundlage: 5 abgeschlossene Checks");
                assertThat(anna.get("/consultant/figures?q=mini-check").body()).contains("<strong>5</strong>");
                assertThat(city.get("/initiative?q=mini-check").body()).contains("<strong>6</strong> abgeschlossene Checks");

                anna.postForm("/consultant/checks/" + checkId(dashboard, "Betrieb 2") + "/test", "test", "1");
                assertThat(firm.get("/a/" + own + "/result").body()).doesNotContain("id=\"peers\"");
                assertThat(anna.get("/consultant/figures?q=mini-check").body()).contains("weniger als 5 abgeschlossene Checks");
                assertThat(city.get("/initiative?q=mini-check").body()).contains("<strong>5</strong> abgeschlossene Checks");

                // unmarked, a check counts again
                anna.postForm("/consultant/checks/" + checkId(dashboard, "Betrieb 2") + "/test", "test", "0");
                assertThat(firm.get("/a/" + own + "/result").body()).contains("Grundlage: 5 abgeschlossene Checks");
            });
        }
    }

    /** The test flag of the assessment and of its facts, e.g. "1 1". */
    private static String flags(TestApp t, String token) {
        return t.database().read(conn -> {
            try (var select = conn.prepareStatement("""
                    SELECT a.test, f.test FROM assessment a JOIN assessment_facts f ON f.assessment_id = a.id WHERE a.token_sha256 = ?""")) {
                select.setString(1, de.digitalezukunfthagen.digitalcheck.assessment.Token.hash(token));
                try (var rs = select.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) + " " + rs.getInt(2);
                }
            }
        });
    }

    private static String handoverToken(String handoverPage) {
        Matcher m = Pattern.compile("/a/([A-Za-z0-9_-]{24})/result").matcher(handoverPage);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
