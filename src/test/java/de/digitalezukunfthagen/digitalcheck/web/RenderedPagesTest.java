package de.digitalezukunfthagen.digitalcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.ManualClock;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Pages kept as rendered: the same page for the same stamp, with each browser's own CSRF token, within time and room. */
class RenderedPagesTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final AtomicInteger renders = new AtomicInteger();
    /** What the page is made from; the tests change it as stored data would change. */
    private final AtomicReference<String> text = new AtomicReference<>("Tischlerei Müller");

    private Javalin app(RenderedPages pages) {
        return Javalin.create(config -> {
            config.fileRenderer(new Templates(new Messages()));
            config.routes.get("/a/{token}/page", ctx -> {
                String stamp = text.get();
                if (pages.answer(ctx, stamp)) {
                    return;
                }
                renders.incrementAndGet();
                Map<String, Object> model = new HashMap<>();
                model.put("text", stamp);
                pages.render(ctx, stamp, "kept-page-test.peb", model);
            });
        });
    }

    private void with(RenderedPages pages, java.util.function.Consumer<String> test) {
        JavalinTest.test(app(pages), (server, client) -> test.accept("http://localhost:" + server.port()));
    }

    @Test
    void an_unchanged_page_is_rendered_once_and_each_browser_gets_its_own_csrf_token_in_it() {
        with(new RenderedPages(clock, 1 << 20), origin -> {
            WebClient first = new WebClient(origin);
            WebClient second = new WebClient(origin);
            WebClient.Reply one = first.get("/a/x/page");
            WebClient.Reply again = first.get("/a/x/page");
            WebClient.Reply other = second.get("/a/x/page");
            assertThat(renders.get()).isEqualTo(1);
            String firstToken = first.cookie(Csrf.COOKIE).orElseThrow();
            String secondToken = second.cookie(Csrf.COOKIE).orElseThrow();
            assertThat(firstToken).isNotEqualTo(secondToken);
            assertThat(one.body()).isEqualTo(again.body())
                    .isEqualTo("<p lang=\"de\">Tischlerei Müller – Digital-Check Hagen</p><form><input type=\"hidden\" name=\"_csrf\" value=\""
                            + firstToken + "\"></form><p>" + firstToken + "</p>\n");
            assertThat(other.body()).isEqualTo(one.body().replace(firstToken, secondToken));
            assertThat(other.header("Content-Type")).isEqualTo(one.header("Content-Type")).startsWith("text/html");
            // a browser without the cookie gets it with the page, as Jetty writes a cookie
            assertThat(one.headers().allValues("set-cookie")).containsExactly("csrf=" + firstToken + "; Path=/; HttpOnly; SameSite=Strict");
            assertThat(again.headers().allValues("set-cookie")).isEmpty();
        });
    }

    @Test
    void a_changed_stamp_another_query_or_language_renders_the_page_again() {
        with(new RenderedPages(clock, 1 << 20), origin -> {
            WebClient web = new WebClient(origin);
            web.get("/a/x/page");
            text.set("Bäckerei Schmidt");
            assertThat(web.get("/a/x/page").body()).contains("Bäckerei Schmidt");
            assertThat(web.get("/a/x/page?lang=en").body()).contains("lang=\"en\"");
            assertThat(web.get("/a/x/page?notice=saved").body()).contains("Bäckerei Schmidt");
            assertThat(renders.get()).isEqualTo(4);
            web.get("/a/x/page?notice=saved");
            assertThat(renders.get()).isEqualTo(4);
        });
    }

    @Test
    void a_page_is_kept_for_its_lifetime_within_the_room_given_and_forgotten_on_request() {
        RenderedPages pages = new RenderedPages(clock, 2_000);
        with(pages, origin -> {
            WebClient web = new WebClient(origin);
            web.get("/a/x/page");
            clock.forward(RenderedPages.LIFETIME.minus(Duration.ofSeconds(1)));
            web.get("/a/x/page");
            assertThat(renders.get()).isEqualTo(1);
            clock.forward(Duration.ofSeconds(1));
            web.get("/a/x/page");
            assertThat(renders.get()).isEqualTo(2);

            // as many pages of the same size again as the room holds: the first goes
            long size = pages.bytes();
            int more = (int) (2_000 / size);
            for (int i = 0; i < more; i++) {
                web.get("/a/other" + i + "/page");
            }
            assertThat(pages.bytes()).isLessThanOrEqualTo(2_000).isGreaterThan(2_000 - size);
            web.get("/a/x/page");
            assertThat(renders.get()).isEqualTo(3 + more);

            long before = pages.bytes();
            pages.forget("/a/x/");
            assertThat(pages.bytes()).isLessThan(before);
            web.get("/a/x/page");
            assertThat(renders.get()).isEqualTo(4 + more);
        });
    }
}
