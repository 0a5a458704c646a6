package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.time.Instant;

/**
 * One stored assessment: which questionnaire version it was answered with (and that version's
 * fingerprint), the answers, the optional company name, where it came from ({@code online} or, e.g.,
 * {@code workshop}) and when it was created and last changed. The token is not part of it: only its
 * owner knows it.
 */
public record Assessment(
        String questionnaireId,
        int version,
        String fingerprint,
        Answers answers,
        String company,
        String origin,
        Instant createdAt,
        Instant updatedAt) {
}
