package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class ExportTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private interface Check {
        void run(WebClient anna, String base) throws Exception;
    }

    private void withAnswers(Check check) {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Tischlerei Nowak");
                String code = Fixture.code(anna, base);
                WorkshopFlowTest.threeAnswer(server.port(), code);
                WebClient quote = Fixture.participant(server.port(), code, "Eva \"E.\"; Büro", "sales");
                Fixture.answer(quote, "/w/" + code + "/step/1", "q.plan", "ideas", "q.budget", "no");
                check.run(anna, base);
            });
        }
    }

    @Test
    void the_csv_is_what_german_excel_opens() {
        withAnswers((anna, base) -> {
            WebClient.Reply csv = anna.get(base + "/answers.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).matches("attachment; filename=\"workshop-[A-Z2-9]{6}\\.csv\"");
            byte[] bytes = csv.bytes();
            assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
            assertThat(text.replace("\r\n", "")).doesNotContain("\n");
            List<String> lines = List.of(text.split("\r\n"));
            assertThat(lines.get(0)).isEqualTo("\"Teilnehmer/in\";\"Name\";\"Rolle\";\"Fertig\";\"Bereich\";\"Frage-ID\";\"Frage\";"
                    + "\"Antwort\";\"Antwort-IDs\";\"Punkte (0–100)\"");
            assertThat(lines).contains(
                    "\"1\";\"Bea\";\"Büro und Verwaltung\";\"ja\";\"Strategie\";\"plan\";\"Gibt es einen Digitalisierungsplan?\";\"Nein\";\"none\";\"0,0\"",
                    "\"1\";\"Bea\";\"Büro und Verwaltung\";\"ja\";\"Werkzeuge\";\"software\";\"Welche Software nutzen Sie?\";\"ERP, CRM\";\"erp,crm\";\"66,7\"",
                    "\"1\";\"Bea\";\"Büro und Verwaltung\";\"ja\";\"Menschen\";\"wishes\";\"Was wünschen Sie sich?\";\"'=Mehr Zeit\";\"'=Mehr Zeit\";\"\"",
                    "\"3\";\"\";\"\";\"nein\";\"Strategie\";\"plan\";\"Gibt es einen Digitalisierungsplan?\";\"Weiß nicht\";\"unknown\";\"\"",
                    "\"4\";\"Eva \"\"E.\"\"; Büro\";\"Vertrieb\";\"nein\";\"Strategie\";\"plan\";\"Gibt es einen Digitalisierungsplan?\";\"Ideen\";\"ideas\";\"50,0\"");
            // every visible question of every participant, answered or not (6), their 3 dimension scores and the
            // overall score; then the same for the consensus
            assertThat(lines).hasSize(1 + 5 * (6 + 3 + 1));
            assertThat(lines).allSatisfy(line -> assertThat(line.split(";(?=\")", -1)).hasSize(10));
        });
    }

    @Test
    void the_csv_has_each_persons_and_the_consensus_scores_exactly_as_the_engine_rounds_them() {
        withAnswers((anna, base) -> {
            Fixture.answer(anna, base + "/consensus/3", "q.software", "erp", "go", "agree");
            String text = new String(anna.get(base + "/answers.csv").bytes(), StandardCharsets.UTF_8);
            JsonNode root = WorkshopFlowTest.EXACT.readTree(anna.get(base + "/answers.json").body());
            List<String> lines = List.of(text.substring(1).split("\r\n"));
            int checked = 0;
            for (JsonNode p : root.get("participants")) {
                String number = p.get("number").asText();
                for (JsonNode d : p.at("/result/dimensions")) {
                    String score = d.get("score").isNull() ? "" : d.get("score").decimalValue().toPlainString().replace('.', ',');
                    String title = switch (d.get("id").asText()) {
                        case "strategy" -> "Strategie";
                        case "tools" -> "Werkzeuge";
                        default -> "Menschen";
                    };
                    assertThat(lines).as("participant %s, %s", number, title)
                            .anyMatch(l -> l.startsWith("\"" + number + "\";") && l.contains("\"" + title + "\";\"\";\"Wert des Bereichs\"")
                                    && l.endsWith("\"" + score + "\""));
                    checked++;
                }
                String overall = p.at("/result/overall/score").isNull() ? ""
                        : p.at("/result/overall/score").decimalValue().toPlainString().replace('.', ',');
                assertThat(lines).anyMatch(l -> l.startsWith("\"" + number + "\";") && l.contains("\"Gesamtwert\"")
                        && l.endsWith("\"" + overall + "\""));
            }
            assertThat(checked).isEqualTo(4 * 3);
            // the consensus: only software agreed (erp: 1 of 3 points) → tools 33.3, as the engine says
            assertThat(lines).contains("\"Einigung\";\"\";\"\";\"nein\";\"Werkzeuge\";\"\";\"Wert des Bereichs\";\"\";\"\";\"33,3\"",
                    "\"Einigung\";\"\";\"\";\"nein\";\"Werkzeuge\";\"software\";\"Welche Software nutzen Sie?\";\"ERP\";\"erp\";\"33,3\"");
        });
    }

    @Test
    void a_question_score_is_rounded_as_the_engine_rounds_not_from_the_raw_float() {
        // 28.75 as a sum of floats is 28.749999999999996: rounded naively that gives 28.7, the engine says 28.8
        double score = 1.15 * 25;
        assertThat(java.math.BigDecimal.valueOf(score).setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("28.7");
        assertThat(Scorer.round(score)).isEqualByComparingTo("28.8");
    }

    @Test
    void the_csv_speaks_english_with_decimal_points() {
        withAnswers((anna, base) -> {
            String text = new String(anna.get(base + "/answers.csv?lang=en").bytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("\"Participant\";\"Name\";\"Role\"",
                    "\"1\";\"Bea\";\"Office and administration\";\"yes\";\"Tools\";\"software\";\"Which software do you use?\";\"ERP, CRM\";\"erp,crm\";\"66.7\"");
        });
    }

    @Test
    void the_json_has_every_participants_answers_and_result_and_the_spread() {
        withAnswers((anna, base) -> {
            WebClient.Reply json = anna.get(base + "/answers.json");
            assertThat(json.contentType()).startsWith("application/json");
            JsonNode root = WorkshopFlowTest.EXACT.readTree(json.body());
            assertThat(root.at("/workshop/company").asText()).isEqualTo("Tischlerei Nowak");
            assertThat(root.at("/workshop/questionnaire").toString()).isEqualTo("{\"id\":\"mini-check\",\"version\":1}");
            assertThat(root.get("profile").toString()).isEqualTo("{\"industry\":\"crafts\",\"employees\":12}");
            JsonNode bea = root.get("participants").get(0);
            assertThat(bea.get("name").asText()).isEqualTo("Bea");
            assertThat(bea.get("role").asText()).isEqualTo("office");
            assertThat(bea.get("finished").isTextual()).isTrue();
            assertThat(bea.get("answers").toString()).isEqualTo("""
                    {"plan":"none","budget":"no","software":["erp","crm"],"machines":"no","training":1,"wishes":"=Mehr Zeit"}""");
            assertThat(bea.at("/result/dimensions").toString()).startsWith("[{\"id\":\"strategy\",\"score\":0.0,\"level\":\"beginner\"");
            assertThat(root.get("participants").get(2).get("finished").isNull()).isTrue();
            assertThat(root.at("/spread/joined").asInt()).isEqualTo(4);
            // with Eva, budget is split 2:2 (deviation 50) and plan 0/100/50 (40.8)
            assertThat(root.at("/spread/questions/0/id").asText()).isEqualTo("budget");
        });
    }
}
