package de.digitalezukunfthagen.digitalcheck.auth;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.cli.Cli;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.cli().run(args, new Cli.Streams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String stdin, String... args) {
        return run(stdin, Map.of(), args);
    }

    private String db() {
        return dir.resolve("users.db").toString();
    }

    private boolean canLogIn(String email, String password) {
        try (Database database = Database.open(Path.of(db()))) {
            return new Accounts(database, Clock.systemUTC()).find(email)
                    .filter(s -> !s.consultant().disabled())
                    .map(s -> Passwords.matches(password, s.passwordHash())).orElse(false);
        }
    }

    @Test
    void add_reads_the_password_from_stdin_and_stores_only_its_hash() {
        Run add = run("a long secret passphrase\n", "users", "add", "--email", "Anna@Example.org", "--name", "Anna Berger", "--db", db());
        assertThat(add.code()).isEqualTo(Cli.OK);
        assertThat(add.out()).contains("Added consultant 1: anna@example.org (Anna Berger)").doesNotContain("passphrase");
        assertThat(canLogIn("anna@example.org", "a long secret passphrase")).isTrue();
        assertThat(canLogIn("anna@example.org", "a long secret passphrasf")).isFalse();
    }

    @Test
    void add_without_a_password_generates_one_and_prints_it_once() {
        Run add = run("", "users", "add", "--email", "ben@example.org", "--name", "Ben", "--db", db());
        assertThat(add.code()).isEqualTo(Cli.OK);
        Matcher m = Pattern.compile("Generated password \\(shown only this once\\): (\\S+)").matcher(add.out());
        assertThat(m.find()).isTrue();
        String password = m.group(1);
        assertThat(password).hasSize(20);
        assertThat(canLogIn("ben@example.org", password)).isTrue();
        assertThat(run("", "users", "list", "--db", db()).out()).doesNotContain(password);
    }

    @Test
    void a_short_password_is_refused_and_nothing_is_stored() {
        Run add = run("short\n", "users", "add", "--email", "c@example.org", "--name", "C", "--db", db());
        assertThat(add.code()).isEqualTo(1);
        assertThat(add.err()).contains("at least 12 characters");
        assertThat(run("", "users", "list", "--db", db()).out()).doesNotContain("c@example.org");
    }

    @Test
    void an_address_can_have_only_one_account() {
        assertThat(run("", "users", "add", "--email", "d@example.org", "--name", "D", "--db", db()).code()).isZero();
        Run again = run("", "users", "add", "--email", "D@example.org", "--name", "D2", "--db", db());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("there is already an account for d@example.org");
    }

    @Test
    void list_shows_every_account_with_its_state() {
        run("", "users", "add", "--email", "anna@example.org", "--name", "Anna", "--db", db());
        run("", "users", "add", "--email", "ben@example.org", "--name", "Ben", "--db", db());
        assertThat(run("", "users", "disable", "--email", "ben@example.org", "--db", db()).code()).isZero();
        Run list = run("", "users", "list", "--db", db());
        assertThat(list.code()).isZero();
        assertThat(list.out().lines()).containsExactly("1\tanna@example.org\tAnna\tactive", "2\tben@example.org\tBen\tdisabled");
    }

    @Test
    void disable_blocks_the_login_and_an_unknown_address_is_an_error() {
        run("a long secret passphrase\n", "users", "add", "--email", "anna@example.org", "--name", "Anna", "--db", db());
        Run disable = run("", "users", "disable", "--email", "anna@example.org", "--db", db());
        assertThat(disable.out()).contains("Disabled anna@example.org");
        assertThat(canLogIn("anna@example.org", "a long secret passphrase")).isFalse();
        Run unknown = run("", "users", "disable", "--email", "nobody@example.org", "--db", db());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("there is no account for nobody@example.org");
    }

    @Test
    void the_database_comes_from_the_environment_when_db_is_not_given() {
        Run add = run("", Map.of("DIGITALCHECK_DB", db()), "users", "add", "--email", "e@example.org", "--name", "E");
        assertThat(add.code()).isZero();
        assertThat(run("", "users", "list", "--db", db()).out()).contains("e@example.org");
    }

    @Test
    void wrong_usage_explains_itself() {
        assertThat(run("", "users").code()).isEqualTo(Cli.USAGE);
        assertThat(run("", "users", "remove", "--db", db()).err()).contains("unknown action 'remove'");
        assertThat(run("", "users", "add", "--name", "X", "--db", db()).err()).contains("--email is required");
        assertThat(run("", "users", "add", "--email", "not-an-address", "--name", "X", "--db", db()).err())
                .contains("is not an e-mail address");
        assertThat(run("", "users", "--help").out()).contains("users add --email E --name N [--db FILE]");
        assertThat(run("", "--help").out()).contains("users").contains("manage consultant accounts");
    }
}
