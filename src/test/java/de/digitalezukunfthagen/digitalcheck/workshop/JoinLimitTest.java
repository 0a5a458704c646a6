package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import io.javalin.testtools.JavalinTest;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class JoinLimitTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    /** Well-formed codes that are not {@code real}. */
    static List<String> otherCodes(String real, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; codes.size() < count; i++) {
            String code = "ZZZ" + JoinCodes.ALPHABET.charAt(i / (27 * 27) % 27) + JoinCodes.ALPHABET.charAt(i / 27 % 27)
                    + JoinCodes.ALPHABET.charAt(i % 27);
            if (!code.equals(real)) {
                codes.add(code);
            }
        }
        return codes;
    }

    @Test
    void a_room_of_thirty_on_one_address_joins_after_everyone_mistyped_the_code_once() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                int port = server.port();
                WebClient anna = Fixture.consultant(t, port, "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                String code = Fixture.code(anna, base);
                List<String> typos = otherCodes(code, 35);
                // everyone in the room comes from the same address (the test client's), as behind one Wi-Fi router
                for (int i = 0; i < 35; i++) {
                    WebClient phone = new WebClient(port);
                    assertThat(phone.get("/join?code=" + typos.get(i)).status()).as("typo %d", i + 1).isEqualTo(422);
                    assertThat(phone.get("/join?code=" + code.toLowerCase()).status()).as("then right %d", i + 1).isEqualTo(303);
                    assertThat(phone.postForm("/w/" + code + "/join", "name", "P" + i, "role", "").status()).isEqualTo(303);
                }
                assertThat(anna.get(base).body()).contains("Teilnehmende (35)");
            });
        }
    }

    @Test
    void many_unknown_codes_from_anywhere_lock_newcomers_out_but_who_joined_already_goes_on() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                int port = server.port();
                WebClient anna = Fixture.consultant(t, port, "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                String code = Fixture.code(anna, base);
                WebClient bea = Fixture.participant(port, code, "Bea", "office");
                JoinThrottle throttle = new JoinThrottle(t.database(), Clock.systemUTC());
                for (String guess : otherCodes(code, JoinThrottle.JOIN_GUESSES - 1)) {
                    throttle.unknownCode(guess);
                }
                assertThat(new WebClient(port).get("/w/" + code).status()).isEqualTo(200);
                assertThat(new WebClient(port).get("/w/ZZZZZZ").status()).isEqualTo(404); // the last guess allowed

                WebClient.Reply refused = new WebClient(port).get("/w/" + code);
                assertThat(refused.status()).isEqualTo(429);
                assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
                assertThat(refused.body()).contains("Zu viele Versuche");
                assertThat(new WebClient(port).postForm("/w/" + code + "/join", "name", "Eve", "role", "").status()).isEqualTo(429);
                assertThat(bea.get("/w/" + code + "/step/1").status()).isEqualTo(200);
            });
        }
    }

    @Test
    void the_limit_on_unknown_codes_ends_when_the_oldest_leaves_the_window() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-20T09:00:00Z"));
        try (Database db = engine.open(dir)) {
            JoinThrottle throttle = new JoinThrottle(db, clock);
            for (String guess : otherCodes("", JoinThrottle.JOIN_GUESSES)) {
                throttle.unknownCode(guess);
            }
            Duration wait = throttle.joinsLockedFor().orElseThrow();
            assertThat(wait).isEqualTo(JoinThrottle.WINDOW);
            clock.forward(wait);
            assertThat(throttle.joinsLockedFor()).isEmpty();
        }
    }

    @Test
    void wrong_reentry_codes_are_limited_per_workshop_and_the_limit_ends_with_the_window() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-20T09:00:00Z"));
        try (Database db = engine.open(dir)) {
            JoinThrottle throttle = new JoinThrottle(db, clock);
            for (int i = 0; i < JoinThrottle.REENTRY_GUESSES - 1; i++) {
                throttle.wrongReentry("KM7QWD");
                clock.forward(Duration.ofSeconds(10));
            }
            assertThat(throttle.reentryLockedFor("KM7QWD")).isEmpty();
            throttle.wrongReentry("KM7QWD");
            assertThat(throttle.reentryLockedFor("ACDEFG")).isEmpty();
            assertThat(throttle.joinsLockedFor()).isEmpty();
            Duration wait = throttle.reentryLockedFor("KM7QWD").orElseThrow();
            assertThat(wait).isEqualTo(JoinThrottle.WINDOW.minusSeconds(10L * (JoinThrottle.REENTRY_GUESSES - 1)));
            clock.forward(wait);
            assertThat(throttle.reentryLockedFor("KM7QWD")).isEmpty();
        }
    }
}
