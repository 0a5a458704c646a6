package de.digitalezukunfthagen.digitalcheck.assessment;

import static de.digitalezukunfthagen.digitalcheck.assessment.FollowUpTest.created;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.Csrf;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step and result pages an instance keeps as rendered are the pages a second instance on the same
 * database renders afresh, before and after the answers, the company or the language change.
 */
class KeptPagesTest {
    private static final String BASE_URL = "http://check.example";

    @TempDir
    Path dir;

    /** {@code web}'s page with its CSRF token taken out, to compare it with another browser's. */
    private static String page(WebClient web, String path) {
        WebClient.Reply reply = web.get(path);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().replace(web.cookie(Csrf.COOKIE).orElseThrow(), "TOKEN");
    }

    @Test
    void kept_step_and_result_pages_equal_fresh_ones_after_every_change() {
        try (TestApp first = TestApp.create(dir, TestApp.fixtures(), BASE_URL);
             TestApp second = TestApp.create(dir, TestApp.fixtures(), BASE_URL)) {
            JavalinTest.test(first.app(), (one, c1) -> JavalinTest.test(second.app(), (two, c2) -> {
                WebClient keeping = new WebClient("http://localhost:" + one.port());
                String token = created(keeping, """
                        {"industry": "crafts", "employees": 5, "plan": "ideas", "plan-owner": "owner", "budget": 2,
                         "tools": ["erp"], "paper": "some", "backups": "manual"}""", false);
                String[] paths = {"/a/" + token + "/result", "/a/" + token + "/step/1", "/a/" + token + "/step/2",
                        "/a/" + token + "/result?lang=en", "/a/" + token + "/step/2", "/a/" + token + "/result?lang=de"};
                for (String path : paths) {
                    page(keeping, path); // kept from now on
                }
                String resultBefore = page(keeping, paths[0]);

                // the answers change: on this instance through the API, so the kept pages must follow
                WebClient.Reply put = keeping.json("PUT", "/api/v1/assessments/" + token + "/answers",
                        "{\"answers\": {\"backups\": \"auto\", \"paper\": \"most\"}}");
                assertThat(put.status()).isEqualTo(200);
                compare(keeping, two.port(), paths);
                assertThat(page(keeping, paths[0])).isNotEqualTo(resultBefore);

                // the company changes on the first page of the profile
                WebClient.Reply saved = keeping.postForm("/a/" + token + "/step/1", "q.industry", "crafts", "q.employees", "5",
                        "company", "Tischlerei Kern", "_shown", "industry employees", "_action", "save");
                assertThat(saved.status()).isEqualTo(303);
                assertThat(keeping.get("/api/v1/assessments/" + token).body()).contains("Tischlerei Kern");
                assertThat(page(keeping, paths[0])).contains("Tischlerei Kern");
                compare(keeping, two.port(), paths);

                // the same answers changed by the other instance show here too
                WebClient elsewhere = new WebClient("http://localhost:" + two.port());
                elsewhere.json("PUT", "/api/v1/assessments/" + token + "/answers", "{\"answers\": {\"backups\": \"none\"}}");
                compare(keeping, two.port(), paths);
            }));
        }
    }

    private static void compare(WebClient keeping, int otherPort, String[] paths) {
        WebClient fresh = new WebClient("http://localhost:" + otherPort);
        for (String path : paths) {
            // the other instance renders each page once now; this one serves what it kept or renders anew (in the
            // same order, so both browsers have the same language cookie)
            String other = page(fresh, path);
            assertThat(page(keeping, path)).as(path).isEqualTo(other);
            assertThat(page(keeping, path)).as(path).isEqualTo(other);
        }
    }
}
