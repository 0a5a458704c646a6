package de.digitalezukunfthagen.digitalcheck.stats;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every summary needs of one assessment, reduced by the scoring engine's result: the rounded
 * scores in tenths and the levels (key {@link Summary#OVERALL} and each dimension), the chosen options
 * of the choice questions of the profile (employees as a size band), the plan and the matched contacts.
 * No name, token, free text or exact number. Stored in {@code assessment_facts} when an assessment is
 * saved and read back by the summaries, so that they never parse or score a stored assessment.
 */
public record Facts(
        String questionnaireId,
        int version,
        String month,
        String channel,
        boolean complete,
        boolean test,
        Map<String, Integer> scores,
        Map<String, String> levels,
        Map<String, List<String>> profile,
        List<String> plan,
        List<String> contacts) {

    public static final String INDUSTRY = "industry";

    public Facts {
        // in the questionnaire's order (overall first), which the comparisons keep
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        profile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profile));
        plan = List.copyOf(plan);
        contacts = List.copyOf(contacts);
    }

    /** The facts of {@code answers} to {@code q}, as the engine evaluated them. */
    public static Facts of(Questionnaire q, Answers answers, Evaluation evaluation, Instant created, String channel, boolean test) {
        Result result = evaluation.result();
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> levels = new LinkedHashMap<>();
        put(scores, levels, Summary.OVERALL, result.overall().score(), result.overall().level());
        for (Result.DimensionScore d : result.dimensions()) {
            put(scores, levels, d.id(), d.score(), d.level());
        }
        Map<String, List<String>> profile = new LinkedHashMap<>();
        for (Question question : q.profile()) {
            Answer answer = evaluation.isVisible(question.id()) ? answers.get(question.id()) : null;
            if (answer instanceof Answer.Choice choice) {
                profile.put(question.id(), List.of(choice.option()));
            } else if (answer instanceof Answer.Choices choices) {
                profile.put(question.id(), choices.options());
            } else if (answer instanceof Answer.Num num && question.id().equals(Aggregator.EMPLOYEES)) {
                profile.put(question.id(), List.of(Aggregator.sizeClass(num.value())));
            }
            // free text and other numbers are never read
        }
        return new Facts(q.id(), q.version(), created.atOffset(ZoneOffset.UTC).toString().substring(0, 7), channel,
                result.complete(), test, scores, levels, profile, result.plan(),
                result.contacts().stream().map(Result.MatchedContact::id).toList());
    }

    private static void put(Map<String, Integer> scores, Map<String, String> levels, String id, BigDecimal score, String level) {
        if (score != null) {
            scores.put(id, tenths(score));
        }
        if (level != null) {
            levels.put(id, level);
        }
    }

    /** 54.2 as 542: the engine rounds to one decimal, so the tenths are exact. */
    static int tenths(BigDecimal score) {
        return score.movePointRight(1).intValueExact();
    }

    /** 542 as 54.2. */
    static BigDecimal score(int tenths) {
        return BigDecimal.valueOf(tenths, 1);
    }

    public String sizeBand() {
        return first(Aggregator.EMPLOYEES);
    }

    public String industry() {
        return first(INDUSTRY);
    }

    private String first(String question) {
        List<String> chosen = profile.get(question);
        return chosen == null || chosen.isEmpty() ? null : chosen.get(0);
    }

    // --- the text columns of assessment_facts: ids never contain spaces, '=', ':' or '|' -----------

    String scoresText() {
        List<String> parts = new ArrayList<>();
        List<String> ids = new ArrayList<>(scores.keySet());
        levels.keySet().stream().filter(id -> !scores.containsKey(id)).forEach(ids::add);
        for (String id : ids) {
            Integer s = scores.get(id);
            String l = levels.get(id);
            parts.add(id + "=" + (s == null ? "" : s) + ":" + (l == null ? "" : l));
        }
        return String.join(" ", parts);
    }

    String profileText() {
        List<String> parts = new ArrayList<>();
        profile.forEach((question, options) -> parts.add(question + "=" + String.join("|", options)));
        return String.join(" ", parts);
    }

    static Facts read(String questionnaireId, int version, String month, String channel, boolean complete, boolean test,
            String scoresText, String profileText, String planText, String contactsText) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> levels = new LinkedHashMap<>();
        for (String part : words(scoresText)) {
            int eq = part.indexOf('=');
            int colon = part.indexOf(':', eq);
            String id = part.substring(0, eq);
            String s = part.substring(eq + 1, colon);
            String l = part.substring(colon + 1);
            if (!s.isEmpty()) {
                scores.put(id, Integer.parseInt(s));
            }
            if (!l.isEmpty()) {
                levels.put(id, l);
            }
        }
        Map<String, List<String>> profile = new LinkedHashMap<>();
        for (String part : words(profileText)) {
            int eq = part.indexOf('=');
            String options = part.substring(eq + 1);
            profile.put(part.substring(0, eq), options.isEmpty() ? List.of() : List.of(options.split("\\|")));
        }
        return new Facts(questionnaireId, version, month, channel, complete, test, scores, levels, profile,
                words(planText), words(contactsText));
    }

    static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split(" +"));
    }
}
