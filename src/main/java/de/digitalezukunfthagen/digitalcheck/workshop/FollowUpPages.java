package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.common.Hagen;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.FollowUps;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.auth.Consultant;
import de.digitalezukunfthagen.digitalcheck.report.ChangeWords;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firm's checks with a consultant linked over time, as the online "repeat the check" links them: a
 * follow-up of an assisted check (prefilled, linked, its result shows the change), a workshop's result
 * linked to an earlier check of the same firm, and the mark "test or demonstration" on assisted checks
 * and workshops, which keeps them out of the peer comparison and every dashboard. A consultant reaches
 * only their own checks; a check another consultant advised cannot be linked, not even by its link.
 */
final class FollowUpPages {
    /** What {@code ?linked=} on the hand-over page may report, each a text {@code workshop.link.notice.<key>}. */
    static final Set<String> NOTICES = Set.of("done", "removed", "unknown", "otherQuestionnaire", "notEarlier", "foreign");
    private static final Pattern LINK = Pattern.compile("(?:^|/a/)([A-Za-z0-9_-]{24})(?:[/?#].*)?$");
    private static final ZoneId HAGEN = Hagen.ZONE;

    private final WorkshopService service;
    private final AssistedChecks checks;
    private final OwnWorkshops own;
    private final Auth auth;
    private final Assessments assessments;
    private final FollowUps followUps;

    FollowUpPages(WorkshopService service, AssistedChecks checks, OwnWorkshops own, Auth auth, Assessments assessments) {
        this.service = service;
        this.checks = checks;
        this.own = own;
        this.auth = auth;
        this.assessments = assessments;
        this.followUps = new FollowUps(assessments);
    }

    /**
     * {@code POST /consultant/checks/{check}/repeat}: a follow-up of the consultant's assisted check, linked
     * to it and prefilled with its answers, advised by the same consultant; opens its start page.
     */
    void repeatCheck(Context ctx) {
        Consultant me = auth.consultant(ctx);
        String token = checks.token(me.id(), checkId(ctx)).orElseThrow(NotFoundResponse::new);
        Assessments.Created created = followUps.repeat(token, AssistedChecks.ORIGIN).orElseThrow(NotFoundResponse::new);
        checks.record(me.id(), created);
        ctx.redirect("/a/" + created.token() + "/start?carried=" + created.opened().answers().values().size(), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /consultant/checks/{check}/test} with {@code test=1} (a test or demonstration) or {@code test=0}. */
    void markCheck(Context ctx) {
        Consultant me = auth.consultant(ctx);
        String token = checks.token(me.id(), checkId(ctx)).orElseThrow(NotFoundResponse::new);
        followUps.markTest(token, "1".equals(ctx.formParam("test")));
        ctx.redirect(Auth.AREA + "#checks", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /consultant/workshops/{id}/test}: the workshop and the result it handed over (or will hand over). */
    void markWorkshop(Context ctx) {
        Workshop w = own.owned(ctx);
        boolean test = "1".equals(ctx.formParam("test"));
        service.store().setTest(w.id(), test);
        if (w.handoverToken() != null) {
            followUps.markTest(w.handoverToken(), test);
        }
        ctx.redirect(Auth.AREA + "#workshops", HttpStatus.SEE_OTHER);
    }

    /** One earlier check of the same firm the consultant may link a workshop's result to. */
    record Choice(String value, String label) {
    }

    /**
     * What the hand-over page shows to link the workshop's result: the date of the check it is linked to
     * (or null), the consultant's earlier checks and workshops of the same firm, and the outcome of the
     * last attempt.
     */
    void addTo(Map<String, Object> model, Context ctx, Workshop w) {
        model.put("test", service.store().isTest(w.id()));
        if (w.handoverToken() == null) {
            return;
        }
        model.put("linkedSince", assessments.earlier(w.handoverToken())
                .map(e -> LocalDate.ofInstant(e.assessment().createdAt(), HAGEN).toString()).orElse(null));
        List<Choice> choices = new ArrayList<>();
        for (Candidate c : candidates(auth.consultant(ctx), w, Language.of(ctx))) {
            choices.add(new Choice(c.value(), c.label()));
        }
        model.put("earlierChoices", choices);
        String notice = ctx.queryParam("linked");
        model.put("linkNotice", notice != null && NOTICES.contains(notice) ? notice : null);
    }

    /**
     * {@code POST /consultant/workshops/{id}/link}: links the workshop's result to {@code earlier} (one of
     * {@link #addTo}'s choices, or {@code none} to remove the link) or to the check behind {@code link}
     * (the firm's personal link or its token); back to the hand-over page, which says what happened.
     */
    void linkWorkshop(Context ctx) {
        Workshop w = own.owned(ctx);
        Consultant me = auth.consultant(ctx);
        String back = OwnWorkshops.base(w) + "/handover?linked=";
        if (w.handoverToken() == null) {
            ctx.redirect(back + "unknown", HttpStatus.SEE_OTHER);
            return;
        }
        String typed = Optional.ofNullable(ctx.formParam("link")).orElse("").strip();
        String chosen = Optional.ofNullable(ctx.formParam("earlier")).orElse("").strip();
        String earlier;
        if (!typed.isEmpty()) {
            Matcher m = LINK.matcher(typed);
            if (!m.find()) {
                ctx.redirect(back + "unknown", HttpStatus.SEE_OTHER);
                return;
            }
            earlier = m.group(1);
            if (checks.advisedByAnother(me.id(), earlier)) {
                ctx.redirect(back + "foreign", HttpStatus.SEE_OTHER);
                return;
            }
        } else if (chosen.equals("none")) {
            earlier = null;
        } else {
            // only what this consultant was offered: another consultant's check is not among the candidates
            earlier = candidates(me, w, Language.DE).stream().filter(c -> c.value().equals(chosen)).map(Candidate::token).findFirst().orElse(null);
            if (earlier == null) {
                ctx.redirect(back + "unknown", HttpStatus.SEE_OTHER);
                return;
            }
        }
        FollowUps.Linked linked = followUps.link(w.handoverToken(), earlier);
        String notice = switch (linked) {
            case DONE -> earlier == null ? "removed" : "done";
            case UNKNOWN -> "unknown";
            case OTHER_QUESTIONNAIRE -> "otherQuestionnaire";
            case NOT_EARLIER -> "notEarlier";
        };
        ctx.redirect(back + notice, HttpStatus.SEE_OTHER);
    }

    private record Candidate(String value, String label, String token) {
    }

    /**
     * The consultant's own assisted checks and handed-over workshops of the same firm (same name, letter
     * case aside) and questionnaire, finished before this workshop was handed over; newest first.
     */
    private List<Candidate> candidates(Consultant me, Workshop w, Language lang) {
        String firm = w.company().strip().toLowerCase(Locale.ROOT);
        long before = w.handedOverAt();
        List<Candidate> found = new ArrayList<>();
        for (WorkshopStore.Summary s : service.store().byConsultant(me.id())) {
            Workshop other = s.workshop();
            if (other.id() != w.id() && other.handoverToken() != null && other.handedOverAt() < before
                    && other.questionnaireId().equals(w.questionnaireId()) && other.company().strip().toLowerCase(Locale.ROOT).equals(firm)) {
                found.add(new Candidate("w" + other.publicId(),
                        service.messages().get(lang, "workshop.link.workshop", Participant.clockDate(other.handedOverAt())),
                        other.handoverToken()));
            }
        }
        for (AssistedChecks.Listed c : checks.of(me.id())) {
            if (c.token() != null && c.createdAt() < before && c.questionnaire().id().equals(w.questionnaireId())
                    && c.company() != null && c.company().strip().toLowerCase(Locale.ROOT).equals(firm)) {
                String score = ChangeWords.score(c.result().overall().score(), lang.code());
                found.add(new Candidate("c" + c.id(), service.messages().get(lang, "workshop.link.check", c.date(), score), c.token()));
            }
        }
        return found;
    }

    private static long checkId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("check"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }
}
