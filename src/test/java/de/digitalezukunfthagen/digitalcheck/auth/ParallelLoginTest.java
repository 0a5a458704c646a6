package de.digitalezukunfthagen.digitalcheck.auth;

import de.digitalezukunfthagen.digitalcheck.web.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The limit on failed logins holds against guesses sent at the same time. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ParallelLoginTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    @Test
    void forty_parallel_wrong_guesses_check_at_most_five_passwords_and_lock_out_even_the_right_one() throws Exception {
        try (TestApp t = TestApp.create(dir, engine)) {
            TestAccounts.add(t.database(), "anna@example.org", "Anna");
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient visitor = new WebClient(server.port());
                visitor.get("/login");
                int guesses = 40;
                ExecutorService pool = Executors.newFixedThreadPool(guesses + 1);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> codes = new ArrayList<>();
                try {
                    for (int i = 0; i < guesses; i++) {
                        String password = "wrong guess number " + i;
                        WebClient guesser = new WebClient(server.port());
                        guesser.get("/login");
                        Callable<Integer> attempt = () -> {
                            start.await();
                            return guesser.postForm("/login", "email", "anna@example.org", "password", password).status();
                        };
                        codes.add(pool.submit(attempt));
                    }
                    start.countDown();
                    int checked = 0;
                    int refused = 0;
                    List<Integer> all = new ArrayList<>();
                    for (Future<Integer> code : codes) {
                        int c = code.get();
                        all.add(c);
                        if (c == 401) {
                            checked++; // the password was compared
                        } else if (c == 429) {
                            refused++;
                        }
                    }
                    assertThat(checked).isLessThanOrEqualTo(LoginThrottle.PER_ACCOUNT);
                    assertThat(checked + refused).as("answers %s", all).isEqualTo(guesses);
                } finally {
                    pool.shutdownNow();
                }
                // afterwards the account is locked, even for the right password (a success would clear
                // the failures, as LoginThrottle says; so the right password is not part of the race)
                assertThat(visitor.postForm("/login", "email", "anna@example.org", "password", TestAccounts.PASSWORD).status())
                        .isEqualTo(429);
            });
        }
    }
}
