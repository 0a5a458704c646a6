package de.digitalezukunfthagen.digitalcheck.stats;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
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

    /** The ids of the EU size classes employees are counted in: 1-9, 10-49, 50-249, 250+. */
    public static List<String> sizeBands() {
        return SIZE_CLASSES.stream().map(SizeClass::id).toList();
    }

    private record RowDef(String id, Text label) {
    }

    private record GroupDef(String id, Text label, Tally tally) {
    }

    /**
     * The counts of one group of companies, which is all a summary needs: per score (overall and each
     * dimension) how many reached each level and how many had each rounded score (a histogram of the
     * 1001 possible tenths 0.0 to 100.0, exact for mean and median), per profile question how many gave
     * each answer. Its size does not grow with the number of companies.
     */
    static final class Tally {
        private static final int TENTHS = 1001;
        int members;
        final Map<String, int[]> histograms = new LinkedHashMap<>();
        final Map<String, Map<String, Integer>> levels = new LinkedHashMap<>();
        final Map<String, Integer> present = new HashMap<>();
        final Map<String, Map<String, Integer>> profile = new LinkedHashMap<>();
        final Map<String, Integer> answered = new HashMap<>();

        void add(Facts f) {
            members++;
            java.util.Set<String> items = new java.util.LinkedHashSet<>(f.scores().keySet());
            items.addAll(f.levels().keySet());
            for (String item : items) {
                present.merge(item, 1, Integer::sum);
                Integer score = f.scores().get(item);
                if (score != null) {
                    if (score < 0 || score >= TENTHS) {
                        throw new IllegalArgumentException("score " + score + " tenths is outside 0 to 100");
                    }
                    histograms.computeIfAbsent(item, k -> new int[TENTHS])[score]++;
                }
                String level = f.levels().get(item);
                if (level != null) {
                    levels.computeIfAbsent(item, k -> new LinkedHashMap<>()).merge(level, 1, Integer::sum);
                }
            }
            f.profile().forEach((question, options) -> {
                answered.merge(question, 1, Integer::sum);
                Map<String, Integer> rows = profile.computeIfAbsent(question, k -> new LinkedHashMap<>());
                options.forEach(o -> rows.merge(o, 1, Integer::sum));
            });
        }

        void addAll(Tally other) {
            members += other.members;
            other.histograms.forEach((item, h) -> {
                int[] mine = histograms.computeIfAbsent(item, k -> new int[TENTHS]);
                for (int i = 0; i < TENTHS; i++) {
                    mine[i] += h[i];
                }
            });
            other.levels.forEach((item, rows) -> rows.forEach((row, n) ->
                    levels.computeIfAbsent(item, k -> new LinkedHashMap<>()).merge(row, n, Integer::sum)));
            other.present.forEach((item, n) -> present.merge(item, n, Integer::sum));
            other.profile.forEach((question, rows) -> rows.forEach((row, n) ->
                    profile.computeIfAbsent(question, k -> new LinkedHashMap<>()).merge(row, n, Integer::sum)));
            other.answered.forEach((question, n) -> answered.merge(question, n, Integer::sum));
        }

        /** The companies per level of {@code item}; those without a score or level under {@link Summary#NOT_ASSESSED}. */
        Map<String, Integer> levelCounts(String item) {
            Map<String, Integer> counts = new LinkedHashMap<>(levels.getOrDefault(item, Map.of()));
            counts.merge(Summary.NOT_ASSESSED, members - present.getOrDefault(item, 0), Integer::sum);
            return counts;
        }

        /** The companies per answer of {@code question}; those without an answer under {@link Summary#NO_ANSWER}. */
        Map<String, Integer> rowCounts(String question) {
            Map<String, Integer> counts = new LinkedHashMap<>(profile.getOrDefault(question, Map.of()));
            counts.merge(Summary.NO_ANSWER, members - answered.getOrDefault(question, 0), Integer::sum);
            return counts;
        }

        int scored(String item) {
            int[] h = histograms.get(item);
            int n = 0;
            if (h != null) {
                for (int c : h) {
                    n += c;
                }
            }
            return n;
        }

        /** The mean of the rounded scores of {@code item}, rounded half up to one decimal. */
        BigDecimal mean(String item) {
            int[] h = histograms.get(item);
            long sum = 0;
            for (int i = 0; i < h.length; i++) {
                sum += (long) i * h[i];
            }
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(10L * scored(item)), 1, RoundingMode.HALF_UP);
        }

        /** The median of the rounded scores of {@code item}; for an even count the mean of the middle two, rounded half up. */
        BigDecimal median(String item) {
            int n = scored(item);
            int[] h = histograms.get(item);
            if (n % 2 == 1) {
                return Facts.score(nth(h, n / 2));
            }
            return BigDecimal.valueOf((long) nth(h, n / 2 - 1) + nth(h, n / 2)).divide(BigDecimal.valueOf(20), 1, RoundingMode.HALF_UP);
        }

        /** The {@code index}-th smallest value (0-based) of a histogram. */
        static int nth(int[] histogram, int index) {
            int seen = 0;
            for (int i = 0; i < histogram.length; i++) {
                seen += histogram[i];
                if (seen > index) {
                    return i;
                }
            }
            throw new IllegalArgumentException("index " + index + " beyond " + seen + " values");
        }
    }

    private Aggregator() {
    }

    /** Whether {@code question} can form the groups of a breakdown (a single-choice or the employees question of the profile). */
    public static boolean canBreakDownBy(Question question) {
        return question.isProfile() && (question.type() == QuestionType.SINGLE
                || question.type() == QuestionType.NUMBER && question.id().equals(EMPLOYEES));
    }

    /**
     * The summary of {@code entries}: each is scored by the engine and reduced to its {@link Facts};
     * see {@link Streaming}.
     */
    public static Summary summarize(List<Questionnaire> questionnaires, List<Entry> entries, String by) {
        List<Questionnaire> versions = new ArrayList<>(questionnaires);
        entries.forEach(e -> versions.add(e.questionnaire()));
        Streaming streaming = new Streaming(questionnaires, versions, by);
        for (Entry e : entries) {
            Evaluation evaluation = Scorer.evaluate(e.questionnaire(), List.of(), e.answers());
            streaming.add(Facts.of(e.questionnaire(), e.answers(), evaluation, java.time.Instant.EPOCH, "online", false));
        }
        return streaming.summary();
    }

    /**
     * Summarises the facts of many assessments as they stream past, in memory that does not grow with
     * their number: only complete assessments count, each goes into the tally of all companies and of
     * its breakdown group; the summary is made from the tallies at the end.
     */
    public static final class Streaming {
        private final List<Questionnaire> latest;
        private final List<Questionnaire> known;
        private final Map<String, Question> byQuestion = new HashMap<>();
        private final Map<String, Tally> all = new HashMap<>();
        private final Map<String, Map<String, Tally>> groups = new HashMap<>();
        private final Map<String, java.util.Set<Integer>> seen = new HashMap<>();

        /**
         * @param questionnaires the questionnaires to summarise (the newest version of each, whose texts label the figures)
         * @param versions every version the facts may come from (for the labels of options and levels they alone have)
         * @param by the profile question to break down by, or null
         * @throws IllegalArgumentException when {@code by} is not a single-choice or the employees question
         *     of the profile of every questionnaire
         */
        public Streaming(List<Questionnaire> questionnaires, List<Questionnaire> versions, String by) {
            this.latest = questionnaires.stream().sorted(Comparator.comparing(Questionnaire::id)).toList();
            this.known = List.copyOf(versions);
            for (Questionnaire q : latest) {
                all.put(q.id(), new Tally());
                groups.put(q.id(), new LinkedHashMap<>());
                seen.put(q.id(), new java.util.HashSet<>());
                if (by != null) {
                    byQuestion.put(q.id(), q.question(by).filter(Aggregator::canBreakDownBy).orElseThrow(() -> new IllegalArgumentException(
                            "'" + by + "' is not a single-choice profile question (or " + EMPLOYEES + ") of questionnaire '"
                                    + q.id() + "'")));
                }
            }
        }

        /** Counts {@code facts} if it is complete and of one of the questionnaires summarised. */
        public void add(Facts facts) {
            Tally tally = all.get(facts.questionnaireId());
            if (tally == null || !facts.complete()) {
                return;
            }
            tally.add(facts);
            seen.get(facts.questionnaireId()).add(facts.version());
            Question by = byQuestion.get(facts.questionnaireId());
            if (by != null) {
                List<String> chosen = facts.profile().getOrDefault(by.id(), List.of());
                String key = chosen.isEmpty() ? Summary.NO_ANSWER : chosen.get(0);
                groups.get(facts.questionnaireId()).computeIfAbsent(key, k -> new Tally()).add(facts);
            }
        }

        public Summary summary() {
            List<Summary.QuestionnaireSummary> out = new ArrayList<>();
            for (Questionnaire q : latest) {
                // newest version first, so its texts and its order win
                List<Questionnaire> versions = new ArrayList<>();
                versions.add(q);
                known.stream().filter(v -> v.id().equals(q.id()) && v.version() != q.version() && seen.get(q.id()).contains(v.version()))
                        .sorted(Comparator.comparingInt(Questionnaire::version).reversed())
                        .forEach(v -> {
                            if (versions.stream().noneMatch(x -> x.version() == v.version())) {
                                versions.add(v);
                            }
                        });
                out.add(Aggregator.summary(q, versions, all.get(q.id()), groups.get(q.id()), byQuestion.get(q.id())));
            }
            return new Summary(K, out);
        }
    }

    private static Summary.QuestionnaireSummary summary(Questionnaire latest, List<Questionnaire> versions, Tally everyone,
            Map<String, Tally> byGroup, Question by) {
        Summary.Breakdown breakdown = by == null ? null : new Summary.Breakdown(by.id(), by.text());
        int n = everyone.members;
        if (n < K) {
            return new Summary.QuestionnaireSummary(latest.id(), latest.title(), Count.SUPPRESSED, breakdown, List.of());
        }
        List<GroupDef> groups = new ArrayList<>();
        groups.add(new GroupDef(Summary.ALL, text("Alle Betriebe", "All companies"), everyone));
        if (by != null) {
            groups.addAll(breakdownGroups(byGroup, rowsOf(versions, by.id())));
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
            List<Summary.Row>[] rows = table(groups, levels, t -> t.levelCounts(item.id()), true);
            boolean everyGroupHasEnough = groups.stream().allMatch(g -> g.tally().scored(item.id()) >= K);
            for (int g = 0; g < groups.size(); g++) {
                Tally tally = groups.get(g).tally();
                boolean show = tally.scored(item.id()) >= K && (g == 0 || everyGroupHasEnough);
                scores.get(g).add(new Summary.ScoreFigures(item.id(), item.label(),
                        show ? tally.mean(item.id()) : null, show ? tally.median(item.id()) : null, rows[g]));
            }
        }
        for (Question question : profileQuestions(versions)) {
            boolean number = question.type() == QuestionType.NUMBER;
            List<RowDef> rows = rowsOf(versions, question.id());
            boolean isBy = by != null && question.id().equals(by.id());
            List<GroupDef> columns = isBy ? groups.subList(0, 1) : groups;
            List<Summary.Row>[] figures = table(columns, rows, t -> t.rowCounts(question.id()),
                    question.type() != QuestionType.MULTI);
            for (int g = 0; g < columns.size(); g++) {
                profile.get(g).add(new Summary.ProfileFigures(question.id(), question.text(),
                        number ? "number" : question.type().id(), figures[g]));
            }
        }
        List<Summary.Group> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            GroupDef def = groups.get(g);
            out.add(new Summary.Group(def.id(), def.label(), def.tally().members, scores.get(g), profile.get(g)));
        }
        return new Summary.QuestionnaireSummary(latest.id(), latest.title(), new Count(n), breakdown, out);
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
    private static List<GroupDef> breakdownGroups(Map<String, Tally> members, List<RowDef> rows) {
        List<RowDef> all = new ArrayList<>(rows);
        members.keySet().stream().filter(id -> all.stream().noneMatch(r -> r.id().equals(id)))
                .forEach(id -> all.add(new RowDef(id, extraLabel(id))));
        List<GroupDef> shown = new ArrayList<>();
        Tally pool = new Tally();
        for (RowDef r : all) {
            Tally m = members.getOrDefault(r.id(), new Tally());
            if (m.members >= K) {
                shown.add(new GroupDef(r.id(), r.label(), m));
            } else {
                pool.addAll(m);
            }
        }
        while (pool.members > 0 && pool.members < K && !shown.isEmpty()) {
            GroupDef smallest = shown.stream().min(Comparator.comparingInt((GroupDef g) -> g.tally().members)).orElseThrow();
            shown.remove(smallest);
            pool.addAll(smallest.tally());
        }
        if (pool.members > 0) {
            shown.add(new GroupDef(Summary.OTHERS, text("Weitere (zusammengefasst)", "Others (combined)"), pool));
        }
        return shown;
    }

    /**
     * Counts per row for each group, with the suppression applied; every row is listed, also an
     * empty one, so a missing row says nothing. {@code columnsAdd}: each company is in exactly one row.
     */
    @SuppressWarnings("unchecked")
    private static List<Summary.Row>[] table(List<GroupDef> groups, List<RowDef> rows,
            Function<Tally, Map<String, Integer>> countsOf, boolean columnsAdd) {
        List<Map<String, Integer>> counts = groups.stream().map(g -> countsOf.apply(g.tally())).toList();
        List<RowDef> all = new ArrayList<>(rows);
        for (Map<String, Integer> c : counts) {
            for (String id : c.keySet()) {
                if (c.get(id) > 0 && all.stream().noneMatch(r -> r.id().equals(id))) {
                    all.add(new RowDef(id, extraLabel(id)));
                }
            }
        }
        int[][] cells = new int[groups.size()][all.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int r = 0; r < all.size(); r++) {
                cells[g][r] = counts.get(g).getOrDefault(all.get(r).id(), 0);
            }
        }
        boolean[][] hidden = suppress(cells, columnsAdd, groups.size() > 1);
        List<Summary.Row>[] out = new List[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            int size = groups.get(g).tally().members;
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
