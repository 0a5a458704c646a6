package de.digitalezukunfthagen.digitalcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a SQLite file with N assessments for {@code bench/migrate-db.sh}: the shipped questionnaires,
 * each assessment answered as one of the report personas in turn (full and quick check, complete and
 * half done), made through {@link Assessments} as the app makes them.
 *
 * <p>Arguments: {@code database-file count [questionnaires-folder]}.
 */
public final class ManyAssessments {
    private static final String PERSONAS = "/de/digitalezukunfthagen/digitalcheck/report/personas/";
    private static final List<String> NAMES = List.of("alles-erledigt", "dachdecker-3-personen", "dachdecker-schnellcheck",
            "dienstleister-150-personen", "dienstleister-schnellcheck", "metallverarbeiter-40-personen", "nichts-erledigt",
            "tischlerei-am-anfang");

    private ManyAssessments() {
    }

    private record Persona(Questionnaire questionnaire, Answers answers) {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Catalog catalog = BundledQuestionnaires.load(Path.of(args.length > 2 ? args[2] : "questionnaires"));
        List<Persona> personas = new ArrayList<>();
        for (String name : NAMES) {
            try (InputStream in = ManyAssessments.class.getResourceAsStream(PERSONAS + name + ".json")) {
                JsonNode json = Json.mapper().readTree(in);
                Questionnaire q = catalog.find(json.get("questionnaire").asText()).orElseThrow();
                AnswerParser.Parsed parsed = AnswerParser.parse(q, json.get("answers"));
                if (!parsed.valid()) {
                    throw new IllegalStateException(name + " does not fit " + q.id() + ": " + parsed.problems());
                }
                personas.add(new Persona(q, parsed.answers()));
            }
        }
        long started = System.nanoTime();
        try (Database database = Database.open(file)) {
            Assessments assessments = new Assessments(database, QuestionnaireVersions.record(catalog, database, Clock.systemUTC()), Clock.systemUTC());
            for (int i = 0; i < count; i++) {
                Persona p = personas.get(i % personas.size());
                assessments.create(p.questionnaire(), p.answers(), i % 3 == 0 ? null : "Betrieb " + i);
            }
        }
        System.out.printf("%d assessments in %s (%.1f s)%n", count, file, (System.nanoTime() - started) / 1e9);
    }
}
