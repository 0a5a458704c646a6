package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.time.LocalDate;

/**
 * A {@code review_by} date of a recommendation or a contact, with where it is written, so that
 * {@code validate} can say which facts are due to be checked again.
 */
public record ReviewDate(String file, Pos pos, String what, LocalDate reviewBy) {

    /** Whether the date has passed on {@code today} (the review day itself is not yet overdue). */
    public boolean passed(LocalDate today) {
        return reviewBy.isBefore(today);
    }

    /** The reminder, in the line format of every problem. */
    public Problem problem() {
        return new Problem(file, pos.line(), pos.column(), "review_by " + reviewBy + " of " + what
                + " has passed; check its facts, then set as_of to today and a new review_by");
    }
}
