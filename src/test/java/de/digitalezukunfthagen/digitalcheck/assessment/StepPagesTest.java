package de.digitalezukunfthagen.digitalcheck.assessment;

import static de.digitalezukunfthagen.digitalcheck.assessment.AssessmentPagesTest.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped checks as a phone shows them: short pages, honest times, a total that does not jump, quick to full. */
class StepPagesTest {
    static final Catalog SHIPPED = CarryOverTest.load(Path.of("questionnaires"));

    @TempDir
    Path dir;

    private void withShipped(Consumer<WebClient> test) {
        try (TestApp t = TestApp.create(dir, SHIPPED)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(new WebClient("http://localhost:" + server.port())));
        }
    }

    private static String start(WebClient web, String questionnaire) {
        web.get("/");
        WebClient.Reply r = web.postForm("/assessments", "questionnaire", questionnaire);
        return r.location().replace("/start", "");
    }

    private static int questionsOn(String page) {
        return (int) Pattern.compile("data-question=\"").matcher(page).results().count();
    }

    @Test
    void the_start_page_shows_the_measured_ranges_of_both_checks() {
        withShipped(web -> {
            String page = web.get("/").body();
            assertThat(page).contains("7 bis 12 Minuten").contains("21 bis 45 Minuten").contains("bis zu 67 Fragen");
            assertThat(web.get("/?lang=en").body()).contains("7 to 12 minutes").contains("21 to 45 minutes");
        });
    }

    @Test
    void no_page_asks_more_than_six_questions_and_long_steps_are_split_into_parts_with_stable_addresses() {
        withShipped(web -> {
            String base = start(web, "digital-check");
            // walk with "next" from the first page to the review, as a person would
            List<String> pages = new ArrayList<>();
            String at = base + "/step/1";
            while (at.contains("/step/") && pages.size() < 20) {
                WebClient.Reply page = web.get(at);
                pages.add(at.substring(at.lastIndexOf('/') + 1));
                assertThat(questionsOn(page.body())).as(at).isBetween(1, 6);
                at = web.postForm(at, "_shown", page.field("_shown"), "_action", "skip").location();
            }
            assertThat(pages).containsExactly("1", "1-2", "2", "3", "3-2", "4", "5", "6", "7", "8", "8-2", "8-3", "9");
            String technology = web.get(base + "/step/3").body();
            assertThat(technology).contains("Schritt 3 von 9</strong>, Teil 1 von 2").contains("<h1>Technik");
            assertThat(questionsOn(technology)).isEqualTo(6);
            assertThat(web.get(base + "/step/3-2").body()).contains("Teil 2 von 2").contains("action=\"" + base + "/step/3-2\"");
            // back from the part goes to the part before, and from the next step to the last part
            assertThat(web.postForm(base + "/step/3-2", "_action", "back").location()).isEqualTo(base + "/step/3");
            assertThat(web.postForm(base + "/step/4", "_action", "back").location()).isEqualTo(base + "/step/3-2");
            assertThat(web.get(base + "/step/3-3").status()).isEqualTo(404);
            // the list of steps names each step once
            String nav = technology.substring(technology.indexOf("<nav class=\"steps\""));
            assertThat(Pattern.compile(">Technik und Abläufe<").matcher(nav).results().count()).isEqualTo(1);
        });
    }

    @Test
    void the_question_total_stays_the_same_when_an_answer_opens_follow_up_questions() {
        withShipped(web -> {
            String base = start(web, "digital-check");
            assertThat(web.get(base + "/step/1").body()).contains("0 von bis zu 67 Fragen beantwortet");
            // manufacturing opens the production questions of several steps
            web.postForm(base + "/step/1", "q.industry", "manufacturing", "q.employees", "8", "_shown",
                    "industry employees internet-connection internet-satisfaction obstacles", "_action", "save");
            assertThat(web.get(base + "/step/3-2").body()).contains("2 von bis zu 67 Fragen beantwortet");
        });
    }

    @Test
    void the_quick_checks_result_starts_the_full_check_with_the_quick_answers_carried_over() {
        withShipped(web -> {
            String quick = start(web, "quick-check");
            String token = quick.substring(3);
            web.json("PUT", "/api/v1/assessments/" + token + "/answers", """
                    {"answers": {"industry": "crafts", "employees": 8, "sec-backup": "manual", "website": "none"}}""");
            web.postForm(quick + "/step/1", "q.industry", "crafts", "q.employees", "8", "company", "Dachdeckerei Berger",
                    "_shown", "industry employees", "_action", "save");
            String result = web.get(quick + "/result").body();
            assertThat(result).contains("action=\"" + quick + "/full\"").contains("Digital-Check Hagen starten, Antworten übernehmen");

            WebClient.Reply r = web.postForm(quick + "/full");
            assertThat(r.status()).isEqualTo(303);
            Matcher m = Pattern.compile("(/a/[A-Za-z0-9_-]{24})/start\\?carried=4").matcher(r.location());
            assertThat(m.matches()).as(r.location()).isTrue();
            String full = m.group(1);
            JsonNode stored = stored(web, full);
            assertThat(stored.get("questionnaire").get("id").asText()).isEqualTo("digital-check");
            assertThat(stored.get("company").asText()).isEqualTo("Dachdeckerei Berger");
            assertThat(stored.get("answers").get("industry").asText()).isEqualTo("crafts");
            assertThat(stored.get("answers").get("employees").asInt()).isEqualTo(8);
            assertThat(stored.get("answers").get("sec-backup").asText()).isEqualTo("manual");
            assertThat(stored.get("answers").size()).isEqualTo(4);
            assertThat(web.get(r.location()).body()).contains("4 Antworten aus Ihrem vorigen Check sind schon eingetragen");
            // the quick check stays as it was; this browser now continues the full check
            assertThat(stored(web, quick).get("answers").size()).isEqualTo(4);
            assertThat(web.get("/continue").location()).isEqualTo(full);
            // the full check's result offers no further step up
            assertThat(web.get(full + "/result").body()).doesNotContain("/full\"");
        });
    }
}
