package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Anchor;
import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Link;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One part per dimension: its score and level, what the level means, the answers that pulled the
 * score down most, and the recommendations for it with first step, what follows, why it pays off,
 * time frame and links.
 */
final class DimensionSection implements Section {
    static final int PULLED_DOWN = 3;

    static final String TAG = "dimensions";

    /** The tag of a recommendation's card, for the page references of the summary and the plan. */
    static String recommendationTag(String recommendationId) {
        return "recommendation-" + recommendationId;
    }

    static String tag(String dimensionId) {
        return "dimension-" + dimensionId;
    }

    @Override
    public List<Toc.Entry> contents(ReportContext ctx) {
        List<Toc.Entry> entries = new ArrayList<>();
        entries.add(new Toc.Entry(TAG, ctx.msg("dimension.all"), 0));
        for (Result.DimensionScore d : ctx.result().dimensions()) {
            entries.add(new Toc.Entry(tag(d.id()), ctx.dimensionTitle(d.id()), 1));
        }
        return entries;
    }

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        List<Result.DimensionScore> dims = ctx.result().dimensions();
        for (int i = 0; i < dims.size(); i++) {
            write(ctx, dims.get(i), i + 1, dims.size());
        }
    }

    private void write(ReportContext ctx, Result.DimensionScore score, int number, int count) throws DocumentException {
        Dimension dimension = ctx.dimension(score.id());
        PdfPTable status = status(ctx, score);
        String kicker = ctx.msg("dimension.of", String.valueOf(number), String.valueOf(count)).toUpperCase(ctx.formats().locale());
        // the heading stays with the description and the score, and starts no page it cannot fill a little
        Level level = ctx.level(score.level());
        float following = Blocks.height(status) + 10 + 60
                + (dimension.description() == null ? 0 : Blocks.paragraphHeight(ctx, ctx.text(dimension.description()), Style.BODY_MUTED));
        Blocks.heading(ctx, tag(score.id()), ctx.text(dimension.title()), following, kicker, number == 1 ? TAG : null);
        if (dimension.description() != null) {
            ctx.add(Blocks.paragraph(ctx.text(dimension.description()), Style.BODY_MUTED));
        }
        ctx.add(status);
        for (String reason : ctx.capReasons(score.cappedBy())) {
            ctx.add(Blocks.labelled(ctx.msg("capped"), reason, 4));
        }

        if (score.score() == null) {
            ctx.add(Blocks.paragraph(ctx.msg("dimension.notAssessed"), Style.BODY));
        } else if (level != null && level.description() != null) {
            Blocks.subheading(ctx, ctx.msg("dimension.levelMeaning"),
                    Blocks.paragraphHeight(ctx, ctx.text(level.title()) + ": " + ctx.text(level.description()), Style.BODY));
            ctx.add(Blocks.labelled(ctx.text(level.title()) + ":", ctx.text(level.description()), 6));
        }

        if (score.score() != null) {
            pulledDown(ctx, dimension);
        }
        recommendations(ctx, dimension);
    }

    /** The score, a bar and the level in one line. */
    private static PdfPTable status(ReportContext ctx, Result.DimensionScore score) {
        PdfPTable table = Blocks.table(ctx, 2.9f, 5f, 3.1f);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        boolean assessed = score.score() != null;
        Paragraph value = new Paragraph("", Style.BODY);
        value.add(new Chunk(ctx.score(score.score()), assessed ? Style.font(Style.BOLD, 20, Style.ACCENT) : Style.font(Style.ITALIC, 12, Style.MUTED)));
        if (assessed) {
            value.add(new Chunk("  " + ctx.msg("outOf100"), Style.SMALL));
        }
        PdfPCell v = Blocks.cell(new Phrase(value));
        v.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(v);
        PdfPCell bar = Blocks.cell("", Style.BODY);
        bar.setCellEvent(new ScoreBar(score.score()));
        bar.setPaddingRight(14);
        table.addCell(bar);
        PdfPCell level = Blocks.cell(assessed ? ctx.levelTitle(score.level()) : "", Style.font(Style.BOLD, 11, Style.TEXT));
        level.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(level);
        return table;
    }

    /** The counting questions, ranked by how many weighted points they are below their best answer. */
    private static void pulledDown(ReportContext ctx, Dimension dimension) throws DocumentException {
        Map<String, Double> scores = ctx.evaluation().questionScores();
        List<Question> ranked = dimension.questions().stream()
                .filter(q -> scores.containsKey(q.id()) && q.weight() * (100 - scores.get(q.id())) > 0)
                .sorted(Comparator.comparingDouble((Question q) -> q.weight() * (100 - scores.get(q.id()))).reversed())
                .limit(PULLED_DOWN)
                .toList();
        PdfPTable table = Blocks.table(ctx, 0.3f, 10);
        for (Question q : ranked) {
            PdfPCell bullet = Blocks.cell("•", Style.font(Style.BOLD, 10, Style.ACCENT));
            table.addCell(bullet);
            List<Element> parts = new ArrayList<>();
            parts.add(Blocks.inCell(ctx.text(q.text()), Style.BODY_BOLD, 1));
            parts.add(Blocks.labelled(ctx.msg("dimension.yourAnswer"), String.join(", ", ctx.answer(q)), 0));
            String better = ctx.betterAnswer(q);
            if (better != null) {
                parts.add(Blocks.inCell(better, Style.BODY_MUTED, 0));
            }
            PdfPCell body = Blocks.stack(parts);
            body.setPaddingBottom(8);
            table.addCell(body);
        }
        table.setKeepTogether(true);
        Blocks.subheading(ctx, ctx.msg("dimension.pulledDown"), ranked.isEmpty() ? 20 : Blocks.height(table));
        if (ranked.isEmpty()) {
            ctx.add(Blocks.paragraph(ctx.msg("dimension.pulledDownNone"), Style.BODY));
        } else {
            ctx.add(table);
        }
    }

    private static void recommendations(ReportContext ctx, Dimension dimension) throws DocumentException {
        List<Result.TriggeredRecommendation> mine = ctx.result().recommendations().stream()
                .filter(r -> r.dimension().equals(dimension.id()))
                .toList();
        List<PdfPTable> cards = new ArrayList<>();
        for (Result.TriggeredRecommendation r : mine) {
            cards.add(card(ctx, r));
        }
        Blocks.subheading(ctx, ctx.msg("dimension.recommendations"), cards.isEmpty() ? 20 : Blocks.height(cards.get(0)));
        if (cards.isEmpty()) {
            ctx.add(Blocks.paragraph(ctx.msg("dimension.recommendationsNone"), Style.BODY));
        }
        for (PdfPTable card : cards) {
            ctx.add(card);
        }
    }

    static PdfPTable card(ReportContext ctx, Result.TriggeredRecommendation r) {
        Recommendation rec = ctx.recommendation(r.id());
        List<Element> parts = new ArrayList<>();
        Chunk title = new Chunk(ctx.text(rec.title()), Style.H3);
        title.setGenericTag(recommendationTag(r.id()));
        title.setLocalDestination(recommendationTag(r.id()));
        Paragraph heading = new Paragraph(title);
        heading.setLeading(Style.H3.getSize() * 1.38f);
        parts.add(heading);
        parts.add(Blocks.inCell(ctx.recommendationMeta(r), Style.SMALL, 5));
        if (rec.firstStep() != null) {
            parts.add(Blocks.labelled(ctx.msg("rec.firstStep") + ":", ctx.text(rec.firstStep()), 3));
        }
        if (rec.text() != null) {
            parts.add(Blocks.labelled(ctx.msg("rec.next") + ":", ctx.text(rec.text()), 3));
        }
        if (rec.benefit() != null) {
            parts.add(Blocks.labelled(ctx.msg("rec.benefit") + ":", ctx.text(rec.benefit()), 3));
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
                Anchor anchor = new Anchor(linkTitle.isEmpty() ? link.url() : linkTitle, Style.LINK);
                anchor.setReference(link.url());
                links.add(anchor);
                links.add(new Chunk(" (" + link.url() + ")", Style.SMALL));
            }
            parts.add(links);
        }
        return Blocks.card(ctx, parts, Style.ACCENT);
    }
}
