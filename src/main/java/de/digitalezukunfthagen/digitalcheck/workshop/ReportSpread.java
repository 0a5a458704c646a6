package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.report.WorkshopSpread;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workshop as the report's page needs it: who took part by role, every dimension, the questions
 * with the most disagreement, and the action plan agreed in the room, worded in both languages (the
 * company's report is written in whichever its reader picks).
 */
final class ReportSpread {
    static final int QUESTIONS = 5;

    private ReportSpread() {
    }

    static WorkshopSpread of(Spread spread, List<Discussion.Action> plan, Messages messages) {
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
                        .toList(),
                spread.byRole().stream()
                        .map(r -> new WorkshopSpread.RoleCount(text(messages, r.role() == null ? "workshop.role.none" : r.role().key()),
                                r.people()))
                        .toList(),
                plan.stream().map(a -> new WorkshopSpread.PlannedStep(a.step(), a.owner(), a.due())).toList(),
                new WorkshopSpread.Labels(text(messages, "workshop.report.roles"), text(messages, "workshop.plan.title"),
                        text(messages, "workshop.plan.step"), text(messages, "workshop.plan.owner"),
                        text(messages, "workshop.plan.due")));
    }

    /** A text of the workshop's bundle in every language. */
    private static Text text(Messages messages, String key) {
        Map<String, String> values = new LinkedHashMap<>();
        Arrays.stream(Language.values()).forEach(l -> values.put(l.code(), messages.get(l, key)));
        return new Text(values, Language.DE.code());
    }

    /** Any disagreement at all: a deviation above 0, or someone not giving the most common answer. */
    static boolean disagreed(Spread.QuestionSpread q) {
        return (q.deviation() != null && q.deviation().compareTo(BigDecimal.ZERO) > 0) || (q.dissent() != null && q.dissent() > 0);
    }
}
