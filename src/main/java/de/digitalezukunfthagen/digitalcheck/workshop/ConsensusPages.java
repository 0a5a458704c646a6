package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.assessment.Token;
import de.digitalezukunfthagen.digitalcheck.common.Hagen;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.web.AnswerForm;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.QrCode;
import de.digitalezukunfthagen.digitalcheck.web.QuestionView;
import de.digitalezukunfthagen.digitalcheck.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The consensus, one question per screen (it must fit a projector and a laptop): the group's answers
 * as bars with the participants' roles beside them, the most common answer preselected only when one
 * answer really has the most votes, a note per question, and two ways on: "agree on this answer" or
 * "leave open". The summary takes over every question the group agrees on with one confirmation,
 * keeps the action plan, and hands the consensus over after a confirmation that lists what is open.
 */
final class ConsensusPages {
    private final WorkshopService service;
    private final OwnWorkshops pages;
    private final Assessments assessments;
    private final Clock clock;
    private final FollowUpPages followUps;

    ConsensusPages(WorkshopService service, OwnWorkshops pages, Assessments assessments, Clock clock, FollowUpPages followUps) {
        this.followUps = followUps;
        this.service = service;
        this.pages = pages;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** A question the group agrees on, with its answer as people read it. */
    record Adoptable(Consensus.Item item, String answer) {
    }

    private Consensus consensus(Workshop w, Spread spread) {
        return Consensus.of(service.questionnaire(w), w, spread, a -> service.evaluate(w, a));
    }

    /** {@code GET .../consensus}: where the consensus stands, the result so far, the action plan and the hand-over. */
    void summary(Context ctx) {
        Workshop w = pages.owned(ctx);
        Spread spread = service.spread(w);
        Consensus c = consensus(w, spread);
        Evaluation e = service.evaluate(w, w.consensus());
        Map<String, Object> model = pages.model(ctx, w);
        model.put("result", e.result());
        model.put("open", c.open());
        Language language = Language.of(ctx);
        model.put("agreeable", c.agreeable().stream()
                .map(i -> new Adoptable(i, AnswerText.of(i.question(), i.spread().mostCommon(), language))).toList());
        model.put("agreed", c.agreed());
        model.put("visible", c.visible());
        model.put("firstOpen", c.next(0, true));
        model.put("actions", service.discussion().actions(w.id()));
        model.put("notice", ctx.queryParam("notice") == null ? "" : ctx.queryParam("notice"));
        model.put("maxStep", Discussion.MAX_STEP);
        model.put("maxOwner", Discussion.MAX_OWNER);
        ctx.render("workshop/consultant/consensus-summary.peb", model);
    }

    /** {@code POST .../consensus/adopt}: takes over every open question the group agrees on. */
    void adopt(Context ctx) {
        Workshop w = pages.owned(ctx);
        if (!w.handedOver()) {
            Questionnaire q = service.questionnaire(w);
            service.store().saveConsensus(w.id(), Consensus.adoptAgreed(q, w, service.spread(w), a -> service.evaluate(w, a)));
        }
        ctx.redirect(OwnWorkshops.base(w) + "/consensus", HttpStatus.SEE_OTHER);
    }

    /** {@code GET .../consensus/{n}}: the n-th question; past the last one, the summary. */
    void question(Context ctx) {
        Workshop w = pages.owned(ctx);
        Spread spread = service.spread(w);
        Consensus c = consensus(w, spread);
        int n = number(ctx);
        if (n > c.items().size()) {
            ctx.redirect(OwnWorkshops.base(w) + "/consensus", HttpStatus.SEE_OTHER);
            return;
        }
        Consensus.Item item = c.at(n);
        if (item == null) {
            throw new NotFoundResponse();
        }
        boolean onlyOpen = !"all".equals(ctx.queryParam("walk"));
        if (!item.visible()) {
            // hidden by an agreed answer (show_if): the next question that is shown
            int next = c.next(n, false);
            ctx.redirect(next == 0 ? OwnWorkshops.base(w) + "/consensus" : link(w, next, onlyOpen), HttpStatus.SEE_OTHER);
            return;
        }
        Answers shown = item.agreed() || item.spread() == null || item.spread().mostCommon() == null ? w.consensus()
                : w.consensus().merge(Map.of(item.question().id(), item.spread().mostCommon()));
        render(ctx, w, c, item, onlyOpen, AnswerForm.values(shown, List.of(item.question()), Language.of(ctx)), Map.of(),
                service.discussion().notes(w.id()).getOrDefault(item.question().id(), ""), HttpStatus.OK);
    }

    /**
     * {@code POST .../consensus/{n}}: {@code go=agree} stores the chosen answer as agreed (nothing
     * chosen: the question is open); {@code go=open} and {@code go=back} store no answer. The note is
     * kept either way.
     */
    void save(Context ctx) {
        Workshop w = pages.owned(ctx);
        Spread spread = service.spread(w);
        Consensus c = consensus(w, spread);
        Consensus.Item item = c.at(number(ctx));
        if (item == null) {
            throw new NotFoundResponse();
        }
        boolean onlyOpen = !"all".equals(ctx.formParam("walk"));
        String note = Optional.ofNullable(ctx.formParam("note")).orElse("");
        if (w.handedOver()) {
            ctx.redirect(OwnWorkshops.base(w) + "/consensus", HttpStatus.SEE_OTHER);
            return;
        }
        if (note.codePointCount(0, note.length()) > Discussion.MAX_NOTE) {
            render(ctx, w, c, item, onlyOpen, Map.of(), Map.of("note", "workshop.consensus.noteTooLong"), note,
                    HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        String go = Optional.ofNullable(ctx.formParam("go")).orElse("open");
        Questionnaire q = service.questionnaire(w);
        if ("agree".equals(go)) {
            AnswerForm.Read read = AnswerForm.read(ctx.formParamMap(), q, List.of(item.question()), service.messages(),
                    Language.of(ctx));
            if (!read.valid()) {
                render(ctx, w, c, item, onlyOpen, read.values(), read.errors(), note, HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            service.store().saveConsensus(w.id(), w.consensus().merge(read.changes()));
        }
        service.discussion().saveNote(w.id(), item.question().id(), note);
        Workshop after = service.store().byPublicId(w.publicId()).orElseThrow();
        Consensus now = consensus(after, spread);
        int target = "back".equals(go) ? now.previous(item.number()) : now.next(item.number(), onlyOpen);
        ctx.redirect(target == 0 ? OwnWorkshops.base(w) + "/consensus" : link(w, target, onlyOpen), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Workshop w, Consensus c, Consensus.Item item, boolean onlyOpen,
            Map<String, List<String>> values, Map<String, String> errors, String note, HttpStatus status) {
        Language language = Language.of(ctx);
        Question x = item.question();
        Evaluation e = service.evaluate(w, w.consensus());
        Map<String, Object> model = pages.model(ctx, w);
        model.put("item", item);
        model.put("count", c.items().size());
        model.put("open", c.open().size());
        model.put("s", item.spread());
        model.put("questions", QuestionView.of(List.of(x), values, Set.of(x.id()), errors.containsKey("note") ? Map.of() : errors,
                Set.of(), service.messages(), language));
        model.put("shown", x.id());
        model.put("note", note);
        model.put("noteError", errors.containsKey("note"));
        model.put("maxNote", Discussion.MAX_NOTE);
        model.put("walk", onlyOpen ? "open" : "all");
        model.put("previous", c.previous(item.number()));
        model.put("hasErrors", !errors.isEmpty());
        model.put("proposalText", item.spread() == null || item.spread().mostCommon() == null ? ""
                : AnswerText.of(x, item.spread().mostCommon(), language));
        model.put("support", support(item));
        ctx.status(status);
        ctx.render("workshop/consultant/consensus.peb", model);
    }

    /** How many gave the proposed answer (for "3 of 5"). */
    private static long support(Consensus.Item item) {
        Spread.QuestionSpread s = item.spread();
        if (s == null || s.mostCommon() == null) {
            return 0;
        }
        if (s.mostCommon() instanceof de.digitalezukunfthagen.digitalcheck.scoring.Answer.Num num) {
            return s.values().stream().filter(x -> x.value().compareTo(num.value()) == 0).count();
        }
        if (s.mostCommon() instanceof de.digitalezukunfthagen.digitalcheck.scoring.Answer.Choice choice) {
            return s.options().stream().filter(o -> o.id().equals(choice.option())).mapToInt(Spread.OptionShare::count).sum();
        }
        return -1; // multiple choice: a majority per option, not one count
    }

    private static String link(Workshop w, int n, boolean onlyOpen) {
        return OwnWorkshops.base(w) + "/consensus/" + n + (onlyOpen ? "" : "?walk=all");
    }

    private static int number(Context ctx) {
        try {
            int n = Integer.parseInt(ctx.pathParam("n"));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // not found below
        }
        throw new NotFoundResponse();
    }

    /** {@code GET .../consensus/finish}: asks for confirmation and lists what is still open. */
    void confirmHandOver(Context ctx) {
        Workshop w = pages.owned(ctx);
        if (w.handedOver()) {
            ctx.redirect(OwnWorkshops.base(w) + "/handover", HttpStatus.SEE_OTHER);
            return;
        }
        Consensus c = consensus(w, service.spread(w));
        Map<String, Object> model = pages.model(ctx, w);
        model.put("open", c.open());
        model.put("agreed", c.agreed());
        model.put("visible", c.visible());
        ctx.render("workshop/consultant/confirm-handover.peb", model);
    }

    /**
     * {@code POST .../consensus/finish} with {@code confirm=yes}: the agreed answers (with the company
     * profile) become the company's assessment, once. Without the confirmation: the page that asks for it.
     */
    void handOver(Context ctx) {
        Workshop w = pages.owned(ctx);
        if (w.handedOver()) {
            ctx.redirect(OwnWorkshops.base(w) + "/handover", HttpStatus.SEE_OTHER);
            return;
        }
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.redirect(OwnWorkshops.base(w) + "/consensus/finish", HttpStatus.SEE_OTHER);
            return;
        }
        Questionnaire q = service.questionnaire(w);
        Assessments.Created created = assessments.create(q, w.profile().merge(w.consensus().values()), w.company(), "workshop",
                null, service.store().isTest(w.id()));
        if (!service.store().handOver(w.id(), created.token(), Token.hash(created.token()))) {
            assessments.delete(created.token()); // a second click was faster
        }
        ctx.redirect(OwnWorkshops.base(w) + "/handover", HttpStatus.SEE_OTHER);
    }

    /** {@code GET .../handover}: the printable page with the company's personal link and its QR code, as often as needed. */
    void handOverPage(Context ctx) {
        Workshop w = pages.owned(ctx);
        if (!w.handedOver()) {
            ctx.redirect(OwnWorkshops.base(w) + "/consensus/finish", HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> model = pages.model(ctx, w);
        model.put("link", w.handoverToken() == null ? null : Requests.baseUrl(ctx) + "/a/" + w.handoverToken());
        model.put("resultLink", w.handoverToken() == null ? null : "/a/" + w.handoverToken() + "/result");
        model.put("date", Hagen.today(clock));
        model.put("actions", service.discussion().actions(w.id()));
        followUps.addTo(model, ctx, w);
        ctx.render("workshop/consultant/handed-over.peb", model);
    }

    /** {@code GET .../handover/qr.svg}: the personal link as a QR code. */
    void handOverQr(Context ctx) {
        Workshop w = pages.owned(ctx);
        if (w.handoverToken() == null) {
            throw new NotFoundResponse();
        }
        String url = Requests.baseUrl(ctx) + "/a/" + w.handoverToken();
        ctx.contentType("image/svg+xml; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.result(QrCode.svg(url, service.messages().get(Language.of(ctx), "workshop.handedOver.qrAlt")));
    }

    /** {@code POST .../actions}: a step of the action plan (what; who and by when are optional). */
    void addAction(Context ctx) {
        Workshop w = pages.owned(ctx);
        String step = Optional.ofNullable(ctx.formParam("step")).orElse("").replaceAll("\\p{Cntrl}", " ").strip();
        String owner = Optional.ofNullable(ctx.formParam("owner")).orElse("").replaceAll("\\p{Cntrl}", " ").strip();
        String dueText = Optional.ofNullable(ctx.formParam("due")).orElse("").strip();
        LocalDate due = null;
        boolean valid = !step.isEmpty() && step.codePointCount(0, step.length()) <= Discussion.MAX_STEP
                && owner.codePointCount(0, owner.length()) <= Discussion.MAX_OWNER;
        if (!dueText.isEmpty()) {
            try {
                due = LocalDate.parse(dueText);
            } catch (DateTimeParseException e) {
                valid = false;
            }
        }
        if (!valid) {
            ctx.redirect(OwnWorkshops.base(w) + "/consensus?notice=actionInvalid#plan", HttpStatus.SEE_OTHER);
            return;
        }
        service.discussion().addAction(w.id(), step, owner.isEmpty() ? null : owner, due);
        ctx.redirect(OwnWorkshops.base(w) + "/consensus#plan", HttpStatus.SEE_OTHER);
    }

    /** {@code POST .../actions/{action}/remove}. */
    void removeAction(Context ctx) {
        Workshop w = pages.owned(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("action"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
        if (!service.discussion().removeAction(w.id(), id)) {
            throw new NotFoundResponse();
        }
        ctx.redirect(OwnWorkshops.base(w) + "/consensus#plan", HttpStatus.SEE_OTHER);
    }
}
