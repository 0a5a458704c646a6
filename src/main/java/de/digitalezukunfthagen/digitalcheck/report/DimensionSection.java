package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The appendix begins here: the triggered recommendations that are not in the plan, grouped by
 * dimension in the questionnaire's order and in the engine's order within each. The short report
 * shows each with its first step (or, when the page budget is tight, its title only); the long one
 * shows them in full and, per dimension, the answers that pulled the score down most.
 */
final class DimensionSection implements Section {
    static final String TAG = "appendix";
    static final int PULLED_DOWN = 3;
    /** When the budget is tightest, at most this many further recommendations are named. */
    static final int TIGHTEST = 12;

    /** The tag of a recommendation's title, where it is explained. */
    static String recommendationTag(String recommendationId) {
        return "recommendation-" + recommendationId;
    }

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.tagging().part();
        if (!continuesOnThisPage(ctx)) {
            ctx.document().newPage();
        }
        List<Result.TriggeredRecommendation> others = ctx.others();
        Blocks.heading(ctx, TAG, ctx.msg("appendix.title"), 60);
        ctx.add(Blocks.paragraph(ctx.msg(ctx.full() ? "appendix.introFull" : "appendix.intro"), Style.BODY_MUTED));
        Blocks.subheading(ctx, ctx.msg("appendix.others"), 40);
        if (others.isEmpty() && !ctx.full()) {
            ctx.add(Blocks.paragraph(ctx.msg("appendix.othersNone"), Style.BODY));
            return;
        }
        if (ctx.full()) {
            for (Dimension dimension : ctx.questionnaire().dimensions()) {
                List<Result.TriggeredRecommendation> mine = others.stream().filter(r -> r.dimension().equals(dimension.id())).toList();
                group(ctx, dimension, ctx.result().dimension(dimension.id()), mine);
            }
            return;
        }
        Map<String, List<PdfPTable>> groups = groups(ctx, ctx.squeeze());
        int named = 0;
        for (Map.Entry<String, List<PdfPTable>> group : groups.entrySet()) {
            List<PdfPTable> rows = group.getValue();
            named += rows.size();
            Result.DimensionScore score = ctx.result().dimension(group.getKey());
            Blocks.minorHeading(ctx, ctx.dimensionTitle(score.id()) + "  " + ctx.score(score.score()), Blocks.height(rows.get(0)));
            for (PdfPTable row : rows) {
                ctx.add(row);
            }
        }
        if (named < others.size()) {
            ctx.add(Blocks.paragraph(ctx.msg("appendix.othersMore", String.valueOf(others.size() - named)), Style.BODY_MUTED));
        }
    }

    /**
     * Whether the appendix begins on the page the main part ends on: only when more than half of it
     * is still empty (a short report would otherwise carry a page with a few lines on it).
     */
    static boolean continuesOnThisPage(ReportContext ctx) {
        return !ctx.full() && ctx.remaining() > ctx.pageHeight() / 2;
    }

    @Override
    public float height(ReportContext ctx, int squeeze) {
        return height(ctx, squeeze, Float.MAX_VALUE);
    }

    /** Lays out the rows one by one and stops once they are higher than {@code room}. */
    @Override
    public float height(ReportContext ctx, int squeeze, float room) {
        float height = Blocks.HEADING_HEIGHT + Blocks.paragraphHeight(ctx, ctx.msg("appendix.intro"), Style.BODY_MUTED)
                + Blocks.SUBHEADING_HEIGHT;
        for (List<Row> rows : rows(ctx, squeeze).values()) {
            height += Blocks.MINOR_HEADING_HEIGHT;
            for (Row made : rows) {
                height += ctx.rowHeight(made.kind(), made.recommendation(), () -> {
                    PdfPTable row = made.table().get();
                    return Blocks.height(row) + row.spacingAfter();
                });
                if (height > room) {
                    return height;
                }
            }
        }
        return height;
    }

    /**
     * The short report's further recommendations by dimension, in the questionnaire's order: a card
     * with the first step each, or at squeeze 1 and 2 one line each (at 2 at most {@link #TIGHTEST}).
     */
    private static Map<String, List<PdfPTable>> groups(ReportContext ctx, int squeeze) {
        Map<String, List<PdfPTable>> groups = new LinkedHashMap<>();
        rows(ctx, squeeze).forEach((dimension, rows) -> groups.put(dimension, rows.stream().map(r -> r.table().get()).toList()));
        return groups;
    }

    /** One row of the short report's appendix: which recommendation, in which form, made when first asked for. */
    private record Row(Result.TriggeredRecommendation recommendation, String kind, Supplier<PdfPTable> table) {
    }

    /** The rows of {@link #groups} by dimension id, each made (once per report) when it is first asked for. */
    private static Map<String, List<Row>> rows(ReportContext ctx, int squeeze) {
        List<Result.TriggeredRecommendation> others = ctx.others();
        int limit = squeeze >= 2 ? TIGHTEST : Integer.MAX_VALUE;
        int named = 0;
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (Dimension dimension : ctx.questionnaire().dimensions()) {
            List<Result.TriggeredRecommendation> mine = others.stream().filter(r -> r.dimension().equals(dimension.id())).toList();
            if (mine.isEmpty() || named >= limit) {
                continue;
            }
            List<Result.TriggeredRecommendation> shown = mine.subList(0, Math.min(mine.size(), limit - named));
            named += shown.size();
            String kind = squeeze == 0 ? "compact" : "line";
            rows.put(dimension.id(), shown.stream()
                    .map(r -> new Row(r, kind, () -> ctx.once(kind + ":" + r.id(),
                            () -> squeeze == 0 ? compact(ctx, r) : line(ctx, r))))
                    .toList());
        }
        return rows;
    }

    /** The long report: a dimension's status, what pulls it down, and its further recommendations in full. */
    private static void group(ReportContext ctx, Dimension dimension, Result.DimensionScore score, List<Result.TriggeredRecommendation> mine)
            throws DocumentException {
        List<PdfPTable> cards = new ArrayList<>();
        for (Result.TriggeredRecommendation r : mine) {
            cards.add(card(ctx, r));
        }
        String status = ctx.score(score.score()) + (score.score() == null ? "" : " " + ctx.msg("outOf100") + " · " + ctx.levelTitle(score.level()));
        Blocks.minorHeading(ctx, ctx.dimensionTitle(dimension.id()) + "  " + status, cards.isEmpty() ? 60 : Blocks.height(cards.get(0)));
        if (score.score() != null) {
            pulledDown(ctx, dimension);
        }
        for (PdfPTable card : cards) {
            ctx.add(card);
        }
    }

    /** Title, area and first step of a recommendation. */
    private static PdfPTable compact(ReportContext ctx, Result.TriggeredRecommendation r) {
        Recommendation rec = ctx.recommendation(r.id());
        List<Element> parts = new ArrayList<>();
        parts.add(title(ctx, r, Style.BODY_BOLD));
        parts.add(Blocks.inCell(ctx.recommendationMeta(r), Style.SMALL, 2));
        if (rec.firstStep() != null) {
            String first = ctx.text(rec.firstStep());
            parts.add(Blocks.labelled(ctx.firstStepLabel(first), first, 0));
        }
        PdfPTable card = Blocks.card(ctx, parts, Style.ACCENT_SOFT);
        card.setSpacingAfter(7);
        return card;
    }

    /** Only the title and when, one line. */
    private static PdfPTable line(ReportContext ctx, Result.TriggeredRecommendation r) {
        PdfPTable table = Blocks.table(ctx, 7.5f, 2.5f);
        PdfPCell title = Blocks.cell(new com.lowagie.text.Phrase(title(ctx, r, Style.BODY)));
        title.setPaddingTop(1);
        title.setPaddingBottom(2);
        table.addCell(title);
        PdfPCell meta = Blocks.cell(ctx.horizon(r.horizon()), Style.SMALL);
        meta.setPaddingTop(2);
        meta.setPaddingBottom(2);
        table.addCell(meta);
        return table;
    }

    private static Paragraph title(ReportContext ctx, Result.TriggeredRecommendation r, com.lowagie.text.Font font) {
        Chunk title = new Chunk(ctx.text(ctx.recommendation(r.id()).title()), font);
        title.setLocalDestination(recommendationTag(r.id()));
        Paragraph heading = new Paragraph(title);
        heading.setLeading(font.getSize() * 1.35f);
        return heading;
    }

    /** A recommendation in full: title, when, first step, what follows, why, links. */
    static PdfPTable card(ReportContext ctx, Result.TriggeredRecommendation r) {
        Recommendation rec = ctx.recommendation(r.id());
        List<Element> parts = new ArrayList<>();
        parts.add(title(ctx, r, Style.H3));
        parts.add(Blocks.inCell(ctx.recommendationMeta(r), Style.SMALL, 4));
        if (rec.firstStep() != null) {
            String first = ctx.text(rec.firstStep());
            parts.add(Blocks.labelled(ctx.firstStepLabel(first), first, 3));
        }
        PlanSection.details(ctx, rec, parts);
        return Blocks.card(ctx, parts, Style.ACCENT);
    }

    /** The counting questions, ranked by how many weighted points they are below their best answer. */
    private static void pulledDown(ReportContext ctx, Dimension dimension) throws DocumentException {
        Map<String, Double> scores = ctx.evaluation().questionScores();
        List<Question> ranked = dimension.questions().stream()
                .filter(q -> scores.containsKey(q.id()) && q.weight() * (100 - scores.get(q.id())) > 0)
                .sorted(Comparator.comparingDouble((Question q) -> q.weight() * (100 - scores.get(q.id()))).reversed())
                .limit(PULLED_DOWN)
                .toList();
        if (ranked.isEmpty()) {
            return;
        }
        PdfPTable table = Blocks.table(ctx, 0.3f, 10);
        for (Question q : ranked) {
            table.addCell(Blocks.cell("•", Style.font(Style.BOLD, 10, Style.ACCENT)));
            List<Element> parts = new ArrayList<>();
            parts.add(Blocks.inCell(ctx.text(q.text()), Style.BODY_BOLD, 1));
            parts.add(Blocks.labelled(ctx.msg("dimension.yourAnswer"), String.join(", ", ctx.answer(q)), 0));
            String better = ctx.betterAnswer(q);
            if (better != null) {
                parts.add(Blocks.inCell(better, Style.BODY_MUTED, 0));
            }
            PdfPCell body = Blocks.stack(parts);
            body.setPaddingBottom(6);
            table.addCell(body);
        }
        table.setKeepTogether(true);
        ctx.add(Blocks.paragraph(ctx.msg("dimension.pulledDown"), Style.SMALL_BOLD));
        ctx.add(table);
    }
}
