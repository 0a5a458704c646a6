package de.digitalezukunfthagen.digitalcheck.stats;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small questionnaire whose figures can be worked out by hand, and ten complete companies (plus
 * one incomplete one) answering it.
 *
 * <pre>
 *      industry employees plan  backups obstacles      strategy data overall
 * c1   crafts    3        done  daily   time           100      100  100
 * c2   crafts   12        done  none    time, money    100        0   50
 * c3   crafts   30        some  daily   money           50      100   75
 * c4   crafts    8        none  dunno   time             0        –    0
 * c5   crafts   40        done  none    none           100        0   50
 * c6   trade     5        some  daily   time            50      100   75
 * c7   trade     2        done  daily   time, money    100      100  100
 * c8   trade    15        none  none    money            0        0    0
 * c9   trade    20        some  daily   time            50      100   75
 * c10  trade     4        done  daily   –              100      100  100
 * </pre>
 */
final class StatsFixture {
    static final String YAML = """
            id: check
            version: 1
            language: de
            title: {de: Test-Check, en: Test check}
            levels:
              - {id: low, min: 0, title: {de: Niedrig, en: Low}}
              - {id: high, min: 75, title: {de: Hoch, en: High}}
            profile:
              - {id: industry, type: single, required: false, text: {de: Branche, en: Sector}, options: [{id: crafts, label: {de: Handwerk, en: Crafts}}, {id: trade, label: {de: Handel, en: Trade}}]}
              - {id: employees, type: number, text: {de: Beschäftigte, en: Employees}, min: 1, max: 10000}
              - {id: obstacles, type: multi, required: false, text: {de: Hemmnisse, en: Obstacles}, options: [{id: time, label: {de: Zeit, en: Time}}, {id: money, label: {de: Geld, en: Money}}, {id: none, label: {de: Nichts davon, en: None}, exclusive: true}]}
              - {id: remarks, type: text, text: {de: Bemerkungen, en: Remarks}}
            dimensions:
              - id: strategy
                title: {de: Strategie, en: Strategy}
                questions:
                  - {id: plan, type: single, required: true, text: Plan, options: [{id: none, label: N, points: 0}, {id: some, label: S, points: 1}, {id: done, label: D, points: 2}]}
              - id: data
                title: {de: Daten, en: Data}
                questions:
                  - {id: backups, type: single, required: false, text: Backups, options: [{id: none, label: N, points: 0}, {id: daily, label: D, points: 1}, {id: dunno, label: "?", na: true}]}
            """;

    /** A text answer that must never appear in any output. */
    static final String SECRET_REMARK = "Geheime Bemerkung der Tischlerei Muster";

    private StatsFixture() {
    }

    static Questionnaire questionnaire() {
        return questionnaire(YAML);
    }

    static Questionnaire questionnaire(String yaml) {
        QuestionnaireLoader.FromText parsed = QuestionnaireLoader.parse("check.yaml", yaml);
        if (!parsed.valid()) {
            throw new IllegalStateException(parsed.problems().toString());
        }
        return parsed.questionnaire();
    }

    static Answers company(String industry, Integer employees, String plan, String backups, String... obstacles) {
        Map<String, Answer> a = new LinkedHashMap<>();
        if (industry != null) {
            a.put("industry", new Answer.Choice(industry));
        }
        if (employees != null) {
            a.put("employees", new Answer.Num(BigDecimal.valueOf(employees)));
        }
        if (obstacles.length > 0) {
            a.put("obstacles", new Answer.Choices(List.of(obstacles)));
        }
        if (plan != null) {
            a.put("plan", new Answer.Choice(plan));
        }
        if (backups != null) {
            a.put("backups", new Answer.Choice(backups));
        }
        a.put("remarks", new Answer.FreeText(SECRET_REMARK));
        return new Answers(a);
    }

    /** The ten complete companies of the table above. */
    static List<Answers> tenCompanies() {
        return List.of(
                company("crafts", 3, "done", "daily", "time"),
                company("crafts", 12, "done", "none", "time", "money"),
                company("crafts", 30, "some", "daily", "money"),
                company("crafts", 8, "none", "dunno", "time"),
                company("crafts", 40, "done", "none", "none"),
                company("trade", 5, "some", "daily", "time"),
                company("trade", 2, "done", "daily", "time", "money"),
                company("trade", 15, "none", "none", "money"),
                company("trade", 20, "some", "daily", "time"),
                company("trade", 4, "done", "daily"));
    }

    /** Answers everything but the required plan: not complete. */
    static Answers incomplete() {
        return company("crafts", 3, null, "daily", "time");
    }

    static List<Aggregator.Entry> entries(Questionnaire q, List<Answers> answers) {
        List<Aggregator.Entry> entries = new ArrayList<>();
        answers.forEach(a -> entries.add(new Aggregator.Entry(q, a)));
        return entries;
    }

    static List<Answers> copies(int n, Answers answers) {
        List<Answers> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(answers);
        }
        return list;
    }
}
