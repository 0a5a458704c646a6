package de.digitalezukunfthagen.digitalcheck.report;

import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.util.List;

/** The ids of the 90-day plan of a report's answers, in the engine's order. */
final class ReportPlan {
    private ReportPlan() {
    }

    static List<String> of(ReportInput input) {
        Result result = Scorer.score(input.questionnaire(), input.contacts(), input.answers());
        // the contract's rule, written out here independently of the report's code
        List<String> plan = new java.util.ArrayList<>();
        java.util.Map<String, Integer> perDimension = new java.util.HashMap<>();
        for (Result.TriggeredRecommendation r : result.recommendations()) {
            if (plan.size() < 7 && !r.horizon().equals("year") && perDimension.merge(r.dimension(), 1, Integer::sum) <= 2) {
                plan.add(r.id());
            }
        }
        return plan;
    }
}
