package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.report.WorkshopSpread;
import java.math.BigDecimal;

/** The spread as the report's page needs it: every dimension, and the questions with the most disagreement. */
final class ReportSpread {
    static final int QUESTIONS = 5;

    private ReportSpread() {
    }

    static WorkshopSpread of(Spread spread) {
        return new WorkshopSpread(
                spread.joined(),
                spread.dimensions().stream()
                        .map(d -> new WorkshopSpread.Range(d.id(), d.n(), d.mean(), d.min(), d.max())).toList(),
                spread.questions().stream()
                        .filter(ReportSpread::disagreed)
                        .limit(QUESTIONS)
                        .map(q -> new WorkshopSpread.Disagreement(q.id(), q.answered(), q.deviation(), q.dissent(),
                                q.options().stream().map(o -> new WorkshopSpread.Count(o.id(), o.count())).toList(),
                                q.numbers() == null ? null : q.numbers().min(),
                                q.numbers() == null ? null : q.numbers().median(),
                                q.numbers() == null ? null : q.numbers().max()))
                        .toList());
    }

    /** Any disagreement at all: a deviation above 0, or someone not giving the most common answer. */
    static boolean disagreed(Spread.QuestionSpread q) {
        return (q.deviation() != null && q.deviation().compareTo(BigDecimal.ZERO) > 0) || (q.dissent() != null && q.dissent() > 0);
    }
}
