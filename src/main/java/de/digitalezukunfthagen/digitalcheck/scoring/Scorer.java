package de.digitalezukunfthagen.digitalcheck.scoring;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Cap;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Condition;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Horizon;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring rules of the contract: visibility, question, dimension and overall scores, levels and
 * their caps, recommendations, the plan, contacts and firms. The one place where a figure is computed; the web pages, the API,
 * the PDF report and the command line all call it.
 */
public final class Scorer {
    private Scorer() {
    }

    public static Result score(Questionnaire q, List<Contact> contacts, Answers answers) {
        return evaluate(q, contacts, answers).result();
    }

    public static Evaluation evaluate(Questionnaire q, List<Contact> contacts, Answers answers) {
        Set<String> visible = visibleQuestions(q, answers);
        Map<String, Double> questionScores = new LinkedHashMap<>();
        for (Dimension d : q.dimensions()) {
            for (Question question : d.questions()) {
                Double score = questionScore(question, answers.get(question.id()), visible);
                if (score != null) {
                    questionScores.put(question.id(), score);
                }
            }
        }
        Map<String, Double> dimensionScores = dimensionScores(q, questionScores);
        Double overall = overall(q, dimensionScores);

        Map<String, BigDecimal> rounded = new HashMap<>();
        for (Dimension d : q.dimensions()) {
            rounded.put(d.id(), round(dimensionScores.get(d.id())));
        }
        BigDecimal overallRounded = round(overall);
        rounded.put(Condition.OVERALL, overallRounded);

        // caps may use answers and scores but no level, so they are decided before any level is known
        Context scores = new Context(q, answers, visible, rounded, Map.of());
        Map<String, String> levels = new HashMap<>();
        Map<String, List<String>> cappedBy = new HashMap<>();
        for (Map.Entry<String, BigDecimal> e : rounded.entrySet()) {
            List<String> by = new ArrayList<>();
            levels.put(e.getKey(), cappedLevel(q, e.getKey(), levelOf(q, e.getValue()), scores, by));
            cappedBy.put(e.getKey(), by);
        }
        List<Result.DimensionScore> dimensions = new ArrayList<>();
        for (Dimension d : q.dimensions()) {
            int counted = 0;
            for (Question question : d.questions()) {
                if (questionScores.containsKey(question.id())) {
                    counted++;
                }
            }
            dimensions.add(new Result.DimensionScore(d.id(), rounded.get(d.id()), levels.get(d.id()), counted,
                    cappedBy.get(d.id())));
        }

        // recommendations and contacts see the capped levels
        Context context = new Context(q, answers, visible, rounded, levels);
        List<Recommendation> triggered = triggered(q, context);
        List<Result.TriggeredRecommendation> recommendations = new ArrayList<>(triggered.size());
        for (Recommendation r : triggered) {
            recommendations.add(new Result.TriggeredRecommendation(r.id(), r.dimensionId(), r.priority(), r.horizon().id()));
        }

        Topics topics = new Topics(triggered);
        List<Question> missing = new ArrayList<>();
        List<Question> unknown = new ArrayList<>();
        for (Question x : q.allQuestions()) {
            if (!visible.contains(x.id())) {
                continue;
            }
            if (x.required() && !answers.has(x.id())) {
                missing.add(x);
            }
            if (answeredUnknown(x, answers.get(x.id()))) {
                unknown.add(x);
            }
        }

        Result result = new Result(
                new Result.QuestionnaireRef(q.id(), q.version()),
                missing.isEmpty(),
                inFileOrder(missing),
                new Result.Score(overallRounded, levels.get(Condition.OVERALL), cappedBy.get(Condition.OVERALL)),
                dimensions,
                inFileOrder(unknown),
                recommendations,
                plan(q, triggered),
                matchContacts(q, contacts, topics, context),
                matchCompanies(q, contacts, topics, context),
                Levers.of(q, questionScores, overall));
        return new Evaluation(result, visible, questionScores);
    }

    /**
     * Rounds half up to one decimal place; float noise below 1e-9 is dropped first, so 44.449999999
     * counts as 44.45. The one rounding of every figure on every surface.
     */
    public static BigDecimal round(Double value) {
        if (value == null) {
            return null;
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1000) {
            // the same two steps in whole numbers of billionths, unless the value lies so close to a half
            // billionth that scaling by 1e9 (off by at most 1.2e-4 of one here) could tip it
            double billionths = magnitude * 1e9;
            double whole = Math.floor(billionths);
            double fraction = billionths - whole;
            if (Math.abs(fraction - 0.5) > 1e-3) {
                long nine = (long) whole + (fraction > 0.5 ? 1 : 0);
                long tenths = (nine + 50_000_000L) / 100_000_000L;
                return BigDecimal.valueOf(value < 0 ? -tenths : tenths, 1);
            }
        }
        return roundExactly(value);
    }

    /** {@link #round} on the exact binary value: the definition, used where the fast way could be wrong. */
    static BigDecimal roundExactly(double value) {
        return new BigDecimal(value).setScale(9, RoundingMode.HALF_UP).setScale(1, RoundingMode.HALF_UP);
    }

    static String levelOf(Questionnaire q, BigDecimal score) {
        if (score == null) {
            return null;
        }
        String level = null;
        for (Level l : q.levels()) {
            if (l.min() <= score.doubleValue()) {
                level = l.id();
            }
        }
        return level;
    }

    /**
     * The level after the caps on {@code target} whose condition holds: the lowest of their
     * {@code level_at_most} when that is below {@code level}. Adds, in file order, the caps that are
     * below the level the score gives to {@code cappedBy}. A null level stays null.
     */
    private static String cappedLevel(Questionnaire q, String target, String level, Context scores, List<String> cappedBy) {
        if (level == null) {
            return null;
        }
        int rank = q.levelRank(level);
        int lowest = rank;
        for (Cap cap : q.caps()) {
            if (!cap.target().equals(target) || !scores.holds(cap.when())) {
                continue;
            }
            int atMost = q.levelRank(cap.levelAtMost().id());
            if (atMost < rank) {
                cappedBy.add(cap.id());
                lowest = Math.min(lowest, atMost);
            }
        }
        return q.levels().get(lowest).id();
    }

    private static final Comparator<Question> FILE_ORDER = Comparator.comparingInt((Question x) -> x.pos().line())
            .thenComparingInt(x -> x.pos().column());

    private static List<String> inFileOrder(List<Question> questions) {
        questions.sort(FILE_ORDER);
        List<String> ids = new ArrayList<>(questions.size());
        for (Question question : questions) {
            ids.add(question.id());
        }
        return List.copyOf(ids);
    }

    private static boolean answeredUnknown(Question question, Answer answer) {
        if (answer instanceof Answer.Choice c) {
            return isUnknown(question, c.option());
        }
        if (answer instanceof Answer.Choices c) {
            for (String id : c.options()) {
                if (isUnknown(question, id)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isUnknown(Question question, String optionId) {
        Option option = question.optionOrNull(optionId);
        return option != null && option.unknown();
    }

    /** The 90-day plan: in the order of the triggered recommendations, no year-long ones, a few per dimension. */
    private static List<String> plan(Questionnaire q, List<Recommendation> triggered) {
        List<String> plan = new ArrayList<>();
        Map<String, Integer> perDimension = new HashMap<>();
        for (Recommendation r : triggered) {
            if (plan.size() >= q.planSize()) {
                break;
            }
            if (r.horizon() == Horizon.YEAR || perDimension.getOrDefault(r.dimensionId(), 0) >= q.planPerDimension()) {
                continue;
            }
            perDimension.merge(r.dimensionId(), 1, Integer::sum);
            plan.add(r.id());
        }
        return plan;
    }

    /** show_if refers only to profile and earlier questions, so one pass in order decides all. */
    static Set<String> visibleQuestions(Questionnaire q, Answers answers) {
        Set<String> visible = new HashSet<>();
        Context context = new Context(q, answers, visible, Map.of(), Map.of());
        for (Question question : q.allQuestions()) {
            if (question.showIf() == null || context.holds(question.showIf())) {
                visible.add(question.id());
            }
        }
        return visible;
    }

    static Double questionScore(Question question, Answer answer, Set<String> visible) {
        if (!question.scored() || question.weight() <= 0 || answer == null || !visible.contains(question.id())) {
            return null;
        }
        double points;
        if (answer instanceof Answer.Choice choice) {
            Option option = question.optionOrNull(choice.option());
            if (option == null || option.na()) {
                return null;
            }
            points = option.points(); // 0 for "don't know": the question counts
        } else if (answer instanceof Answer.Choices choices) {
            double sum = 0;
            for (String id : choices.options()) {
                Option option = question.optionOrNull(id);
                if (option == null || option.na()) {
                    return null;
                }
                sum += option.points();
            }
            points = Math.min(sum, question.maxPoints());
        } else if (answer instanceof Answer.Num num) {
            double value = num.value().doubleValue();
            points = 0; // below every band: no points
            for (var band : question.bands()) {
                if (band.min() <= value) {
                    points = band.points();
                }
            }
        } else {
            return null;
        }
        return 100 * points / question.maxPoints();
    }

    private static Map<String, Double> dimensionScores(Questionnaire q, Map<String, Double> questionScores) {
        Map<String, Double> scores = new HashMap<>();
        for (Dimension d : q.dimensions()) {
            double weighted = 0;
            double weights = 0;
            for (Question question : d.questions()) {
                Double score = questionScores.get(question.id());
                if (score != null) {
                    weighted += question.weight() * score;
                    weights += question.weight();
                }
            }
            if (weights > 0) {
                scores.put(d.id(), weighted / weights);
            }
        }
        return scores;
    }

    private static Double overall(Questionnaire q, Map<String, Double> dimensionScores) {
        double weighted = 0;
        double weights = 0;
        for (Dimension d : q.dimensions()) {
            Double score = dimensionScores.get(d.id());
            if (score != null && d.weight() > 0) {
                weighted += d.weight() * score;
                weights += d.weight();
            }
        }
        return weights > 0 ? weighted / weights : null;
    }

    private static List<Recommendation> triggered(Questionnaire q, Context context) {
        List<Ranked> ranked = new ArrayList<>();
        for (Recommendation r : q.recommendations()) {
            if (r.when() == null || context.holds(r.when())) {
                BigDecimal score = context.rounded.get(r.dimensionId());
                ranked.add(new Ranked(r, score == null ? Double.POSITIVE_INFINITY : score.doubleValue()));
            }
        }
        // List.sort is stable, so file order decides the remaining ties.
        ranked.sort(BY_RANK);
        List<Recommendation> triggered = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            triggered.add(r.recommendation());
        }
        return triggered;
    }

    /**
     * A triggered recommendation with its sort keys read once: its priority, then its dimension's
     * rounded score, lowest first, a dimension without score last (rounded scores have one decimal
     * place, so their doubles order as the decimals do).
     */
    private record Ranked(Recommendation recommendation, double dimensionScore) {
    }

    private static final Comparator<Ranked> BY_RANK = Comparator.comparingInt((Ranked r) -> r.recommendation().priority())
            .thenComparingDouble(Ranked::dimensionScore);

    /** A contact whose condition holds and that shares a topic with a triggered recommendation. */
    private record Match(Contact contact, int relevance, List<String> because, int order) {
    }

    private static final Comparator<Match> BY_RELEVANCE = Comparator.comparingInt(Match::relevance).reversed()
            .thenComparingInt(Match::order);
    private static final Comparator<Match> BY_ID = Comparator.comparing(m -> m.contact().id());

    /** The contacts of one kind (neutral ones, or verified firms) whose condition holds and that share a topic. */
    private static List<Match> matches(List<Contact> contacts, boolean neutral, Topics topics, Context context) {
        List<Match> matches = new ArrayList<>();
        int order = 0;
        for (Contact contact : contacts) {
            if (contact.neutral() != neutral || !neutral && !contact.verified()) {
                continue;
            }
            int i = order++;
            if (contact.when() != null && !context.holds(contact.when())) {
                continue;
            }
            BitSet sharing = topics.sharedWith(contact);
            if (sharing.isEmpty()) {
                continue;
            }
            int relevance = 0;
            List<String> because = new ArrayList<>(sharing.cardinality());
            for (int r = sharing.nextSetBit(0); r >= 0; r = sharing.nextSetBit(r + 1)) {
                Recommendation recommendation = topics.triggered.get(r);
                relevance += 4 - recommendation.priority();
                because.add(recommendation.id());
            }
            matches.add(new Match(contact, relevance, because, i));
        }
        return matches;
    }

    /**
     * Which triggered recommendations (by their place in the triggered order) name each topic, so a
     * contact's matches are found through its own few topics instead of by comparing every topic of
     * every triggered recommendation with every topic of every contact.
     */
    private static final class Topics {
        private final List<Recommendation> triggered;
        private final Map<String, BitSet> byTopic = new HashMap<>();

        Topics(List<Recommendation> triggered) {
            this.triggered = triggered;
            for (int r = 0; r < triggered.size(); r++) {
                for (String topic : triggered.get(r).topics()) {
                    byTopic.computeIfAbsent(topic, t -> new BitSet(triggered.size())).set(r);
                }
            }
        }

        /** The triggered recommendations that share at least one topic with {@code contact}. */
        BitSet sharedWith(Contact contact) {
            BitSet shared = new BitSet(triggered.size());
            for (String topic : contact.topics()) {
                BitSet recommendations = byTopic.get(topic);
                if (recommendations != null) {
                    shared.or(recommendations);
                }
            }
            return shared;
        }
    }

    /** The neutral contacts only: firms are never ranked among them, nor counted by contacts_limit. */
    private static List<Result.MatchedContact> matchContacts(Questionnaire q, List<Contact> contacts, Topics topics,
            Context context) {
        List<Match> matches = matches(contacts, true, topics, context);
        matches.sort(BY_RELEVANCE);
        List<Result.MatchedContact> matched = new ArrayList<>();
        for (int i = 0; i < matches.size() && i < q.contactsLimit(); i++) {
            Match m = matches.get(i);
            matched.add(new Result.MatchedContact(m.contact().id(), m.relevance(), m.because()));
        }
        return matched;
    }

    /** Verified firms that match, by id and never by relevance: examples, not a ranking. */
    private static List<Result.MatchedCompany> matchCompanies(Questionnaire q, List<Contact> contacts, Topics topics,
            Context context) {
        List<Match> matches = matches(contacts, false, topics, context);
        matches.sort(BY_ID);
        List<Result.MatchedCompany> matched = new ArrayList<>();
        for (int i = 0; i < matches.size() && i < q.companiesLimit(); i++) {
            Match m = matches.get(i);
            matched.add(new Result.MatchedCompany(m.contact().id(), m.because()));
        }
        return matched;
    }

    /** Conditions are tested against the answers of visible questions, rounded dimension scores and (capped) levels. */
    private record Context(Questionnaire q, Answers answers, Set<String> visible, Map<String, BigDecimal> rounded,
            Map<String, String> levels) implements Condition.Situation {

        boolean holds(Condition c) {
            return c.holds(this);
        }

        @Override
        public boolean answered(String questionId) {
            return visible.contains(questionId) && answers.has(questionId);
        }

        @Override
        public boolean chosen(String questionId, String optionId) {
            Answer answer = visibleAnswer(questionId);
            if (answer instanceof Answer.Choice choice) {
                return choice.option().equals(optionId);
            } else if (answer instanceof Answer.Choices choices) {
                return choices.options().contains(optionId);
            }
            return false;
        }

        @Override
        public Double number(String questionId) {
            return visibleAnswer(questionId) instanceof Answer.Num num ? num.value().doubleValue() : null;
        }

        @Override
        public BigDecimal score(String dimensionId) {
            return rounded.get(dimensionId);
        }

        @Override
        public String level(String dimensionId) {
            return levels.get(dimensionId);
        }

        private Answer visibleAnswer(String questionId) {
            return visible.contains(questionId) ? answers.get(questionId) : null;
        }
    }
}
