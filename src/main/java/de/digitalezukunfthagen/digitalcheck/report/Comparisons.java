package de.digitalezukunfthagen.digitalcheck.report;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Progress;
import de.digitalezukunfthagen.digitalcheck.stats.Peers;
import java.time.LocalDate;

/**
 * What a report compares the firm with, each part optional (null): its earlier check ({@code earlier},
 * the questionnaire version that one was answered with, its date and the {@link Progress} since) and
 * similar firms ({@code peers}).
 */
public record Comparisons(Questionnaire earlier, LocalDate earlierDate, Progress progress, Peers peers) {
    public static final Comparisons NONE = new Comparisons(null, null, null, null);
}
