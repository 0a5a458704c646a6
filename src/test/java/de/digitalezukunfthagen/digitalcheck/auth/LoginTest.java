package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.web.WebClient;

import de.digitalezukunfthagen.digitalcheck.assessment.Token;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class LoginTest {
    @Parameter
    TestDatabase engine;

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @TempDir
    Path dir;
    TestApp t;

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void the_consultant_area_sends_anonymous_visitors_to_the_login_and_back() {
        t = TestApp.create(dir, engine);
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient anonymous = new WebClient(server.port());
            WebClient.Reply page = anonymous.get("/consultant/workshops/abc");
            assertThat(page.status()).isEqualTo(303);
            assertThat(page.location()).isEqualTo("/login?next=%2Fconsultant%2Fworkshops%2Fabc");
            assertThat(anonymous.get("/consultant").location()).startsWith("/login?next=");

            WebClient.Reply form = anonymous.follow(page);
            assertThat(form.status()).isEqualTo(200);
            assertThat(form.body()).contains("name=\"next\" value=\"/consultant/workshops/abc\"", "autocomplete=\"current-password\"");

            TestAccounts.add(t.database(), "anna@example.org", "Anna");
            WebClient.Reply login = anonymous.postForm("/login", "email", "anna@example.org", "password", PASSWORD,
                    "next", "/consultant/workshops/abc");
            assertThat(login.status()).isEqualTo(303);
            assertThat(login.location()).isEqualTo("/consultant/workshops/abc");
        });
    }

    @Test
    void requests_other_than_pages_are_refused_without_a_session() {
        t = TestApp.create(dir, engine);
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient anonymous = new WebClient(server.port());
            assertThat(anonymous.postForm("/consultant/workshops", "company", "X").status()).isEqualTo(401);
            assertThat(anonymous.get("/consultant/workshops/abc/live.json").status()).isEqualTo(401);
        });
    }

    @Test
    void a_successful_login_sets_an_http_only_lax_cookie_whose_id_is_stored_only_as_a_hash() {
        t = TestApp.create(dir, engine);
        TestAccounts.add(t.database(), "anna@example.org", "Anna");
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient anna = new WebClient(server.port());
            WebClient.Reply login = anna.postForm("/login", "email", "Anna@Example.org ", "password", PASSWORD);
            assertThat(login.status()).isEqualTo(303);
            assertThat(login.location()).isEqualTo("/consultant");
            String setCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("session="))
                    .findFirst().orElseThrow();
            assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/");
            String id = anna.cookie(Auth.COOKIE).orElseThrow();
            assertThat(Token.wellFormed(id)).isTrue();
            List<String> stored = t.database().read(conn -> {
                try (var rs = conn.createStatement().executeQuery("SELECT id_hash FROM consultant_session")) {
                    List<String> all = new java.util.ArrayList<>();
                    while (rs.next()) {
                        all.add(rs.getString(1));
                    }
                    return all;
                }
            });
            assertThat(stored).containsExactly(Token.hash(id)).doesNotContain(id);
            assertThat(anna.get("/login").location()).isEqualTo("/consultant");
        });
    }

    @Test
    void the_stored_password_is_an_argon_2id_hash_of_owasps_minimum_cost() {
        t = TestApp.create(dir, engine);
        new Accounts(t.database(), java.time.Clock.systemUTC()).add("anna@example.org", "Anna", PASSWORD);
        String hash = t.database().read(conn -> {
            try (var rs = conn.createStatement().executeQuery("SELECT password_hash FROM consultant")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        JavalinTest.test(t.app(), (server, client) ->
                assertThat(new WebClient(server.port()).login("anna@example.org", PASSWORD).get("/consultant").status()).isEqualTo(200));
    }

    @Test
    void a_wrong_password_and_an_unknown_address_get_the_same_answer_and_no_session() {
        t = TestApp.create(dir, engine);
        TestAccounts.add(t.database(), "anna@example.org", "Anna");
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient v = new WebClient(server.port());
            WebClient.Reply wrong = v.postForm("/login", "email", "anna@example.org", "password", "not the password");
            WebClient.Reply unknown = v.postForm("/login", "email", "nobody@example.org", "password", "not the password");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(unknown.status()).isEqualTo(401);
            assertThat(wrong.body()).contains("E-Mail-Adresse oder Passwort sind nicht richtig.");
            assertThat(unknown.body()).contains("E-Mail-Adresse oder Passwort sind nicht richtig.");
            assertThat(v.cookie(Auth.COOKIE)).isEmpty();
            assertThat(v.get("/consultant").status()).isEqualTo(303);
        });
    }

    @Test
    void every_login_starts_a_new_session_and_ends_the_one_the_browser_had() {
        t = TestApp.create(dir, engine);
        TestAccounts.add(t.database(), "anna@example.org", "Anna");
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient v = new WebClient(server.port());
            // a session id planted by someone else before the login is never taken over
            String planted = Token.generate();
            v.setCookie(Auth.COOKIE, planted, "/");
            v.login("anna@example.org", PASSWORD);
            String first = v.cookie(Auth.COOKIE).orElseThrow();
            assertThat(first).isNotEqualTo(planted);

            v.login("anna@example.org", PASSWORD);
            String second = v.cookie(Auth.COOKIE).orElseThrow();
            assertThat(second).isNotEqualTo(first);

            WebClient thief = new WebClient(server.port());
            thief.setCookie(Auth.COOKIE, first, "/");
            assertThat(thief.get("/consultant").status()).isEqualTo(303);
        });
    }

    @Test
    void logout_ends_the_session_on_the_server_too() {
        t = TestApp.create(dir, engine);
        TestAccounts.add(t.database(), "anna@example.org", "Anna");
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient v = new WebClient(server.port()).login("anna@example.org", PASSWORD);
            String id = v.cookie(Auth.COOKIE).orElseThrow();
            WebClient.Reply out = v.postForm("/logout");
            assertThat(out.status()).isEqualTo(303);
            assertThat(out.location()).isEqualTo("/login?bye=1");
            assertThat(v.follow(out).body()).contains("Sie sind abgemeldet.");

            WebClient replay = new WebClient(server.port());
            replay.setCookie(Auth.COOKIE, id, "/");
            assertThat(replay.get("/consultant").status()).isEqualTo(303);
        });
    }

    @Test
    void login_and_logout_need_the_csrf_field() {
        t = TestApp.create(dir, engine);
        TestAccounts.add(t.database(), "anna@example.org", "Anna");
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient v = new WebClient(server.port());
            v.csrf();
            assertThat(v.postFormRaw("/login", "email", "anna@example.org", "password", PASSWORD).status()).isEqualTo(403);
            v.login("anna@example.org", PASSWORD);
            assertThat(v.postFormRaw("/logout").status()).isEqualTo(403);
        });
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one() {
        t = TestApp.create(dir, engine);
        TestAccounts.add(t.database(), "anna@example.org", "Anna");
        TestAccounts.add(t.database(), "ben@example.org", "Ben");
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient v = new WebClient(server.port());
            for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
                assertThat(v.postForm("/login", "email", "anna@example.org", "password", "guess " + i).status()).isEqualTo(401);
            }
            WebClient.Reply locked = v.postForm("/login", "email", "anna@example.org", "password", PASSWORD);
            assertThat(locked.status()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).isPresent();
            assertThat(locked.body()).contains("Zu viele fehlgeschlagene Anmeldungen. Bitte versuchen Sie es in 15 Minuten erneut.");
            assertThat(v.cookie(Auth.COOKIE)).isEmpty();
            // another account from the same address is not locked by it
            v.login("ben@example.org", PASSWORD);
        });
    }

    @Test
    void many_failures_from_one_address_lock_every_account_from_there() {
        t = TestApp.create(dir, engine);
        TestAccounts.add(t.database(), "anna@example.org", "Anna");
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient v = new WebClient(server.port());
            for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
                assertThat(v.postForm("/login", "email", "user" + i + "@example.org", "password", "guess").status()).isEqualTo(401);
            }
            assertThat(v.postForm("/login", "email", "anna@example.org", "password", PASSWORD).status()).isEqualTo(429);
        });
    }

    @Test
    void a_disabled_account_cannot_log_in_and_loses_its_sessions() {
        t = TestApp.create(dir, engine);
        TestAccounts.add(t.database(), "anna@example.org", "Anna");
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient before = new WebClient(server.port()).login("anna@example.org", PASSWORD);
            new Accounts(t.database(), java.time.Clock.systemUTC()).disable("anna@example.org");
            assertThat(before.get("/consultant").status()).isEqualTo(303);
            WebClient after = new WebClient(server.port());
            assertThat(after.postForm("/login", "email", "anna@example.org", "password", PASSWORD).status()).isEqualTo(401);
        });
    }

    @Test
    void the_login_leads_back_only_into_the_consultant_area() {
        t = TestApp.create(dir, engine);
        TestAccounts.add(t.database(), "anna@example.org", "Anna");
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient v = new WebClient(server.port());
            for (String next : List.of("https://evil.example/", "//evil.example/consultant", "/consultant//evil.example", "/w/ABC")) {
                WebClient.Reply r = v.postForm("/login", "email", "anna@example.org", "password", PASSWORD, "next", next);
                assertThat(r.location()).as(next).isEqualTo("/consultant");
            }
        });
    }

    @Test
    void the_login_page_speaks_english_too() {
        t = TestApp.create(dir, engine);
        JavalinTest.test(t.app(), (server, client) -> {
            WebClient v = new WebClient(server.port());
            assertThat(v.get("/login?lang=en").body()).contains("Sign-in for consultants", "Password").doesNotContain("??");
            assertThat(v.get("/login?lang=de").body()).contains("Anmeldung für Beraterinnen und Berater").doesNotContain("??");
        });
    }
}
