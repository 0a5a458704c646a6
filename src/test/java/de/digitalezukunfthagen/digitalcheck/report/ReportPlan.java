package de.digitalezukunfthagen.digitalcheck.report;

import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.util.List;

/** The ids of the 90-day plan of a report's answers, as the engine gives them. */
final class ReportPlan {
    private ReportPlan() {
    }

    static List<String> of(ReportInput input) {
        return Scorer.score(input.questionnaire(), input.contacts(), input.answers()).plan();
    }
}
