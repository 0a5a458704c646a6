package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
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
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the participants of a workshop answered: who has finished, each dimension's mean, minimum and
 * maximum over the participants, and per question how the answers are spread, the biggest
 * disagreements first.
 *
 * <p>Every score is the engine's: each participant's answers, together with the company profile the
 * consultant entered, are scored with {@link Scorer#evaluate}; this class only counts and averages
 * what it returns.
 *
 * <p><b>Disagreement</b> of a question is the population standard deviation of the participants'
 * question scores (0–100, as {@link Evaluation#questionScores()} gives them; answers that do not
 * count, such as "don't know", are left out); it needs two counting answers. Questions are ordered by
 * it, highest first; ties and questions without it by <b>dissent</b>, the share of the participants
 * who answered that did not give the most common answer (for multiple choice: the same set of
 * options; for numbers: the same band, or the same value if unscored), then in questionnaire order.
 */
record Spread(
        long revision,
        int joined,
        int finished,
        List<Person> people,
        List<DimensionSpread> dimensions,
        List<QuestionSpread> questions,
        List<RoleSpread> byRole) {

    /**
     * A question is <b>disputed</b>, and so discussed in the consensus, when the group gave no clear
     * answer: fewer than two answered, no single most common answer (a tie, or free text), the
     * standard deviation of the question scores is above {@value #DEVIATION_LIMIT} points, or more than
     * {@value #DISSENT_LIMIT} % did not give the most common answer. All others the group agrees on.
     */
    static final int DEVIATION_LIMIT = 15;
    static final int DISSENT_LIMIT = 25;

    /** One participant: progress, their own dimension scores, and when they last did anything. */
    record Person(int number, String name, Role role, boolean finished, int answered, int visible,
            Map<String, BigDecimal> scores, long lastActive) {
        /** e.g. 09:42 */
        public String lastActiveTime() {
            return Participant.clockTime(lastActive);
        }
    }

    /** Who gave an answer, as the consensus screen names them: number and role, never the name. */
    record Voter(int number, Role role) {
    }

    /** A number somebody gave. */
    record Valued(Voter voter, BigDecimal value) {
    }

    /** The participants of one role (null: no role given) and the mean of their scores per dimension (null: none). */
    record RoleSpread(Role role, int people, List<BigDecimal> means) {
    }

    /** Over the participants with a score in this dimension: how many, the mean of their scores, the lowest and the highest. */
    record DimensionSpread(String id, Text title, int n, BigDecimal mean, BigDecimal min, BigDecimal max) {
        /** From the lowest to the highest score (for drawing the range). */
        public BigDecimal width() {
            return n == 0 ? BigDecimal.ZERO : max.subtract(min);
        }
    }

    /** How one option was chosen: by how many of those who answered, which percentage of them, and by whom. */
    record OptionShare(String id, Text label, int count, int percent, boolean na, List<Voter> voters) {
        /** The percentage to the nearest 5, for a bar drawn by a CSS class (no inline styles under the CSP). */
        public int bar() {
            return Math.round(percent / 5f) * 5;
        }
    }

    /** Numbers given: the lowest, the median (the lower one for an even count) and the highest. */
    record NumberSummary(BigDecimal min, BigDecimal median, BigDecimal max) {
    }

    record QuestionSpread(
            Question question,
            Dimension dimension,
            int position,
            int answered,
            BigDecimal deviation,
            Integer dissent,
            List<OptionShare> options,
            NumberSummary numbers,
            List<String> texts,
            Answer mostCommon,
            boolean tie,
            List<Valued> values) {

        public String id() {
            return question.id();
        }

        /** See {@link Spread#DEVIATION_LIMIT}. */
        public boolean disputed() {
            return answered < 2 || mostCommon == null
                    || (deviation != null && deviation.compareTo(BigDecimal.valueOf(DEVIATION_LIMIT)) > 0)
                    || (dissent != null && dissent > DISSENT_LIMIT);
        }
    }

    /** The spread of {@code participants}' answers, each scored together with the workshop's company profile. */
    static Spread of(Questionnaire q, List<Contact> contacts, Workshop workshop, List<Participant> participants) {
        List<Scored> scored = participants.stream().map(p -> Scored.of(q, contacts, workshop.profile(), p)).toList();
        List<Person> people = scored.stream().map(s -> s.person(q)).toList();
        List<DimensionSpread> dimensions = q.dimensions().stream().map(d -> dimension(d, scored)).toList();
        List<QuestionSpread> questions = new ArrayList<>();
        int position = 0;
        for (Dimension d : q.dimensions()) {
            for (Question question : d.questions()) {
                questions.add(question(question, d, position++, scored));
            }
        }
        questions.sort(Comparator.comparing(QuestionSpread::deviation, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(QuestionSpread::dissent, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingInt(QuestionSpread::position));
        int finished = (int) participants.stream().filter(Participant::finished).count();
        return new Spread(workshop.revision(), participants.size(), finished, people, dimensions, questions, byRole(q, scored));
    }

    /** Per role, in the order of {@link Role} and those without a role last: the mean of each dimension. */
    private static List<RoleSpread> byRole(Questionnaire q, List<Scored> scored) {
        Map<Role, List<Scored>> groups = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            groups.put(role, new ArrayList<>());
        }
        groups.put(null, new ArrayList<>());
        scored.forEach(s -> groups.get(s.participant().role()).add(s));
        List<RoleSpread> roles = new ArrayList<>();
        groups.forEach((role, group) -> {
            if (!group.isEmpty()) {
                roles.add(new RoleSpread(role, group.size(), q.dimensions().stream().map(d -> dimension(d, group).mean()).toList()));
            }
        });
        return roles;
    }

    /** The spread of one question, or null if there is no such question in a dimension. */
    public QuestionSpread question(String id) {
        return questions.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
    }

    /** A participant's answers merged with the profile, and what the engine made of them. */
    private record Scored(Participant participant, Answers answers, Evaluation evaluation) {
        static Scored of(Questionnaire q, List<Contact> contacts, Answers profile, Participant p) {
            Answers merged = profile.merge(p.answers().values());
            return new Scored(p, merged, Scorer.evaluate(q, contacts, merged));
        }

        /** The answer if the question is visible to this participant and answered. */
        Answer answer(Question question) {
            return evaluation.isVisible(question.id()) ? answers.get(question.id()) : null;
        }

        Person person(Questionnaire q) {
            int visible = 0;
            int answered = 0;
            for (Dimension d : q.dimensions()) {
                for (Question question : d.questions()) {
                    if (evaluation.isVisible(question.id())) {
                        visible++;
                        if (answers.has(question.id())) {
                            answered++;
                        }
                    }
                }
            }
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (Result.DimensionScore d : evaluation.result().dimensions()) {
                scores.put(d.id(), d.score());
            }
            Participant p = participant;
            return new Person(p.number(), p.name(), p.role(), p.finished(), answered, visible, scores, p.lastActive());
        }
    }

    private static DimensionSpread dimension(Dimension d, List<Scored> scored) {
        List<BigDecimal> scores = scored.stream().map(s -> s.evaluation().result().dimension(d.id()).score())
                .filter(x -> x != null).toList();
        if (scores.isEmpty()) {
            return new DimensionSpread(d.id(), d.title(), 0, null, null, null);
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(scores.size()), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
        return new DimensionSpread(d.id(), d.title(), scores.size(), mean,
                scores.stream().min(Comparator.naturalOrder()).orElseThrow(), scores.stream().max(Comparator.naturalOrder()).orElseThrow());
    }

    private static QuestionSpread question(Question question, Dimension d, int position, List<Scored> scored) {
        List<Answer> answers = new ArrayList<>();
        List<Voter> voters = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Scored s : scored) {
            Answer a = s.answer(question);
            if (a != null) {
                answers.add(a);
                voters.add(new Voter(s.participant().number(), s.participant().role()));
                Double score = s.evaluation().questionScores().get(question.id());
                if (score != null) {
                    scores.add(score);
                }
            }
        }
        int n = answers.size();
        List<OptionShare> options = new ArrayList<>();
        if (question.hasOptions()) {
            for (Option o : question.options()) {
                List<Voter> by = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (chosen(answers.get(i)).contains(o.id())) {
                        by.add(voters.get(i));
                    }
                }
                options.add(new OptionShare(o.id(), o.label(), by.size(), percent(by.size(), n), o.na(), by));
            }
        }
        NumberSummary numbers = null;
        if (question.type() == QuestionType.NUMBER && n > 0) {
            List<BigDecimal> values = answers.stream().map(a -> ((Answer.Num) a).value()).sorted().toList();
            numbers = new NumberSummary(values.get(0), values.get((values.size() - 1) / 2), values.get(values.size() - 1));
        }
        List<String> texts = question.type() == QuestionType.TEXT
                ? answers.stream().map(a -> ((Answer.FreeText) a).value().strip()).filter(t -> !t.isEmpty()).toList()
                : List.of();
        List<Valued> values = new ArrayList<>();
        if (question.type() == QuestionType.NUMBER) {
            for (int i = 0; i < n; i++) {
                values.add(new Valued(voters.get(i), ((Answer.Num) answers.get(i)).value()));
            }
            values.sort(Comparator.comparing(Valued::value));
        }
        Answer proposal = mostCommon(question, answers);
        boolean tie = proposal == null && n > 0 && question.type() != QuestionType.TEXT;
        return new QuestionSpread(question, d, position, n, deviation(scores), dissent(question, answers), options, numbers,
                texts, proposal, tie, values);
    }

    private static List<String> chosen(Answer a) {
        if (a instanceof Answer.Choice c) {
            return List.of(c.option());
        }
        return a instanceof Answer.Choices c ? c.options() : List.of();
    }

    private static int percent(int count, int of) {
        return of == 0 ? 0 : BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP).intValue();
    }

    /** Population standard deviation of the question scores, one decimal; null below two scores. */
    static BigDecimal deviation(List<Double> scores) {
        if (scores.size() < 2) {
            return null;
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = scores.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / scores.size();
        return Scorer.round(Math.sqrt(variance));
    }

    /** What counts as "the same answer" for dissent; null for free text. */
    private static String key(Question question, Answer a) {
        if (a instanceof Answer.Choice c) {
            return c.option();
        } else if (a instanceof Answer.Choices c) {
            return c.options().stream().sorted().collect(Collectors.joining(","));
        } else if (a instanceof Answer.Num num) {
            if (question.bands().isEmpty()) {
                return num.value().stripTrailingZeros().toPlainString();
            }
            int band = -1;
            for (int i = 0; i < question.bands().size(); i++) {
                if (question.bands().get(i).min() <= num.value().doubleValue()) {
                    band = i;
                }
            }
            return "band " + band;
        }
        return null;
    }

    private static Integer dissent(Question question, List<Answer> answers) {
        if (answers.size() < 2 || question.type() == QuestionType.TEXT) {
            return null;
        }
        Map<String, Long> counts = answers.stream().collect(Collectors.groupingBy(a -> key(question, a), Collectors.counting()));
        long top = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return percent((int) (answers.size() - top), answers.size());
    }

    /**
     * The answer the group gave most often, only when one answer really has the most votes; null on a
     * tie (nothing is preselected then, and the screen says so), for free text, or without answers.
     * Single choice: the option chosen by more participants than any other. Multiple choice: the
     * options chosen by more than half (a strict majority never combines an exclusive option with
     * another), else the one set chosen more often than any other. Number: the value given most often
     * when one is; else the median when the count is odd (with an even count the two middle values
     * differ, and picking one would be a guess).
     */
    private static Answer mostCommon(Question question, List<Answer> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        switch (question.type()) {
            case SINGLE -> {
                return unique(answers.stream().collect(Collectors.groupingBy(a -> key(question, a), LinkedHashMap::new,
                        Collectors.toList())));
            }
            case MULTI -> {
                List<String> majority = question.options().stream().map(Option::id)
                        .filter(id -> 2 * answers.stream().filter(a -> chosen(a).contains(id)).count() > answers.size())
                        .toList();
                if (!majority.isEmpty()) {
                    return new Answer.Choices(majority);
                }
                Answer top = unique(answers.stream().collect(Collectors.groupingBy(a -> key(question, a), LinkedHashMap::new,
                        Collectors.toList())));
                if (top == null) {
                    return null;
                }
                List<String> chosen = chosen(top);
                return new Answer.Choices(question.options().stream().map(Option::id).filter(chosen::contains).toList());
            }
            case NUMBER -> {
                Answer top = unique(answers.stream().collect(Collectors.groupingBy(
                        a -> ((Answer.Num) a).value().stripTrailingZeros().toPlainString(), LinkedHashMap::new, Collectors.toList())));
                if (top != null) {
                    return top;
                }
                if (answers.size() % 2 == 1) {
                    List<BigDecimal> values = answers.stream().map(a -> ((Answer.Num) a).value()).sorted().toList();
                    return new Answer.Num(values.get(values.size() / 2));
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** The answer of the biggest group when it is bigger than every other group; else null (a tie). */
    private static Answer unique(Map<String, List<Answer>> groups) {
        List<List<Answer>> sorted = groups.values().stream().sorted(Comparator.comparingInt((List<Answer> g) -> g.size()).reversed()).toList();
        if (sorted.isEmpty() || (sorted.size() > 1 && sorted.get(0).size() == sorted.get(1).size())) {
            return null;
        }
        return sorted.get(0).get(0);
    }
}
