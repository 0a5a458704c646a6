package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Link;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * "Ihr 90-Tage-Plan": the steps of the engine's plan in its order, each with what to do this week,
 * who in the firm does it, the effort, the rough cost and the neutral contact that helps. The long
 * report adds what follows, why it pays off and the links.
 */
final class PlanSection implements Section {
    static final String TAG = "plan";
    /** A little tighter than the body text elsewhere, so that seven steps fit on the first two pages. */
    private static final float STEP_LEADING = 1.32f;

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.tagging().part();
        List<Result.TriggeredRecommendation> plan = ctx.plan();
        if (plan.isEmpty()) {
            Blocks.heading(ctx, TAG, ctx.msg("plan.title"), 30);
            ctx.add(Blocks.paragraph(ctx.msg(ctx.result().recommendations().isEmpty() ? "plan.none" : "plan.onlyYear"), Style.BODY));
            return;
        }
        List<PdfPTable> steps = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            steps.add(step(ctx, plan.get(i), i + 1));
        }
        String intro = ctx.msg("plan.intro");
        Blocks.heading(ctx, TAG, ctx.msg("plan.title"), Blocks.paragraphHeight(ctx, intro, Style.BODY_MUTED) + Blocks.height(steps.get(0)));
        ctx.add(Blocks.paragraph(intro, Style.BODY_MUTED));
        for (PdfPTable step : steps) {
            ctx.add(step, PdfName.DIV, null);
        }
    }

    /** One step: its number, then title, area, this week's step, who/effort/cost and the helping contact. */
    static PdfPTable step(ReportContext ctx, Result.TriggeredRecommendation r, int number) {
        Recommendation rec = ctx.recommendation(r.id());
        PdfPTable table = Blocks.table(ctx, 0.42f, 9.6f);
        table.setKeepTogether(true);
        PdfPCell n = Blocks.cell(String.valueOf(number), Style.font(Style.BOLD, 14, Style.ACCENT));
        n.setPaddingTop(1);
        table.addCell(n);
        List<Element> parts = new ArrayList<>();
        Chunk title = new Chunk(ctx.text(rec.title()), Style.font(Style.BOLD, 10.5f, Style.TEXT));
        title.setGenericTag(DimensionSection.recommendationTag(r.id()));
        title.setLocalDestination(DimensionSection.recommendationTag(r.id()));
        Paragraph heading = new Paragraph(title);
        heading.setLeading(10.5f * 1.3f);
        // area, time frame and urgency follow the title on its line where there is room
        heading.add(new Chunk("   " + ctx.dimensionTitle(r.dimension()) + " · " + ctx.recommendationMeta(r), Style.SMALL));
        heading.setSpacingAfter(3);
        parts.add(heading);
        if (rec.firstStep() != null) {
            String first = ctx.text(rec.firstStep());
            Paragraph firstStep = Blocks.labelled(ctx.firstStepLabel(first), first, 2);
            firstStep.setLeading(Style.BODY.getSize() * STEP_LEADING);
            parts.add(firstStep);
        }
        Paragraph facts = facts(ctx, rec, ctx.helper(r.id()));
        if (facts != null) {
            parts.add(facts);
        }
        if (ctx.full()) {
            details(ctx, rec, parts);
        }
        PdfPCell body = Blocks.stack(parts);
        body.setBorder(Rectangle.BOTTOM);
        body.setBorderColor(Style.RULE);
        body.setBorderWidth(0.5f);
        body.setPaddingTop(1);
        body.setPaddingBottom(6);
        table.addCell(body);
        table.setSpacingAfter(4);
        return table;
    }

    /**
     * Who in the firm does it, how much work it is, what it costs and which neutral contact helps, in
     * one small paragraph with the labels in bold; null when there is none of it.
     */
    private static Paragraph facts(ReportContext ctx, Recommendation rec, Contact helper) {
        Paragraph facts = new Paragraph("", Style.SMALL_TEXT);
        facts.setLeading(Style.SMALL_TEXT.getSize() * STEP_LEADING);
        fact(ctx, facts, "plan.owner", rec.effort().owner());
        fact(ctx, facts, "plan.effort", rec.effort().effort());
        fact(ctx, facts, "plan.cost", rec.effort().cost());
        if (helper != null) {
            separate(facts);
            facts.add(new Chunk(ctx.msg("plan.helper") + " ", Style.SMALL_TEXT_BOLD));
            facts.add(new Chunk(ctx.text(helper.name()), Style.SMALL_TEXT));
            if (helper.website() != null) {
                facts.add(new Chunk(" ", Style.SMALL_TEXT));
                // the host only: the link leads to the page, and the contacts give the address in full
                Chunk link = Blocks.link(ContactsSection.host(helper.website()), helper.website());
                link.setFont(Style.SMALL_LINK);
                facts.add(link);
            }
        }
        return facts.isEmpty() ? null : facts;
    }

    /** "Wer: Inhaber/in" with the label in bold, after a separator when something came before. */
    private static void fact(ReportContext ctx, Paragraph facts, String key, Text value) {
        if (value == null) {
            return;
        }
        separate(facts);
        facts.add(new Chunk(ctx.msg(key, "").strip() + " ", Style.SMALL_TEXT_BOLD));
        facts.add(new Chunk(ctx.text(value), Style.SMALL_TEXT));
    }

    private static void separate(Paragraph facts) {
        if (!facts.isEmpty()) {
            facts.add(new Chunk("  ·  ", Style.SMALL_TEXT));
        }
    }

    /** What follows, why it pays off, and the links: for the long report and the appendix. */
    static void details(ReportContext ctx, Recommendation rec, List<Element> parts) {
        if (rec.text() != null) {
            parts.add(Blocks.labelled(ctx.msg("rec.next") + ":", ctx.text(rec.text()), 2));
        }
        if (rec.benefit() != null) {
            parts.add(Blocks.labelled(ctx.msg("rec.benefit") + ":", ctx.text(rec.benefit()), 2));
        }
        if (!rec.links().isEmpty()) {
            Paragraph links = new Paragraph("", Style.BODY);
            links.setLeading(Style.BODY.getSize() * 1.38f);
            links.add(new Chunk(ctx.msg("rec.links") + ": ", Style.BODY_BOLD));
            for (int i = 0; i < rec.links().size(); i++) {
                Link link = rec.links().get(i);
                if (i > 0) {
                    links.add(new Chunk(" · ", Style.BODY));
                }
                String linkTitle = ctx.text(link.title());
                links.add(Blocks.link(linkTitle.isEmpty() ? link.url() : linkTitle, link.url()));
                links.add(new Chunk(" (" + link.url() + ")", Style.SMALL));
            }
            parts.add(links);
        }
    }
}

