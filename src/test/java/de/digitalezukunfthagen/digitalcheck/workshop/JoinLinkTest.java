package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.auth.TestAccounts;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.web.QrCodeTest;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The join link, its QR code and the workshop's cookies behind an https reverse proxy ({@code serve --base-url}). */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class JoinLinkTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    /**
     * The browser speaks https to the proxy, so it sends Secure cookies back; the test's client speaks
     * plain http to the app and would not: it gets a plain copy of each cookie named.
     */
    private static WebClient viaProxy(WebClient v, String... names) {
        for (String name : names) {
            v.cookie(name).ifPresent(value -> v.setCookie(name, value, "/"));
        }
        return v;
    }

    private static WebClient newVisitor(int port) {
        WebClient v = new WebClient(port);
        v.get("/login");
        return viaProxy(v, "csrf");
    }

    @Test
    void behind_an_https_proxy_the_join_link_and_qr_code_use_the_base_url_and_the_cookies_are_secure() {
        try (TestApp t = TestApp.create(dir, Fixture.miniCheck(), "https://check.example.org", engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                int port = server.port();
                TestAccounts.add(t.database(), "anna@example.org", "Anna");
                WebClient anna = newVisitor(port);
                WebClient.Reply login = anna.postForm("/login", "email", "anna@example.org", "password", Fixture.PASSWORD);
                assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("session="))
                        .singleElement().asString().contains("Secure", "HttpOnly", "SameSite=Lax");
                viaProxy(anna, "session");

                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                String code = Fixture.code(anna, base);
                String joinUrl = "https://check.example.org/w/" + code;
                assertThat(anna.get(base).body()).contains(joinUrl);
                assertThat(anna.get(base + "/projector").body()).contains(joinUrl).doesNotContain("http://localhost");
                assertThat(QrCodeTest.decode(anna.get(base + "/qr.svg").body())).isEqualTo(joinUrl);

                WebClient.Reply joined = newVisitor(port).postForm("/w/" + code + "/join", "name", "Bea", "role", "");
                assertThat(joined.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("participant="))
                        .singleElement().asString().contains("Secure", "HttpOnly");
            });
        }
    }
}
