package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.common.Hagen;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.report.ChangeWords;
import de.digitalezukunfthagen.digitalcheck.report.Comparisons;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Progress;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.stats.Facts;
import de.digitalezukunfthagen.digitalcheck.stats.Peers;
import de.digitalezukunfthagen.digitalcheck.stats.Summary;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A firm's progress and its peers: "repeat the check" starts a follow-up linked to the earlier check
 * and prefilled with its answers; the follow-up's result page, report and API compare it with the
 * earlier one ({@link Progress}) and every result with similar firms ({@link Peers}).
 */
final class FollowUp {
    private static final ZoneId HAGEN = Hagen.ZONE;

    private final Assessments assessments;
    private final Messages messages;

    FollowUp(Assessments assessments, Messages messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    /**
     * POST /a/{token}/repeat: a new check of the current version of the same questionnaire, linked to
     * this one and holding its answers wherever they still fit (see {@link FollowUps#repeat}); the
     * earlier check stays as it is.
     */
    void repeat(Context ctx) {
        Assessments.Created created = new FollowUps(assessments).repeat(ctx.pathParam("token"), Assessments.ORIGIN_ONLINE)
                .orElseThrow(NotFoundResponse::new);
        ResumeCookie.remember(ctx, created.token());
        ctx.redirect(AssessmentPages.base(created.token()) + "/start?carried=" + created.opened().answers().values().size(),
                HttpStatus.SEE_OTHER);
    }

    /** The earlier check and similar firms to compare {@code opened} with; each part null when there is none. */
    static Comparisons comparisons(Assessments assessments, Assessments.Opened opened, Evaluation evaluation) {
        Questionnaire earlierVersion = null;
        LocalDate earlierDate = null;
        Progress progress = null;
        Assessments.Earlier earlier = assessments.earlier(opened).orElse(null);
        if (earlier != null && earlier.questionnaire().id().equals(opened.questionnaire().id())) {
            earlierVersion = earlier.questionnaire();
            earlierDate = LocalDate.ofInstant(earlier.assessment().updatedAt(), HAGEN);
            progress = Progress.of(earlier.questionnaire(), earlier.result(), opened.questionnaire(), evaluation.result());
        }
        Peers peers = null;
        if (evaluation.result().complete()) {
            Facts own = Facts.of(opened.questionnaire(), opened.answers(), evaluation, opened.assessment().createdAt(),
                    opened.assessment().origin(), false);
            Long id = opened.rowId() != null ? opened.rowId() : assessments.rowId(opened.token()).orElse(null);
            if (id != null) {
                peers = assessments.peers(own, id).orElse(null);
            }
        }
        return new Comparisons(earlierVersion, earlierDate, progress, peers);
    }

    // ---------------------------------------------------------------- result page

    record ChangeRow(String title, String before, String now, String arrow, String words, String direction, boolean overall) {
    }

    record ProgressView(String since, String versionNote, String notComparable, boolean overallNotComparable,
                        List<ChangeRow> rows, List<String> done, List<String> open) {
    }

    record PeerRow(String title, String own, String lower, String median, String upper, String chart, boolean overall) {
    }

    record PeersView(String basis, List<PeerRow> rows) {
    }

    /** What the result page shows of {@code c}: {@code progress} and {@code peers}, each null when there is none. */
    Map<String, Object> model(Comparisons c, Assessments.Opened opened, Result result, Language language) {
        Map<String, Object> model = new HashMap<>();
        model.put("progress", c.progress() == null ? null : progress(c, opened.questionnaire(), language));
        model.put("peers", c.peers() == null || c.peers().spreads().isEmpty() ? null : peers(c.peers(), opened.questionnaire(), result, language));
        return model;
    }

    private ProgressView progress(Comparisons c, Questionnaire current, Language language) {
        String lang = language.code();
        Progress p = c.progress();
        List<ChangeRow> rows = new ArrayList<>();
        if (p.overall() != null) {
            rows.add(row(messages.get(language, "progress.overall"), p.overall(), c.earlier(), current, lang, true));
        }
        for (Progress.Change d : p.dimensions()) {
            rows.add(row(current.dimension(d.id()).orElseThrow().title().in(lang), d, c.earlier(), current, lang, false));
        }
        String notComparable = p.notComparable().isEmpty() ? null : messages.get(language, "progress.notComparable",
                String.join(", ", p.notComparable().stream().map(id -> current.dimension(id).orElseThrow().title().in(lang)).toList()));
        return new ProgressView(
                messages.get(language, "progress.since", ResultView.day(c.earlierDate(), language)),
                p.sameVersion() ? null : messages.get(language, "progress.otherVersion", p.version(), p.earlierVersion()),
                notComparable, p.overall() == null,
                rows,
                p.stepsDone().stream().map(id -> current.recommendation(id).orElseThrow().title().in(lang)).toList(),
                p.stepsOpen().stream().map(id -> current.recommendation(id).orElseThrow().title().in(lang)).toList());
    }

    private static ChangeRow row(String title, Progress.Change change, Questionnaire earlier, Questionnaire current, String lang,
            boolean overall) {
        return new ChangeRow(title, ChangeWords.score(change.before(), lang), ChangeWords.score(change.now(), lang),
                ChangeWords.arrow(change), ChangeWords.describe(change, earlier, current, lang),
                change.scoreDirection().name().toLowerCase(Locale.ROOT), overall);
    }

    private PeersView peers(Peers peers, Questionnaire q, Result result, Language language) {
        String lang = language.code();
        List<PeerRow> rows = new ArrayList<>();
        for (Peers.Spread s : peers.spreads()) {
            boolean overall = s.id().equals(Summary.OVERALL);
            BigDecimal own = overall ? result.overall().score()
                    : result.dimension(s.id()) == null ? null : result.dimension(s.id()).score();
            String title = overall ? messages.get(language, "progress.overall")
                    : q.dimension(s.id()).map(d -> d.title().in(lang)).orElse(null);
            if (title == null) {
                continue;
            }
            rows.add(new PeerRow(title, ChangeWords.score(own, lang), ChangeWords.score(s.lower(), lang),
                    ChangeWords.score(s.median(), lang), ChangeWords.score(s.upper(), lang), chart(s, own), overall));
        }
        String basis = messages.get(language, "peers.basis", peers.firms(),
                messages.get(language, "peers.scope." + peers.scope().name().toLowerCase(Locale.ROOT)));
        return new PeersView(basis, rows);
    }

    /**
     * The middle half of the group as a band on 0–100, its median as a line, the firm as a dot (decoration:
     * the table says it). Positions are percentages of the width and sizes pixels, without a viewBox, so
     * the dot stays round however wide the column is; it may stand out over either end (score 0 or 100).
     */
    private static String chart(Peers.Spread s, BigDecimal own) {
        StringBuilder svg = new StringBuilder("<svg class=\"peer-chart\" width=\"100%\" height=\"12\" overflow=\"visible\""
                + " aria-hidden=\"true\" focusable=\"false\"><rect x=\"0\" y=\"4\" width=\"100%\" height=\"4\" fill=\"#e3e9ee\"/>");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f%%\" y=\"2\" width=\"%.1f%%\" height=\"8\" fill=\"#8fb4c6\"/>",
                s.lower().doubleValue(), Math.max(0.5, s.upper().doubleValue() - s.lower().doubleValue())));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f%%\" y=\"0\" width=\"2\" height=\"12\" transform=\"translate(-1 0)\""
                + " fill=\"#1b5e7b\"/>", s.median().doubleValue()));
        if (own != null) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f%%\" cy=\"6\" r=\"5\" fill=\"#b3541e\" stroke=\"#fff\""
                    + " stroke-width=\"1.5\"/>", own.doubleValue()));
        }
        return svg.append("</svg>").toString();
    }

    // ---------------------------------------------------------------- API

    /** {@code previous} (the earlier check, without its token, which is not stored) and {@code progress} for the API. */
    static Map<String, Object> api(Comparisons c, Assessments.Opened opened) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (c.progress() == null) {
            out.put("previous", null);
            out.put("progress", null);
        } else {
            Map<String, Object> previous = new LinkedHashMap<>();
            previous.put("questionnaire", Map.of("id", c.earlier().id(), "version", c.earlier().version()));
            previous.put("date", c.earlierDate().toString());
            out.put("previous", previous);
            Progress p = c.progress();
            Map<String, Object> progress = new LinkedHashMap<>();
            progress.put("sameVersion", p.sameVersion());
            progress.put("overall", p.overall() == null ? null : change(p.overall()));
            progress.put("dimensions", p.dimensions().stream().map(FollowUp::change).toList());
            progress.put("notComparable", p.notComparable());
            progress.put("stepsDone", p.stepsDone());
            progress.put("stepsOpen", p.stepsOpen());
            progress.put("stepsGone", p.stepsGone());
            out.put("progress", progress);
        }
        out.put("peers", c.peers());
        return out;
    }

    private static Map<String, Object> change(Progress.Change c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("before", c.before());
        out.put("now", c.now());
        out.put("delta", c.delta());
        out.put("levelBefore", c.levelBefore());
        out.put("levelNow", c.levelNow());
        out.put("level", c.levelDirection().name().toLowerCase(Locale.ROOT));
        return out;
    }
}
