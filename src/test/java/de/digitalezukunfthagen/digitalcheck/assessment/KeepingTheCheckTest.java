package de.digitalezukunfthagen.digitalcheck.assessment;

import static de.digitalezukunfthagen.digitalcheck.assessment.AssessmentApiTest.json;
import static de.digitalezukunfthagen.digitalcheck.assessment.AssessmentPagesTest.start;
import static de.digitalezukunfthagen.digitalcheck.assessment.AssessmentPagesTest.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.web.QrCodeTest;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The personal link is the only way back to a check: it is shown first, can be mailed to oneself and
 * scanned, and the browser that started a check offers to continue it. Over real HTTP.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class KeepingTheCheckTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private void withWeb(Consumer<WebClient> test) {
        try (TestApp t = TestApp.create(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> test.accept(new WebClient("http://localhost:" + server.port())));
        }
    }

    private static String attribute(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    @Test
    void starting_shows_the_personal_link_first_with_a_mail_to_oneself_and_a_qr_code_of_the_link() throws Exception {
        withWeb(web -> {
            String base = start(web);
            String link = web.origin() + base;
            String page = web.get(base + "/start").body();
            assertThat(page).contains("Ihr Check ist angelegt").contains("der einzige Weg zurück")
                    .contains("value=\"" + link + "\"").contains("href=\"" + base + "/step/1\"")
                    .contains("Link an mich senden (E-Mail)");
            // the first screen comes before the first question
            assertThat(page).doesNotContain("name=\"q.industry\"");

            String mailto = attribute(page, "href=\"(mailto:[^\"]*)\"").replace("&amp;", "&");
            assertThat(mailto).startsWith("mailto:?subject=").doesNotContain("+").doesNotContain("@");
            String decoded = URLDecoder.decode(mailto.replace("+", "%2B"), StandardCharsets.UTF_8);
            assertThat(decoded).contains("subject=Mein Quick-Check: persönlicher Link")
                    .contains("body=Mit diesem Link geht es mit meinem Quick-Check weiter:\n" + link + "\n");

            String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>") + 6);
            try {
                assertThat(QrCodeTest.decode(svg)).isEqualTo(link);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(svg).contains("aria-label=\"QR-Code mit Ihrem persönlichen Link\"");

            // every later page keeps the mail link beside the personal link
            assertThat(web.get(base + "/step/1").body()).contains("Link an mich senden (E-Mail)");
        });
    }

    @Test
    void the_start_page_offers_to_continue_the_check_this_browser_started_without_putting_its_token_in_the_page() {
        withWeb(web -> {
            assertThat(web.get("/").body()).doesNotContain("Meinen Check fortsetzen");
            WebClient.Reply started = web.postForm("/assessments", "questionnaire", "quick-check");
            String base = started.location().replace("/start", "");
            String token = base.substring(3);
            String cookie = started.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("check=")).findFirst().orElseThrow();
            assertThat(cookie).contains("check=" + token).contains("HttpOnly").contains("SameSite=Lax")
                    .contains("Max-Age=" + 90 * 24 * 60 * 60).contains("Path=/");

            web.postForm(base + "/step/1", "q.industry", "crafts", "_action", "next");
            String home = web.get("/").body();
            assertThat(home).contains("Ihr angefangener Check").contains("Quick-Check: 1 von bis zu 9 Fragen beantwortet")
                    .contains("href=\"/continue\"").contains("Meinen Check fortsetzen").contains("Hier vergessen")
                    .doesNotContain(token);
            WebClient.Reply onward = web.get("/continue");
            assertThat(onward.status()).isEqualTo(303);
            assertThat(onward.location()).isEqualTo(base);

            // another browser knows nothing of it
            WebClient other = new WebClient(web.origin());
            assertThat(other.get("/").body()).doesNotContain("Ihr angefangener Check");
            assertThat(other.get("/continue").location()).isEqualTo("/");

            // forgetting removes the cookie, not the check
            WebClient.Reply forgot = web.postForm("/forget");
            assertThat(forgot.location()).isEqualTo("/?notice=forgotten");
            assertThat(forgot.header("set-cookie")).startsWith("check=;").contains("Expires=Thu, 01 Jan 1970");
            assertThat(web.cookie("check")).isEmpty();
            assertThat(web.get("/?notice=forgotten").body()).contains("merkt sich Ihren Check nicht mehr")
                    .doesNotContain("Ihr angefangener Check");
            assertThat(stored(web, base).get("answers").get("industry").asText()).isEqualTo("crafts");
        });
    }

    @Test
    void deleting_the_check_also_forgets_it_in_this_browser() {
        withWeb(web -> {
            String base = start(web);
            assertThat(web.cookie("check")).contains(base.substring(3));
            web.postForm(base + "/delete");
            assertThat(web.cookie("check")).isEmpty();
            assertThat(web.get("/").body()).doesNotContain("Ihr angefangener Check");
        });
    }

    @Test
    void a_form_sent_after_its_token_expired_leads_back_to_its_page_with_a_message_and_stores_nothing() {
        withWeb(web -> {
            String base = start(web);
            web.clearCookies(); // as after closing the browser: the CSRF cookie is gone
            WebClient.Reply r = web.postFormRaw(base + "/step/1", "q.industry", "crafts", "_action", "next", "_csrf", "from-yesterday-from-yesterday");
            assertThat(r.status()).isEqualTo(303);
            assertThat(r.location()).isEqualTo(base + "/step/1?notice=expired");
            String page = web.get(r.location()).body();
            assertThat(page).contains("Diese Seite war zu lange geöffnet").contains("name=\"_csrf\"")
                    .contains("data-notice=\"expired\"");
            assertThat(stored(web, base).get("answers").has("industry")).isFalse();
            // with the new page's token the same answers are saved
            WebClient.Reply again = web.postForm(base + "/step/1", "q.industry", "crafts", "_shown", "industry employees", "_action", "skip");
            assertThat(again.location()).isEqualTo(base + "/step/2");
            assertThat(stored(web, base).get("answers").get("industry").asText()).isEqualTo("crafts");
        });
    }

    @Test
    void the_language_switch_of_a_step_page_saves_the_page_first() {
        withWeb(web -> {
            String base = start(web);
            WebClient.Reply r = web.postForm(base + "/step/2", "q.plan", "ideas", "_shown", "plan budget", "_lang", "en");
            assertThat(r.status()).isEqualTo(303);
            assertThat(r.location()).isEqualTo(base + "/step/2?lang=en");
            assertThat(stored(web, base).get("answers").get("plan").asText()).isEqualTo("ideas");
            assertThat(web.get(r.location()).body()).contains("<html lang=\"en\">").contains("Step 2 of 4");
            // an invalid entry is kept on the page, in the language it was typed in, with nothing saved
            WebClient.Reply invalid = web.postForm(base + "/step/2", "q.budget", "zwölf", "_lang", "de");
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.body()).contains("value=\"zwölf\"").contains("id=\"error-summary\"");
            assertThat(stored(web, base).get("answers").has("budget")).isFalse();
        });
    }

    static JsonNode apiGet(WebClient web, String token) {
        return json(web.get("/api/v1/assessments/" + token).body());
    }
}
