package de.digitalezukunfthagen.digitalcheck.stats;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.stats.Summary.Count;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Summarises many assessments into an anonymous {@link Summary}. Plain Java: it is given the
 * questionnaire version each assessment was answered with and its answers, scores each with the
 * engine ({@link Scorer#evaluate}) and computes no score of its own.
 *
 * <p>Privacy rules (see README, "Summary evaluation"): only complete assessments count; a count
 * below {@link #K} is suppressed, and further counts are suppressed where the hidden ones could
 * otherwise be worked out from a total (the hidden counts of a column or row add up to 0 or at least
 * K); breakdown groups below K are pooled into "others" (with the smallest further groups until the
 * pool has at least K); means and medians need K scores. Free-text answers are never read, and
 * number answers only as size classes.
 */
public final class Aggregator {
    /** The smallest number of companies any published figure may be about. */
    public static final int K = 5;

    /** One stored assessment: the questionnaire version it was answered with, and its answers. */
    public record Entry(Questionnaire questionnaire, Answers answers) {
    }

    /** The profile question whose numbers are shown in the EU size classes; other number questions are left out. */
    public static final String EMPLOYEES = "employees";

    private static final List<SizeClass> SIZE_CLASSES = List.of(
            new SizeClass("1-9", 10, "1–9"),
            new SizeClass("10-49", 50, "10–49"),
            new SizeClass("50-249", 250, "50–249"),
            new SizeClass("250+", Integer.MAX_VALUE, "250+"));

    private record SizeClass(String id, int below, String label) {
    }

    /** A complete assessment reduced to what the summary shows: rounded scores, levels, chosen rows. */
    private record Company(Map<String, BigDecimal> scores, Map<String, String> levels, Map<String, List<String>> rows) {
    }

    private record RowDef(String id, Text label) {
    }

    private record GroupDef(String id, Text label, List<Company> members) {
    }

    private Aggregator() {
    }

    /** Whether {@code question} can form the groups of a breakdown (a single-choice or the employees question of the profile). */
    public static boolean canBreakDownBy(Question question) {
        return question.isProfile() && (question.type() == QuestionType.SINGLE
                || question.type() == QuestionType.NUMBER && question.id().equals(EMPLOYEES));
    }

    /**
     * The summary of {@code entries} for each questionnaire in {@code questionnaires} (the newest
     * version of each, whose texts label the figures), optionally broken down by the profile question
     * {@code by} (null: no breakdown).
     *
     * @throws IllegalArgumentException when {@code by} is not a single-choice or the employees question
     *     of the profile of every questionnaire
     */
    public static Summary summarize(List<Questionnaire> questionnaires, List<Entry> entries, String by) {
        List<Summary.QuestionnaireSummary> out = new ArrayList<>();
        for (Questionnaire latest : questionnaires.stream().sorted(Comparator.comparing(Questionnaire::id)).toList()) {
            Question byQuestion = null;
            if (by != null) {
                byQuestion = latest.question(by).filter(Aggregator::canBreakDownBy).orElseThrow(() -> new IllegalArgumentException(
                        "'" + by + "' is not a single-choice profile question (or " + EMPLOYEES + ") of questionnaire '"
                                + latest.id() + "'"));
            }
            List<Entry> own = entries.stream().filter(e -> e.questionnaire().id().equals(latest.id())).toList();
            out.add(summarize(latest, own, byQuestion));
        }
        return new Summary(K, out);
    }

    private static Summary.QuestionnaireSummary summarize(Questionnaire latest, List<Entry> entries, Question by) {
        // newest version first, so its texts and its order win
        List<Questionnaire> versions = new ArrayList<>();
        versions.add(latest);
        entries.stream().map(Entry::questionnaire).filter(q -> q.version() != latest.version())
                .sorted(Comparator.comparingInt(Questionnaire::version).reversed())
                .forEach(q -> {
                    if (versions.stream().noneMatch(v -> v.version() == q.version())) {
                        versions.add(q);
                    }
                });
        List<Company> companies = new ArrayList<>();
        for (Entry e : entries) {
            Evaluation evaluation = Scorer.evaluate(e.questionnaire(), List.of(), e.answers());
            if (evaluation.result().complete()) {
                companies.add(company(e.questionnaire(), e.answers(), evaluation));
            }
        }
        Summary.Breakdown breakdown = by == null ? null : new Summary.Breakdown(by.id(), by.text());
        int n = companies.size();
        if (n < K) {
            return new Summary.QuestionnaireSummary(latest.id(), latest.title(), Count.SUPPRESSED, breakdown, List.of());
        }
        List<GroupDef> groups = new ArrayList<>();
        groups.add(new GroupDef(Summary.ALL, text("Alle Betriebe", "All companies"), companies));
        if (by != null) {
            groups.addAll(breakdownGroups(companies, rowsOf(versions, by.id()), by.id()));
        }

        List<List<Summary.ScoreFigures>> scores = new ArrayList<>();
        List<List<Summary.ProfileFigures>> profile = new ArrayList<>();
        groups.forEach(g -> {
            scores.add(new ArrayList<>());
            profile.add(new ArrayList<>());
        });
        List<RowDef> levels = levelRows(versions);
        List<RowDef> scoreItems = new ArrayList<>();
        scoreItems.add(new RowDef(Summary.OVERALL, text("Gesamtergebnis", "Overall")));
        scoreItems.addAll(dimensions(versions));
        for (RowDef item : scoreItems) {
            List<Summary.Row>[] rows = table(groups, levels, c -> {
                String level = c.levels().get(item.id());
                return level == null ? (c.scores().containsKey(item.id()) ? List.of() : List.of(Summary.NOT_ASSESSED)) : List.of(level);
            }, true);
            boolean everyGroupHasEnough = groups.stream().allMatch(g -> scored(g, item.id()).size() >= K);
            for (int g = 0; g < groups.size(); g++) {
                List<BigDecimal> values = scored(groups.get(g), item.id());
                boolean show = values.size() >= K && (g == 0 || everyGroupHasEnough);
                scores.get(g).add(new Summary.ScoreFigures(item.id(), item.label(),
                        show ? mean(values) : null, show ? median(values) : null, rows[g]));
            }
        }
        for (Question question : profileQuestions(versions)) {
            boolean number = question.type() == QuestionType.NUMBER;
            List<RowDef> rows = rowsOf(versions, question.id());
            boolean isBy = by != null && question.id().equals(by.id());
            List<GroupDef> columns = isBy ? groups.subList(0, 1) : groups;
            List<Summary.Row>[] figures = table(columns, rows,
                    c -> c.rows().getOrDefault(question.id(), List.of(Summary.NO_ANSWER)),
                    question.type() != QuestionType.MULTI);
            for (int g = 0; g < columns.size(); g++) {
                profile.get(g).add(new Summary.ProfileFigures(question.id(), question.text(),
                        number ? "number" : question.type().id(), figures[g]));
            }
        }
        List<Summary.Group> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            GroupDef def = groups.get(g);
            out.add(new Summary.Group(def.id(), def.label(), def.members().size(), scores.get(g), profile.get(g)));
        }
        return new Summary.QuestionnaireSummary(latest.id(), latest.title(), new Count(n), breakdown, out);
    }

    private static Company company(Questionnaire q, Answers answers, Evaluation evaluation) {
        Result result = evaluation.result();
        Map<String, BigDecimal> scores = new HashMap<>();
        Map<String, String> levels = new HashMap<>();
        if (result.overall().score() != null) {
            scores.put(Summary.OVERALL, result.overall().score());
            levels.put(Summary.OVERALL, result.overall().level());
        }
        for (Result.DimensionScore d : result.dimensions()) {
            if (d.score() != null) {
                scores.put(d.id(), d.score());
                levels.put(d.id(), d.level());
            }
        }
        Map<String, List<String>> rows = new HashMap<>();
        for (Question question : q.profile()) {
            Answer answer = evaluation.isVisible(question.id()) ? answers.get(question.id()) : null;
            if (answer instanceof Answer.Choice choice) {
                rows.put(question.id(), List.of(choice.option()));
            } else if (answer instanceof Answer.Choices choices) {
                rows.put(question.id(), choices.options());
            } else if (answer instanceof Answer.Num num && question.id().equals(EMPLOYEES)) {
                rows.put(question.id(), List.of(sizeClass(num.value())));
            }
            // free text and other numbers are never read
        }
        return new Company(scores, levels, rows);
    }

    static String sizeClass(BigDecimal employees) {
        for (SizeClass c : SIZE_CLASSES) {
            if (employees.compareTo(BigDecimal.valueOf(c.below())) < 0) {
                return c.id();
            }
        }
        return SIZE_CLASSES.get(SIZE_CLASSES.size() - 1).id();
    }

    /**
     * The groups of a breakdown: one per row of {@code by} with at least K companies, in the
     * questionnaire's order; the smaller ones pooled as "others", together with the smallest further
     * groups while the pool has fewer than K (so the pool cannot be worked out as all minus the rest).
     */
    private static List<GroupDef> breakdownGroups(List<Company> companies, List<RowDef> rows, String by) {
        Map<String, List<Company>> members = new LinkedHashMap<>();
        rows.forEach(r -> members.put(r.id(), new ArrayList<>()));
        for (Company c : companies) {
            String key = c.rows().getOrDefault(by, List.of(Summary.NO_ANSWER)).get(0);
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<GroupDef> shown = new ArrayList<>();
        List<Company> pool = new ArrayList<>();
        for (RowDef r : rows) {
            List<Company> m = members.get(r.id());
            if (m.size() >= K) {
                shown.add(new GroupDef(r.id(), r.label(), m));
            } else {
                pool.addAll(m);
            }
        }
        while (!pool.isEmpty() && pool.size() < K && !shown.isEmpty()) {
            GroupDef smallest = shown.stream().min(Comparator.comparingInt((GroupDef g) -> g.members().size())).orElseThrow();
            shown.remove(smallest);
            pool.addAll(smallest.members());
        }
        if (!pool.isEmpty()) {
            shown.add(new GroupDef(Summary.OTHERS, text("Weitere (zusammengefasst)", "Others (combined)"), pool));
        }
        return shown;
    }

    /**
     * Counts per row (the last row takes the companies without an answer or score) for each group,
     * with the suppression applied; every row is listed, also an empty one, so a missing row says
     * nothing. {@code columnsAdd}: each company is in exactly one row.
     */
    @SuppressWarnings("unchecked")
    private static List<Summary.Row>[] table(List<GroupDef> groups, List<RowDef> rows,
            Function<Company, List<String>> rowOf, boolean columnsAdd) {
        List<RowDef> all = new ArrayList<>(rows);
        for (GroupDef g : groups) {
            for (Company c : g.members()) {
                for (String id : rowOf.apply(c)) {
                    if (all.stream().noneMatch(r -> r.id().equals(id))) {
                        all.add(new RowDef(id, extraLabel(id)));
                    }
                }
            }
        }
        int[][] cells = new int[groups.size()][all.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (Company c : groups.get(g).members()) {
                for (String id : rowOf.apply(c)) {
                    for (int r = 0; r < all.size(); r++) {
                        if (all.get(r).id().equals(id)) {
                            cells[g][r]++;
                        }
                    }
                }
            }
        }
        boolean[][] hidden = suppress(cells, columnsAdd, groups.size() > 1);
        List<Summary.Row>[] out = new List[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            int size = groups.get(g).members().size();
            List<Summary.Row> list = new ArrayList<>();
            for (int r = 0; r < all.size(); r++) {
                RowDef def = all.get(r);
                list.add(hidden[g][r]
                        ? new Summary.Row(def.id(), def.label(), Count.SUPPRESSED, null)
                        : new Summary.Row(def.id(), def.label(), new Count(cells[g][r]), share(cells[g][r], size)));
            }
            out[g] = list;
        }
        return out;
    }

    /**
     * Which cells to hide. {@code cells[g][r]}: column 0 is all companies, columns 1.. (when
     * {@code rowsAdd}) the groups, which split them. Every count below K is hidden; then, as long as
     * the hidden cells of a column (if {@code columnsAdd}: its cells add up to the group's size) or of
     * a row (its group cells add up to the shown count of all) add up to 1 to K-1 companies, the
     * smallest shown cell there is hidden too, so no hidden count can be worked out by subtraction.
     */
    static boolean[][] suppress(int[][] cells, boolean columnsAdd, boolean rowsAdd) {
        int groups = cells.length;
        int rows = groups == 0 ? 0 : cells[0].length;
        boolean[][] hidden = new boolean[groups][rows];
        for (int g = 0; g < groups; g++) {
            for (int r = 0; r < rows; r++) {
                hidden[g][r] = cells[g][r] < K;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (columnsAdd) {
                for (int g = 0; g < groups; g++) {
                    int sum = 0;
                    int smallest = -1;
                    for (int r = 0; r < rows; r++) {
                        if (hidden[g][r]) {
                            sum += cells[g][r];
                        } else if (smallest < 0 || cells[g][r] <= cells[g][smallest]) {
                            smallest = r;
                        }
                    }
                    if (sum > 0 && sum < K && smallest >= 0) {
                        hidden[g][smallest] = true;
                        changed = true;
                    }
                }
            }
            if (rowsAdd) {
                for (int r = 0; r < rows; r++) {
                    if (hidden[0][r]) {
                        continue; // all its group cells are smaller, hence hidden
                    }
                    int sum = 0;
                    int smallest = -1;
                    for (int g = 1; g < groups; g++) {
                        if (hidden[g][r]) {
                            sum += cells[g][r];
                        } else if (smallest < 0 || cells[g][r] <= cells[smallest][r]) {
                            smallest = g;
                        }
                    }
                    if (sum > 0 && sum < K && smallest >= 0) {
                        hidden[smallest][r] = true;
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }

    private static List<BigDecimal> scored(GroupDef group, String item) {
        return group.members().stream().map(c -> c.scores().get(item)).filter(s -> s != null).toList();
    }

    /** The mean of the engine's rounded scores, rounded half up to one decimal (as the workshop's live view does). */
    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    /** The median of the rounded scores; for an even count the mean of the middle two, rounded half up. */
    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2).setScale(1, RoundingMode.HALF_UP);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(int count, int of) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }

    private static List<RowDef> levelRows(List<Questionnaire> versions) {
        List<RowDef> rows = new ArrayList<>();
        for (Questionnaire q : versions) {
            for (Level l : q.levels()) {
                if (rows.stream().noneMatch(r -> r.id().equals(l.id()))) {
                    rows.add(new RowDef(l.id(), l.title()));
                }
            }
        }
        rows.add(new RowDef(Summary.NOT_ASSESSED, extraLabel(Summary.NOT_ASSESSED)));
        return rows;
    }

    private static List<RowDef> dimensions(List<Questionnaire> versions) {
        List<RowDef> rows = new ArrayList<>();
        for (Questionnaire q : versions) {
            for (Dimension d : q.dimensions()) {
                if (rows.stream().noneMatch(r -> r.id().equals(d.id()))) {
                    rows.add(new RowDef(d.id(), d.title()));
                }
            }
        }
        return rows;
    }

    /** The profile questions shown: single and multi choice and the employees question, of all versions, newest first. */
    private static List<Question> profileQuestions(List<Questionnaire> versions) {
        List<Question> questions = new ArrayList<>();
        for (Questionnaire q : versions) {
            for (Question question : q.profile()) {
                boolean shown = question.hasOptions()
                        || question.type() == QuestionType.NUMBER && question.id().equals(EMPLOYEES);
                if (shown && questions.stream().noneMatch(x -> x.id().equals(question.id()))) {
                    questions.add(question);
                }
            }
        }
        return questions;
    }

    /** The rows of a profile question over all versions (options, or size classes), then "no answer". */
    private static List<RowDef> rowsOf(List<Questionnaire> versions, String questionId) {
        List<RowDef> rows = new ArrayList<>();
        for (Questionnaire q : versions) {
            Question question = q.question(questionId).orElse(null);
            if (question == null) {
                continue;
            }
            if (question.type() == QuestionType.NUMBER) {
                SIZE_CLASSES.forEach(c -> {
                    if (rows.stream().noneMatch(r -> r.id().equals(c.id()))) {
                        rows.add(new RowDef(c.id(), text(c.label(), c.label())));
                    }
                });
            }
            for (Option o : question.options()) {
                if (rows.stream().noneMatch(r -> r.id().equals(o.id()))) {
                    rows.add(new RowDef(o.id(), o.label()));
                }
            }
        }
        rows.add(new RowDef(Summary.NO_ANSWER, extraLabel(Summary.NO_ANSWER)));
        return rows;
    }

    private static Text extraLabel(String id) {
        return switch (id) {
            case Summary.NO_ANSWER -> text("keine Angabe", "no answer");
            case Summary.NOT_ASSESSED -> text("ohne Ergebnis", "no score");
            default -> text(id, id);
        };
    }

    private static Text text(String de, String en) {
        return new Text(Map.of("de", de, "en", en), "de");
    }
}
