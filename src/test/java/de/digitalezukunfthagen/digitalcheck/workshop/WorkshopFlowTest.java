package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A whole workshop over HTTP, with three participants whose answers give figures that can be worked
 * out by hand from mini-check's points (see the comments).
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WorkshopFlowTest {
    @Parameter
    TestDatabase engine;

    /** Reads JSON as written: 100.0 stays 100.0. */
    static final ObjectMapper EXACT = Json.mapper().copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @TempDir
    Path dir;

    /**
     * Bea: plan none (0), budget no (0) → strategy 0; software erp+crm (2 of 3 points: 66.7), machines no (0) → tools 33.3;
     * training 1 day (0). Carl: written (100), yes (100) → 100; nothing (0), all (100) → 50; 6 days (100).
     * Dora: plan "don't know" (does not count), yes (100) → 100; erp (33.3), some (50) → 41.7; 2 days (50).
     */
    static void threeAnswer(int port, String code) {
        WebClient bea = Fixture.participant(port, code, "Bea", "office");
        Fixture.answer(bea, "/w/" + code + "/step/1", "q.plan", "none", "q.budget", "no");
        Fixture.answer(bea, "/w/" + code + "/step/2", "q.software", "erp", "q.software", "crm", "q.machines", "no");
        Fixture.answer(bea, "/w/" + code + "/step/3", "q.training", "1", "q.wishes", "=Mehr Zeit");
        bea.postForm("/w/" + code + "/finish");
        WebClient carl = Fixture.participant(port, code, "Carl", "production");
        Fixture.answer(carl, "/w/" + code + "/step/1", "q.plan", "written", "q.budget", "yes");
        Fixture.answer(carl, "/w/" + code + "/step/2", "q.software", "nothing", "q.machines", "all");
        Fixture.answer(carl, "/w/" + code + "/step/3", "q.training", "6");
        carl.postForm("/w/" + code + "/finish");
        WebClient dora = Fixture.participant(port, code, "", "");
        Fixture.answer(dora, "/w/" + code + "/step/1", "q.plan", "unknown", "q.budget", "yes");
        Fixture.answer(dora, "/w/" + code + "/step/2", "q.software", "erp", "q.machines", "some");
        Fixture.answer(dora, "/w/" + code + "/step/3", "q.training", "2");
    }

    @Test
    void the_live_json_shows_who_finished_and_each_dimensions_mean_minimum_and_maximum() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                threeAnswer(server.port(), Fixture.code(anna, base));

                JsonNode live = EXACT.readTree(anna.get(base + "/live.json").body());
                assertThat(live.get("joined").asInt()).isEqualTo(3);
                assertThat(live.get("finished").asInt()).isEqualTo(2);
                List<String> people = new ArrayList<>();
                live.get("participants").forEach(p -> people.add(p.get("number") + " " + p.get("name").asText("-") + " "
                        + p.get("role").asText("-") + " " + p.get("finished").asBoolean() + " " + p.get("answered") + "/" + p.get("visible")));
                assertThat(people).containsExactly("1 Bea office true 6/6", "2 Carl production true 5/6", "3 - - false 5/6");
                assertThat(live.get("dimensions").toString()).isEqualTo("""
                        [{"id":"strategy","n":3,"mean":66.7,"min":0.0,"max":100.0},\
                        {"id":"tools","n":3,"mean":41.7,"min":33.3,"max":50.0},\
                        {"id":"people","n":3,"mean":50.0,"min":0.0,"max":100.0}]""");
            });
        }
    }

    @Test
    void the_questions_come_biggest_disagreement_first_with_their_spread() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                threeAnswer(server.port(), Fixture.code(anna, base));

                JsonNode questions = EXACT.readTree(anna.get(base + "/live.json").body()).get("questions");
                List<String> order = new ArrayList<>();
                questions.forEach(q -> order.add(q.get("id").asText() + " " + q.get("deviation").asText() + " " + q.get("dissent").asText()));
                // standard deviations: plan 0/100 → 50; budget 0/100/100 → 47.1; machines and training 0/100/50 → 40.8
                // (a tie, broken by dissent, also equal, then by their order); software 66.7/0/33.3 → 27.2; free text has none
                assertThat(order).containsExactly("plan 50.0 67", "budget 47.1 33", "machines 40.8 67", "training 40.8 67",
                        "software 27.2 67", "wishes null null");
                JsonNode plan = questions.get(0);
                assertThat(plan.get("answered").asInt()).isEqualTo(3);
                assertThat(plan.get("options").toString()).isEqualTo("""
                        [{"id":"none","count":1,"percent":33},{"id":"ideas","count":0,"percent":0},\
                        {"id":"written","count":1,"percent":33},{"id":"unknown","count":1,"percent":33}]""");
                JsonNode software = questions.get(4);
                assertThat(software.get("mostCommon").toString()).isEqualTo("[\"erp\"]"); // chosen by 2 of 3
                assertThat(questions.get(3).get("numbers").toString()).isEqualTo("{\"min\":1,\"median\":2,\"max\":6}");

                String page = anna.get(base + "/live").body();
                assertThat(page).contains("1 von 3 Teilnehmenden fertig".replace("1", "2"))
                        .contains("Gibt es einen Digitalisierungsplan?")
                        .containsSubsequence("Gibt es einen Digitalisierungsplan?", "Gibt es ein Budget?", "Sind Ihre Maschinen vernetzt?")
                        .contains("Uneinigkeit 50,0 von 50", "67 % weichen von der häufigsten Antwort ab", "=Mehr Zeit")
                        .contains("data-live-json=\"" + base + "/live.json\"", "/assets/js/workshop-live.js");
                assertThat(anna.get(base + "/live?part=1").body()).doesNotContain("<html").contains("Uneinigkeit 50,0 von 50");
            });
        }
    }

    @Test
    void the_agreed_answers_become_the_companys_assessment() throws Exception {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                threeAnswer(server.port(), Fixture.code(anna, base));

                Fixture.answer(anna, base + "/consensus/1", "q.plan", "ideas", "go", "agree");
                assertThat(Fixture.answer(anna, base + "/consensus/2", "q.budget", "yes", "go", "agree").location())
                        .isEqualTo(base + "/consensus/3");
                Fixture.answer(anna, base + "/consensus/3", "q.software", "erp", "go", "agree");
                Fixture.answer(anna, base + "/consensus/4", "q.machines", "some", "go", "agree");
                Fixture.answer(anna, base + "/consensus/5", "q.training", "2", "go", "agree");
                assertThat(Fixture.answer(anna, base + "/consensus/6", "go", "open").location()).isEqualTo(base + "/consensus");

                // strategy: ideas (1 of 2 points: 50) and yes (100) → 75; tools: erp 33.3 and some 50 → 41.7; people: 2 days → 50
                String summary = anna.get(base + "/consensus").body();
                assertThat(summary).contains("75,0", "41,7", "50,0", "55,6");

                assertThat(anna.postForm(base + "/consensus/finish", "confirm", "yes").location()).isEqualTo(base + "/handover");
                WebClient.Reply handedOver = anna.get(base + "/handover");
                assertThat(handedOver.status()).isEqualTo(200);
                Matcher link = Pattern.compile("id=\"personal-link\"[^>]*value=\"[^\"]*/a/([A-Za-z0-9_-]{24})\"").matcher(handedOver.body());
                assertThat(link.find()).as(handedOver.body()).isTrue();
                String token = link.group(1);
                JsonNode assessment = EXACT.readTree(new WebClient(server.port()).get("/api/v1/assessments/" + token).body());
                assertThat(assessment.get("answers").toString()).isEqualTo("""
                        {"industry":"crafts","employees":12,"plan":"ideas","budget":"yes","software":["erp"],"machines":"some","training":2}""");
                assertThat(assessment.at("/result/overall/score").decimalValue()).isEqualByComparingTo("55.6");
                WebClient company = new WebClient(server.port());
                assertThat(company.get("/a/" + token + "/result").body()).contains("Tischlerei Nowak", "55,6");
                // the company's own report carries the team's spread, as the consultant's does
                WebClient.Reply report = company.get("/api/v1/assessments/" + token + "/report.pdf?lang=de");
                assertThat(report.contentType()).startsWith("application/pdf");
                assertThat(text(report.bytes())).contains("So hat das Team geantwortet", "Tischlerei Nowak", "55,6");

                // once handed over, the consensus stays as it was
                assertThat(anna.postForm(base + "/consensus/finish", "confirm", "yes").location()).isEqualTo(base + "/handover");
                Fixture.answer(anna, base + "/consensus/1", "q.plan", "written", "go", "agree");
                assertThat(checked(anna.get(base + "/consensus/1").body())).containsExactly("plan=ideas");
                assertThat(anna.get(base + "/consensus").body()).contains("Die Einigung ist als Ergebnis des Unternehmens übernommen.");
                int made = t.database().read(conn -> {
                    try (var rs = conn.createStatement().executeQuery("SELECT count(*) FROM assessment WHERE origin = 'workshop'")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
                assertThat(made).isEqualTo(1);
            });
        }
    }

    @Test
    void the_consensus_report_has_a_page_with_the_spread_and_the_biggest_disagreements() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                threeAnswer(server.port(), Fixture.code(anna, base));
                Fixture.answer(anna, base + "/consensus/1", "q.plan", "ideas", "go", "agree");
                anna.postForm(base + "/actions", "step", "Plan mit Budget schreiben", "owner", "Carl", "due", "2027-03-31");

                WebClient.Reply pdf = anna.get(base + "/report.pdf");
                assertThat(pdf.status()).isEqualTo(200);
                assertThat(pdf.contentType()).startsWith("application/pdf");
                assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"");
                String text = text(pdf.bytes());
                assertThat(text).contains("So hat das Team geantwortet", "3 Personen haben den Fragebogen im Workshop",
                        "Wo die Meinungen am weitesten auseinandergingen", "Uneinigkeit 50,0 von 50",
                        "Einzelantworten: Nein 1× · Schriftlich 1× · Weiß nicht 1×", "Gemeinsame Antwort: Ideen",
                        "Tischlerei Nowak");
                assertThat(text).containsSubsequence("Gibt es einen Digitalisierungsplan?", "Gibt es ein Budget?");
                assertThat(text).containsSubsequence("Strategie", "3", "66,7", "0,0 – 100,0");
                assertThat(text(anna.get(base + "/report.pdf?lang=en").bytes())).contains("How the team answered", "disagreement 50.0 of 50");
            });
        }
    }

    @Test
    void a_participant_sees_the_group_result_only_when_the_consultant_shows_it() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                String code = Fixture.code(anna, base);
                WebClient bea = Fixture.participant(server.port(), code, "Bea", "office");
                Fixture.answer(bea, "/w/" + code + "/step/1", "q.plan", "none", "q.budget", "no");
                WebClient carl = Fixture.participant(server.port(), code, "Carl", "it");
                Fixture.answer(carl, "/w/" + code + "/step/1", "q.plan", "written", "q.budget", "yes");

                String mine = bea.get("/w/" + code + "/mine").body();
                assertThat(mine).contains("Nein").doesNotContain("Schriftlich", "Carl")
                        .contains("Das Ergebnis der Gruppe zeigt die Beratung");
                assertThat(anna.postForm(base + "/settings", "joiningOpen", "on", "showGroup", "on").status()).isEqualTo(303);
                String shown = bea.get("/w/" + code + "/mine").body();
                // strategy: Bea 0, Carl 100 → mean 50, min 0, max 100; Carl's answers stay his own
                assertThat(shown).contains("Durchschnitt", "50,0", "100,0").doesNotContain("Schriftlich", "Carl");
            });
        }
    }

    /** The options a page shows as chosen, as question=option. */
    static List<String> checked(String html) {
        Matcher m = Pattern.compile("name=\"q\\.([a-z]+)\" id=\"[^\"]+\" value=\"([a-z]+)\" checked").matcher(html);
        List<String> all = new ArrayList<>();
        while (m.find()) {
            all.add(m.group(1) + "=" + m.group(2));
        }
        return all;
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                all.append(extractor.getTextFromPage(i)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
