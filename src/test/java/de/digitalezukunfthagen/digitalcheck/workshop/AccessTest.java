package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every role against every route: anonymous visitors, a participant of the workshop, a participant of
 * another workshop, another consultant, and the consultant who owns the workshop.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class AccessTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    /** A request and what it answers; {@code {id}} and {@code {code}} are filled in per workshop. */
    record Route(String method, String path, String... form) {
        WebClient.Reply send(WebClient v, World w) {
            String p = path.replace("{id}", w.base()).replace("{code}", w.code());
            return method.equals("GET") ? v.get(p) : v.postForm(p, form);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Anna's workshop (with Bea as participant) and Ben's, with their visitors. */
    record World(int port, String base, String code, WebClient anna, WebClient ben, WebClient bea, WebClient other, String otherCode) {
    }

    static final List<Route> CONSULTANT_PAGES = List.of(
            new Route("GET", "{id}"),
            new Route("GET", "{id}/profile"),
            new Route("GET", "{id}/projector"),
            new Route("GET", "{id}/qr.svg"),
            new Route("GET", "{id}/live"),
            new Route("GET", "{id}/live?part=1"),
            new Route("GET", "{id}/consensus"),
            new Route("GET", "{id}/consensus/1"),
            new Route("GET", "{id}/consensus/finish"),
            new Route("GET", "{id}/by-role"),
            new Route("GET", "{id}/participants/1/remove"),
            new Route("GET", "{id}/report.pdf"),
            new Route("GET", "{id}/answers.csv"),
            new Route("GET", "{id}/answers.json"));
    static final List<Route> CONSULTANT_ACTIONS = List.of(
            new Route("POST", "{id}/settings", "joiningOpen", "on"),
            new Route("POST", "{id}/profile", "_shown", "industry employees", "q.industry", "crafts", "q.employees", "20"),
            new Route("POST", "{id}/consensus/1", "_shown", "plan", "q.plan", "ideas", "go", "agree", "note", "Lange Diskussion"),
            new Route("POST", "{id}/consensus/adopt"),
            new Route("POST", "{id}/actions", "step", "Plan schreiben", "owner", "Bea", "due", "2027-01-31"),
            new Route("POST", "{id}/participants/1/restore"),
            new Route("POST", "{id}/participants/1/remove", "confirm", "yes"),
            new Route("POST", "{id}/consensus/finish", "confirm", "yes"));
    /** Routes of the consultant area that name no workshop. */
    static final List<Route> AREA_ACTIONS = List.of(
            new Route("POST", "/consultant/workshops", "company", "X", "questionnaire", "mini-check"),
            new Route("POST", "/consultant/checks", "company", "X", "questionnaire", "mini-check"));
    static final List<Route> PARTICIPANT_PAGES = List.of(
            new Route("GET", "/w/{code}/step/1"),
            new Route("GET", "/w/{code}/step/3"),
            new Route("GET", "/w/{code}/review"),
            new Route("GET", "/w/{code}/mine"));
    static final List<Route> PARTICIPANT_ACTIONS = List.of(
            new Route("POST", "/w/{code}/step/1", "_shown", "plan budget", "q.plan", "none", "q.budget", "no"),
            new Route("POST", "/w/{code}/finish"));

    private void inWorld(java.util.function.Consumer<World> test) {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                int port = server.port();
                WebClient anna = Fixture.consultant(t, port, "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                String code = Fixture.code(anna, base);
                WebClient bea = Fixture.participant(port, code, "Bea", "office");
                WebClient ben = Fixture.consultant(t, port, "ben@example.org");
                String bensBase = Fixture.workshop(ben, "Bäckerei Lang");
                String otherCode = Fixture.code(ben, bensBase);
                WebClient other = Fixture.participant(port, otherCode, "Olaf", "it");
                test.accept(new World(port, base, code, anna, ben, bea, other, otherCode));
            });
        }
    }

    private static List<String> check(WebClient v, World w, List<Route> routes, Function<WebClient.Reply, String> problem) {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            WebClient.Reply r = route.send(v, w);
            String p = problem.apply(r);
            if (p != null) {
                wrong.add(route + ": " + p);
            }
        }
        return wrong;
    }

    private static Function<WebClient.Reply, String> expect(int code, String locationStart) {
        return r -> r.status() == code && (locationStart == null || String.valueOf(r.location()).startsWith(locationStart))
                ? null : "answered " + r.status() + " " + String.valueOf(r.location());
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_for_consultant_pages_and_refused_for_actions() {
        inWorld(w -> {
            WebClient anonymous = new WebClient(w.port());
            List<String> wrong = new ArrayList<>();
            wrong.addAll(check(anonymous, w, CONSULTANT_PAGES.stream().filter(r -> !r.path().endsWith(".json")).toList(),
                    expect(303, "/login?next=")));
            wrong.addAll(check(anonymous, w, List.of(new Route("GET", "{id}/live.json")), expect(401, null)));
            wrong.addAll(check(anonymous, w, CONSULTANT_ACTIONS, expect(401, null)));
            wrong.addAll(check(anonymous, w, List.of(new Route("GET", "/consultant")), expect(303, "/login?next=")));
            wrong.addAll(check(anonymous, w, AREA_ACTIONS, expect(401, null)));
            // participant pages: the join form, or back to it
            wrong.addAll(check(anonymous, w, List.of(new Route("GET", "/w/{code}")), expect(200, null)));
            wrong.addAll(check(anonymous, w, PARTICIPANT_PAGES, expect(303, "/w/" + w.code())));
            wrong.addAll(check(anonymous, w, PARTICIPANT_ACTIONS, expect(403, null)));
            assertThat(wrong).isEmpty();
        });
    }

    @Test
    void a_participant_reaches_their_own_pages_and_none_of_the_consultants() {
        inWorld(w -> {
            List<String> wrong = new ArrayList<>();
            wrong.addAll(check(w.bea(), w, PARTICIPANT_PAGES, expect(200, null)));
            wrong.addAll(check(w.bea(), w, List.of(new Route("GET", "/w/{code}")), expect(303, "/w/" + w.code() + "/step/1")));
            wrong.addAll(check(w.bea(), w, PARTICIPANT_ACTIONS, expect(303, "/w/" + w.code())));
            wrong.addAll(check(w.bea(), w, CONSULTANT_PAGES.stream().filter(r -> !r.path().endsWith(".json")).toList(),
                    expect(303, "/login?next=")));
            wrong.addAll(check(w.bea(), w, List.of(new Route("GET", "{id}/live.json")), expect(401, null)));
            wrong.addAll(check(w.bea(), w, CONSULTANT_ACTIONS, expect(401, null)));
            wrong.addAll(check(w.bea(), w, AREA_ACTIONS, expect(401, null)));
            wrong.addAll(check(w.bea(), w, List.of(new Route("GET", "/consultant")), expect(303, "/login?next=")));
            assertThat(wrong).isEmpty();
        });
    }

    @Test
    void a_participant_of_another_workshop_is_a_stranger_here() {
        inWorld(w -> {
            List<String> wrong = new ArrayList<>();
            wrong.addAll(check(w.other(), w, PARTICIPANT_PAGES, expect(303, "/w/" + w.code())));
            wrong.addAll(check(w.other(), w, PARTICIPANT_ACTIONS, expect(403, null)));
            // even with their cookie sent to this workshop's paths
            WebClient stolen = new WebClient(w.port());
            stolen.setCookie(ParticipantPages.COOKIE, w.other().cookie(ParticipantPages.COOKIE).orElseThrow(), "/w/" + w.code());
            wrong.addAll(check(stolen, w, PARTICIPANT_PAGES, expect(303, "/w/" + w.code())));
            assertThat(wrong).isEmpty();
        });
    }

    @Test
    void another_consultant_finds_nothing_of_the_workshop() {
        inWorld(w -> {
            List<String> wrong = new ArrayList<>();
            wrong.addAll(check(w.ben(), w, CONSULTANT_PAGES, expect(404, null)));
            wrong.addAll(check(w.ben(), w, List.of(new Route("GET", "{id}/live.json")), expect(404, null)));
            wrong.addAll(check(w.ben(), w, CONSULTANT_ACTIONS, expect(404, null)));
            // what he starts himself is his own
            wrong.addAll(check(w.ben(), w, AREA_ACTIONS, expect(303, null)));
            assertThat(wrong).isEmpty();
            String dashboard = w.ben().get("/consultant").body();
            assertThat(dashboard).contains("Bäckerei Lang").doesNotContain("Tischlerei Nowak", w.code());
            assertThat(w.anna().get("/consultant").body()).doesNotContain("Bäckerei Lang", "<td><span class=\"ws-code\">" + w.otherCode());
            // and nothing was changed by his attempts
            assertThat(w.anna().get(w.base()).body()).contains("<td>Bea</td>");
        });
    }

    @Test
    void the_owner_reaches_every_page_and_action() {
        inWorld(w -> {
            List<String> wrong = new ArrayList<>();
            wrong.addAll(check(w.anna(), w, CONSULTANT_PAGES, expect(200, null)));
            wrong.addAll(check(w.anna(), w, List.of(new Route("GET", "{id}/live.json"), new Route("GET", "/consultant")),
                    expect(200, null)));
            wrong.addAll(check(w.anna(), w, CONSULTANT_ACTIONS, expect(303, w.base())));
            wrong.addAll(check(w.anna(), w, List.of(new Route("GET", "{id}/handover"), new Route("GET", "{id}/handover/qr.svg")),
                    expect(200, null)));
            assertThat(wrong).isEmpty();
            assertThat(w.anna().get(w.base()).body()).contains("Nr. 1 zurückholen"); // removed above, restorable
        });
    }

    @Test
    void every_form_needs_its_csrf_field() {
        inWorld(w -> {
            assertThat(w.anna().postFormRaw(w.base() + "/settings", "joiningOpen", "on").status()).isEqualTo(403);
            assertThat(w.anna().postFormRaw(w.base() + "/consensus/finish").status()).isEqualTo(403);
            assertThat(w.bea().postFormRaw("/w/" + w.code() + "/finish").status()).isEqualTo(403);
            assertThat(new WebClient(w.port()).postFormRaw("/w/" + w.code() + "/join", "name", "X").status()).isEqualTo(403);
        });
    }

    @Test
    void a_consensus_page_past_the_last_leads_the_consultant_to_the_summary() {
        inWorld(w -> {
            // mini-check has six questions; the public 404 page would send the consultant to a new check
            for (String n : List.of("7", "9", "2147483647")) {
                WebClient.Reply past = w.anna().get(w.base() + "/consensus/" + n);
                assertThat(past.status()).as(n).isEqualTo(303);
                assertThat(past.location()).isEqualTo(w.base() + "/consensus");
            }
            assertThat(w.anna().get(w.base() + "/consensus/3").status()).isEqualTo(200);
            assertThat(w.anna().follow(w.anna().get(w.base() + "/consensus/7")).status()).isEqualTo(200);
        });
    }

    @Test
    void unknown_workshops_steps_and_participants_are_not_found() {
        inWorld(w -> {
            assertThat(w.anna().get("/consultant/workshops/doesnotexist").status()).isEqualTo(404);
            assertThat(w.anna().get(w.base() + "/consensus/0").status()).isEqualTo(404);
            assertThat(w.anna().get(w.base() + "/consensus/x").status()).isEqualTo(404);
            assertThat(w.anna().postForm(w.base() + "/consensus/9", "_shown", "").status()).isEqualTo(404);
            assertThat(w.ben().get(w.base() + "/consensus/9").status()).isEqualTo(404); // not his workshop
            assertThat(w.anna().postForm(w.base() + "/participants/99/remove").status()).isEqualTo(404);
            assertThat(w.bea().get("/w/" + w.code() + "/step/0").status()).isEqualTo(404);
            assertThat(w.bea().get("/w/" + w.code() + "/step/4").status()).isEqualTo(404);
            assertThat(new WebClient(w.port()).get("/w/AAAAAA").status()).isEqualTo(404);
            assertThat(new WebClient(w.port()).get("/w/AAAAAAA").status()).isEqualTo(404);
        });
    }
}
