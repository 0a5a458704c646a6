package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Reading;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The result of an assessment as the result page shows it, every text in the reader's language. */
record ResultView(
        boolean complete,
        int missing,
        ScoreView overall,
        List<DimensionView> dimensions,
        String radar,
        List<PlanStep> plan,
        List<DimensionGroup> others,
        int recommendationCount,
        List<String> strongest,
        List<String> weakest,
        int unknown,
        List<LeverView> levers,
        List<ContactView> contacts,
        List<ContactView> companies,
        List<LevelView> levels,
        String outro) {

    record LevelView(String title, String min, String description) {
    }

    record Because(String id, String title) {
    }

    /** {@code capReasons}: why the level is lower than the score gives (the reasons of the caps that lowered it). */
    record ScoreView(BigDecimal score, String figure, String level, String levelDescription, List<String> capReasons) {
    }

    /** {@code meaning}: what the level means for this dimension (its level text), or null; {@code answered}: "3 von 5" or null. */
    record DimensionView(String id, String title, BigDecimal score, String figure, String level, String meaning,
                         String bar, List<String> capReasons, String answered) {
    }

    record LinkView(String title, String url) {
    }

    /** {@code asOf}: the date its facts were checked, in the reader's format, or null. */
    record RecommendationView(String id, String title, String dimension, int priority, String text, String firstStep,
                              String benefit, List<LinkView> links, String asOf, boolean firstStepSaysWhen) {
    }

    /** A step of the 90-day plan: the recommendation, who/effort/cost, and the neutral contact that helps (or null). */
    record PlanStep(RecommendationView recommendation, String owner, String effort, String cost, String helper, String helperWebsite) {
    }

    /** The triggered recommendations of one dimension that are not in the plan. */
    record DimensionGroup(String title, List<RecommendationView> recommendations) {
    }

    record LeverView(String question, String dimension, String gain) {
    }

    record ContactView(String id, String name, String kind, boolean member, String description, String website, String address,
                       String email, String phone, String person, boolean verified, List<Because> because) {
    }

    static ResultView of(Questionnaire q, List<Contact> contacts, Evaluation evaluation, Answers answers, Messages messages,
            Language language) {
        Result result = evaluation.result();
        String lang = language.code();
        Map<String, Level> levels = q.levels().stream().collect(Collectors.toMap(Level::id, Function.identity()));
        Map<String, Dimension> dims = q.dimensions().stream().collect(Collectors.toMap(Dimension::id, Function.identity()));

        ScoreView overall = new ScoreView(result.overall().score(), figure(result.overall().score(), language, messages),
                levelTitle(levels, result.overall().level(), lang), levelDescription(levels, result.overall().level(), lang),
                capReasons(q, result.overall().cappedBy(), lang));

        List<DimensionView> dimensions = new ArrayList<>();
        List<RadarChart.Axis> axes = new ArrayList<>();
        for (Result.DimensionScore d : result.dimensions()) {
            String title = dims.get(d.id()).title().in(lang);
            String figure = figure(d.score(), language, messages);
            Text meaning = d.level() == null ? null : dims.get(d.id()).levelTexts().get(d.level());
            Reading.Answered answered = Reading.answered(q, evaluation, answers, d.id());
            dimensions.add(new DimensionView(d.id(), title, d.score(), figure, levelTitle(levels, d.level(), lang),
                    text(meaning, lang), bar(d.score()), capReasons(q, d.cappedBy(), lang),
                    result.complete() ? null : messages.get(language, "result.answeredOf", answered.answered(), answered.asked())));
            axes.add(new RadarChart.Axis(title, d.score(), d.score() == null ? "–" : figure));
        }
        String radar = axes.size() >= 3
                ? RadarChart.svg(axes, messages.get(language, "result.radar.title"), messages.get(language, "result.radar.desc"))
                : null;

        Map<String, Recommendation> recs = q.recommendations().stream()
                .collect(Collectors.toMap(Recommendation::id, Function.identity()));
        Map<String, Contact> byId = contacts.stream().collect(Collectors.toMap(Contact::id, Function.identity()));
        List<PlanStep> plan = new ArrayList<>();
        for (String id : result.plan()) {
            Recommendation r = recs.get(id);
            String helperId = Reading.helper(result, id);
            Contact helper = helperId == null ? null : byId.get(helperId);
            plan.add(new PlanStep(recommendation(r, dims, language), text(r.effort().owner(), lang), text(r.effort().effort(), lang),
                    text(r.effort().cost(), lang), helper == null ? null : helper.name().in(lang), helper == null ? null : helper.website()));
        }
        List<DimensionGroup> others = new ArrayList<>();
        for (Dimension d : q.dimensions()) {
            List<RecommendationView> items = result.recommendations().stream()
                    .filter(r -> r.dimension().equals(d.id()) && !result.plan().contains(r.id()))
                    .map(r -> recommendation(recs.get(r.id()), dims, language))
                    .toList();
            if (!items.isEmpty()) {
                others.add(new DimensionGroup(d.title().in(lang), items));
            }
        }
        int k = Reading.ends(result);
        List<String> strongest = Reading.strongest(result, k).stream()
                .map(d -> dims.get(d.id()).title().in(lang) + " (" + figure(d.score(), language, messages) + ")").toList();
        List<String> weakest = Reading.weakest(result, k).stream()
                .map(d -> dims.get(d.id()).title().in(lang) + " (" + figure(d.score(), language, messages) + ")").toList();
        List<LeverView> levers = Reading.leversAlongThePlan(result).stream()
                .map(l -> new LeverView(q.question(l.question()).orElseThrow().text().in(lang), dims.get(l.dimension()).title().in(lang),
                        "+" + figure(l.gain(), language, messages)))
                .toList();

        List<ContactView> contactViews = new ArrayList<>();
        for (Result.MatchedContact m : result.contacts()) {
            contact(byId.get(m.id()), m.because(), recs, lang).ifPresent(contactViews::add);
        }
        List<ContactView> companyViews = new ArrayList<>();
        for (Result.MatchedCompany m : result.companies()) {
            contact(byId.get(m.id()), m.because(), recs, lang).ifPresent(companyViews::add);
        }
        List<LevelView> levelViews = q.levels().stream().filter(l -> text(l.description(), lang) != null)
                .map(l -> new LevelView(l.title().in(lang), figure(plain(l.min()), language, messages), text(l.description(), lang)))
                .toList();
        return new ResultView(result.complete(), result.missing().size(), overall, dimensions, radar, plan, others,
                result.recommendations().size(), strongest, weakest, result.unknown().size(), levers, contactViews, companyViews,
                levelViews, text(q.outro(), lang));
    }

    private static java.util.Optional<ContactView> contact(Contact c, List<String> becauseIds, Map<String, Recommendation> recs,
            String lang) {
        if (c == null) {
            return java.util.Optional.empty();
        }
        List<Because> because = becauseIds.stream().map(recs::get).filter(java.util.Objects::nonNull)
                .map(r -> new Because(r.id(), r.title().in(lang))).toList();
        return java.util.Optional.of(new ContactView(c.id(), c.name().in(lang), c.kind(), !c.neutral(), text(c.description(), lang),
                c.website(), text(c.address(), lang), c.email(), c.phone(), c.person(), c.verified(), because));
    }

    private static List<String> capReasons(Questionnaire q, List<String> cappedBy, String lang) {
        return cappedBy.stream().map(id -> q.cap(id).orElseThrow().reason().in(lang)).toList();
    }

    private static RecommendationView recommendation(Recommendation r, Map<String, Dimension> dims, Language language) {
        String lang = language.code();
        List<LinkView> links = r.links().stream().map(l -> new LinkView(l.title().in(lang), l.url())).toList();
        Dimension d = dims.get(r.dimensionId());
        return new RecommendationView(r.id(), r.title().in(lang), d == null ? "" : d.title().in(lang), r.priority(),
                text(r.text(), lang), text(r.firstStep(), lang), text(r.benefit(), lang), links,
                r.asOf() == null ? null : day(r.asOf(), language), saysWhen(text(r.firstStep(), lang), language));
    }

    /** A date as written on a "Stand" line: 31.01.2026 in German, 2026-01-31 in English. */
    static String day(java.time.LocalDate date, Language language) {
        return "de".equals(language.code()) ? java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date) : date.toString();
    }

    /** Whether a first step already says it is for this week ("diese Woche"), so that no label says it again. */
    private static boolean saysWhen(String firstStep, Language language) {
        return firstStep != null && firstStep.toLowerCase(language.locale()).contains("de".equals(language.code()) ? "diese woche" : "this week");
    }

    private static final BigDecimal GROUPED = BigDecimal.valueOf(1000);

    /** The score as the reader writes numbers (54,2 or 54.2), or "not assessed". */
    static String figure(BigDecimal score, Language language, Messages messages) {
        if (score == null) {
            return messages.get(language, "result.notAssessed");
        }
        if (score.scale() >= 0 && score.abs().compareTo(GROUPED) < 0) {
            // what the NumberFormat below writes without digit grouping, without building one per figure
            String digits = score.toPlainString();
            return language == Language.DE ? digits.replace('.', ',') : digits;
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(score.scale());
        format.setMaximumFractionDigits(score.scale());
        return format.format(score);
    }

    /** 25 as "25", 37.5 as "37.5": the number as written, without trailing zeros. */
    private static BigDecimal plain(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A horizontal bar as inline SVG (a style attribute would break the Content-Security-Policy). */
    private static String bar(BigDecimal score) {
        double width = score == null ? 0 : Math.max(0, Math.min(100, score.doubleValue()));
        return "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">"
                + "<rect x=\"0\" y=\"0\" width=\"100\" height=\"10\" rx=\"2\" fill=\"#e3e9ee\"/>"
                + "<rect x=\"0\" y=\"0\" width=\"" + RadarChart.f(width)
                + "\" height=\"10\" rx=\"2\" fill=\"#0b5c7a\"/></svg>";
    }

    private static String levelTitle(Map<String, Level> levels, String id, String lang) {
        Level l = id == null ? null : levels.get(id);
        return l == null ? null : l.title().in(lang);
    }

    private static String levelDescription(Map<String, Level> levels, String id, String lang) {
        Level l = id == null ? null : levels.get(id);
        return l == null ? null : text(l.description(), lang);
    }

    private static String text(Text text, String lang) {
        if (text == null) {
            return null;
        }
        String s = text.in(lang);
        return s.isBlank() ? null : s;
    }
}
