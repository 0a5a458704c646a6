package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.auth.TestAccounts;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workshop tests' world: the app with the questionnaire {@code mini-check}
 * (src/test/resources/workshop/questionnaires: three dimensions, every question type, a show_if on
 * the profile, a "don't know" option) and helpers that act as consultants and participants do.
 */
public final class Fixture {
    public static final Path QUESTIONNAIRES = Path.of("src", "test", "resources", "workshop", "questionnaires");
    static final String PASSWORD = TestAccounts.PASSWORD;

    private Fixture() {
    }

    public static Catalog miniCheck() {
        try {
            return QuestionnaireLoader.loadDirectory(QUESTIONNAIRES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestApp app(Path dir) {
        return TestApp.create(dir, miniCheck());
    }

    public static TestApp app(Path dir, TestDatabase engine) {
        return TestApp.create(dir, miniCheck(), null, engine);
    }

    /** A consultant account, signed in. */
    public static WebClient consultant(TestApp t, int port, String email) {
        TestAccounts.add(t.database(), email, email.substring(0, email.indexOf('@')));
        return new WebClient(port).login(email, PASSWORD);
    }

    /** Creates a workshop with the company profile (crafts, 12 employees); returns its base path. */
    public static String workshop(WebClient consultant, String company) {
        WebClient.Reply created = consultant.postForm("/consultant/workshops", "company", company, "questionnaire", "mini-check");
        assertThat(created.status()).isEqualTo(303);
        String base = created.location().replace("/profile", "");
        WebClient.Reply profile = consultant.postForm(base + "/profile", "_shown", "industry employees", "q.industry", "crafts",
                "q.employees", "12");
        assertThat(profile.status()).isEqualTo(303);
        return base;
    }

    /** The join code shown on the workshop's overview. */
    public static String code(WebClient consultant, String base) {
        Matcher m = Pattern.compile("data-join-code>([A-Z2-9]{6})<").matcher(consultant.get(base).body());
        assertThat(m.find()).as("join code on the overview").isTrue();
        return m.group(1);
    }

    /** Someone who joins on their phone. */
    public static WebClient participant(int port, String code, String name, String role) {
        WebClient v = new WebClient(port);
        WebClient.Reply joined = v.postForm("/w/" + code + "/join", "name", name, "role", role);
        assertThat(joined.status()).as(joined.body()).isEqualTo(303);
        return v;
    }

    /** Opens a page with a step form and sends it with the given fields, as the browser would (with {@code _shown}). */
    public static WebClient.Reply answer(WebClient v, String page, String... fields) {
        WebClient.Reply form = v.get(page);
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        Matcher shown = Pattern.compile("name=\"_shown\" value=\"([^\"]*)\"").matcher(form.body());
        assertThat(shown.find()).isTrue();
        List<String> all = new ArrayList<>(List.of("_shown", shown.group(1)));
        all.addAll(List.of(fields));
        return v.postForm(page, all.toArray(String[]::new));
    }
}
