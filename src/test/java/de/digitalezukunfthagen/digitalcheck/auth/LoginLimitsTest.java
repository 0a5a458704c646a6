package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class LoginLimitsTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    @Test
    void a_locked_account_is_free_again_when_its_failures_leave_the_window() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-20T09:00:00Z"));
        try (Database db = engine.open(dir)) {
            LoginThrottle throttle = new LoginThrottle(db, clock);
            for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
                throttle.failed("anna@example.org", "10.0.0.1");
                clock.forward(Duration.ofSeconds(60));
            }
            assertThat(throttle.lockedFor("anna@example.org", "10.0.0.1")).isEmpty();
            throttle.failed("ANNA@example.org", "10.0.0.2");
            assertThat(throttle.lockedFor("anna@example.org", "10.0.0.3")).hasValueSatisfying(
                    wait -> assertThat(wait).isEqualTo(Duration.ofMinutes(11)));
            clock.forward(Duration.ofMinutes(11));
            assertThat(throttle.lockedFor("anna@example.org", "10.0.0.3")).isEmpty();
        }
    }

    @Test
    void a_successful_login_clears_the_accounts_failures() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-20T09:00:00Z"));
        try (Database db = engine.open(dir)) {
            LoginThrottle throttle = new LoginThrottle(db, clock);
            for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
                throttle.failed("anna@example.org", "10.0.0.1");
            }
            throttle.succeeded("anna@example.org");
            throttle.failed("anna@example.org", "10.0.0.1");
            assertThat(throttle.lockedFor("anna@example.org", "10.0.0.9")).isEmpty();
        }
    }

    @Test
    void a_session_ends_twelve_hours_after_the_login() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-20T09:00:00Z"));
        try (Database db = engine.open(dir)) {
            Consultant anna = new Accounts(db, clock).add("anna@example.org", "Anna", "correct horse battery");
            Sessions sessions = new Sessions(db, clock);
            String id = sessions.start(anna.id(), null);
            clock.forward(Sessions.LIFETIME.minusSeconds(1));
            assertThat(sessions.find(id)).contains(anna);
            clock.forward(Duration.ofSeconds(1));
            assertThat(sessions.find(id)).isEmpty();
        }
    }

    private static int rows(Database db) {
        return db.read(conn -> {
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM login_failure")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void failed_logins_are_forgotten_when_they_leave_the_window_even_without_a_new_attempt() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-20T09:00:00Z"));
        try (Database db = engine.open(dir)) {
            LoginThrottle throttle = new LoginThrottle(db, clock);
            assertThat(throttle.reserve("anna@example.org", "10.0.0.1")).isEmpty();
            assertThat(throttle.reserve("bert@example.org", "10.0.0.2")).isEmpty();
            throttle.purge();
            assertThat(rows(db)).isEqualTo(2);
            clock.forward(LoginThrottle.WINDOW.plusSeconds(1));
            throttle.purge();
            assertThat(rows(db)).isZero();
        }
    }
}
