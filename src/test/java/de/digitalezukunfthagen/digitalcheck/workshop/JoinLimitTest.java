package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.auth.Visitor;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JoinLimitTest {
    @TempDir
    Path dir;

    /** Well-formed codes that are not {@code real}. */
    private static List<String> otherCodes(String real, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; codes.size() < count; i++) {
            String code = "ZZZZ" + JoinCodes.ALPHABET.charAt(i / JoinCodes.ALPHABET.length())
                    + JoinCodes.ALPHABET.charAt(i % JoinCodes.ALPHABET.length());
            if (!code.equals(real)) {
                codes.add(code);
            }
        }
        return codes;
    }

    @Test
    void tooManyUnknownJoinCodesFromOneAddressAreRefusedWith429ButWhoJoinedAlreadyGoesOn() {
        try (TestApp t = Fixture.app(dir)) {
            JavalinTest.test(t.app(), (server, client) -> {
                int port = server.port();
                Visitor anna = Fixture.consultant(t, port, "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                String code = Fixture.code(anna, base);
                Visitor bea = Fixture.participant(port, code, "Bea", "office");

                Visitor guesser = new Visitor(port);
                List<String> guesses = otherCodes(code, JoinThrottle.PER_ADDRESS);
                for (int i = 0; i < guesses.size(); i++) {
                    // both ways of looking a code up count: the join form and the workshop's address
                    int status = i % 2 == 0 ? guesser.get("/join?code=" + guesses.get(i)).code()
                            : guesser.get("/w/" + guesses.get(i)).code();
                    assertThat(status).as("guess %d", i + 1).isIn(404, 422);
                }

                Visitor.Response refused = guesser.get("/w/" + code);
                assertThat(refused.code()).isEqualTo(429);
                assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
                assertThat(refused.body()).contains("Zu viele Versuche");
                assertThat(guesser.get("/join?code=" + code).code()).isEqualTo(429);
                assertThat(new Visitor(port).post("/w/" + code + "/join", "name", "Eve", "role", "").code()).isEqualTo(429);

                // the same address, but with the cookie of someone who joined before
                assertThat(bea.get("/w/" + code + "/step/1").code()).isEqualTo(200);
            });
        }
    }

    @Test
    void theLimitEndsWhenTheOldestFailureLeavesTheWindowAndCountsPerAddress() {
        Instant[] now = {Instant.parse("2026-11-20T09:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        try (Database db = Database.open(dir.resolve("t.db"))) {
            JoinThrottle throttle = new JoinThrottle(db, clock);
            for (int i = 0; i < JoinThrottle.PER_ADDRESS - 1; i++) {
                throttle.failed("10.0.0.1");
                now[0] = now[0].plusSeconds(10);
            }
            assertThat(throttle.lockedFor("10.0.0.1")).isEmpty();
            throttle.failed("10.0.0.1");
            assertThat(throttle.lockedFor("10.0.0.2")).isEmpty();
            Duration wait = throttle.lockedFor("10.0.0.1").orElseThrow();
            assertThat(wait).isEqualTo(JoinThrottle.WINDOW.minusSeconds(10L * (JoinThrottle.PER_ADDRESS - 1)));
            now[0] = now[0].plus(wait);
            assertThat(throttle.lockedFor("10.0.0.1")).isEmpty();
        }
    }
}
