package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers in answers are bounded in digits and size when they are read, and no message repeats unbounded input. */
class NumberLimitsTest {
    @TempDir
    Path dir;

    private void withApp(BiConsumer<WebClient, TestApp> test) {
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(new WebClient("http://localhost:" + server.port()), t));
        }
    }

    private static JsonNode saved(WebClient web, String token) {
        return AssessmentApiTest.json(web.get("/api/v1/assessments/" + token).body()).get("answers");
    }

    @Test
    void a_number_with_a_huge_exponent_is_refused_in_a_short_answer_before_it_is_written_out() {
        withApp((web, t) -> {
            String token = AssessmentApiTest.create(web);
            for (String number : new String[] {"1e-999999999", "-1e-999999999", "1.0e+999999999", "1e400"}) {
                long start = System.nanoTime();
                WebClient.Reply r = web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                        "{\"answers\": {\"budget\": " + number + "}}");
                assertThat(r.status()).as(number).isEqualTo(400);
                assertThat(r.body().length()).as(number).isLessThan(2_000);
                assertThat(r.body()).contains("budget").contains("the number");
                assertThat(System.nanoTime() - start).as(number).isLessThan(5_000_000_000L);
            }
            assertThat(saved(web, token).has("budget")).isFalse();
        });
    }

    @Test
    void more_than_fifteen_significant_digits_are_refused_and_fifteen_are_accepted() {
        withApp((web, t) -> {
            String token = AssessmentApiTest.create(web);
            WebClient.Reply tooPrecise = web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                    "{\"answers\": {\"budget\": 2.0000000000000001}}");
            assertThat(tooPrecise.status()).isEqualTo(400);
            assertThat(tooPrecise.body()).contains("significant digits");
            WebClient.Reply fine = web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                    "{\"answers\": {\"budget\": 2.00000000000001}}");
            assertThat(fine.status()).isEqualTo(200);
            // a whole number longer than Jackson's own limit is a bad request too, not a failure of ours
            WebClient.Reply huge = web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                    "{\"answers\": {\"budget\": " + "9".repeat(5_000) + "}}");
            assertThat(huge.status()).isEqualTo(400);
            assertThat(huge.body().length()).isLessThan(2_000);
        });
    }

    @Test
    void an_unknown_question_or_option_of_any_length_is_repeated_shortened() {
        withApp((web, t) -> {
            String token = AssessmentApiTest.create(web);
            String longId = "x".repeat(20_000);
            WebClient.Reply r = web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                    "{\"answers\": {\"" + longId + "\": 1, \"plan\": \"" + longId + "\", \"budget\": \"" + longId + "\"}}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body().length()).isLessThan(3_000);
            assertThat(r.body()).contains("xxxxxxxx…");
        });
    }

    @Test
    void a_version_beyond_the_int_range_is_not_taken_for_version_one() {
        withApp((web, t) -> {
            WebClient.Reply created = web.json("POST", "/api/v1/assessments",
                    "{\"questionnaire\": \"quick-check\", \"version\": 4294967297}");
            assertThat(created.status()).isEqualTo(400);
            assertThat(created.body()).contains("4294967297");
            String token = AssessmentApiTest.create(web);
            WebClient.Reply put = web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                    "{\"version\": 4294967297, \"answers\": {}}");
            assertThat(put.status()).isEqualTo(400);
            assertThat(web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                    "{\"version\": 1, \"answers\": {}}").status()).isEqualTo(200);
        });
    }

    @Test
    void a_form_with_a_number_of_thousands_of_digits_is_shown_again_with_a_message_and_nothing_is_stored() {
        withApp((web, t) -> {
            web.get("/");
            String base = web.postForm("/assessments", "questionnaire", "quick-check").location().replaceAll("/(step/1|start)$", "");
            String token = base.substring(3);
            WebClient.Reply r = web.postForm(base + "/step/2", "q.plan", "ideas", "q.budget", "1" + "0".repeat(5_000),
                    "_shown", "plan budget", "_action", "next");
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.body()).contains("höchstens 15 Ziffern");
            assertThat(r.body().length()).isLessThan(200_000);
            WebClient.Reply tiny = web.postForm(base + "/step/2", "q.plan", "ideas", "q.budget", "0," + "0".repeat(30) + "1",
                    "_shown", "plan budget", "_action", "next");
            assertThat(tiny.status()).isEqualTo(422);
            assertThat(saved(web, token).has("budget")).isFalse();
            assertThat(saved(web, token).has("plan")).isFalse();
            // the record stays readable everywhere
            assertThat(web.get(base + "/result").status()).isEqualTo(200);
            assertThat(web.get("/api/v1/assessments/" + token + "/report.pdf").status()).isEqualTo(200);
        });
    }
}
