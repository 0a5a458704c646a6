package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.sql.PreparedStatement;
import java.util.Optional;

/**
 * What the other surfaces (a consultant's assisted checks and workshops) need of the link between a
 * firm's checks, beside the online "repeat the check" ({@link FollowUp}): start a follow-up of a check,
 * link an existing check to an earlier one of the same firm, and mark a check as a test or
 * demonstration, which keeps it out of every comparison and count. Whoever calls these has checked
 * that the caller may touch both checks; this class checks only what the checks themselves allow.
 */
public final class FollowUps {
    private final Assessments assessments;
    private final Database database;

    public FollowUps(Assessments assessments) {
        this.assessments = assessments;
        this.database = assessments.database();
    }

    /**
     * A new check of the current version of {@code token}'s questionnaire, linked to it and holding its
     * answers wherever they still fit ({@link CarryOver}), made by {@code origin}; a test stays a test.
     * Empty when the token opens nothing.
     */
    public Optional<Assessments.Created> repeat(String token, String origin) {
        Assessments.Opened opened = assessments.open(token).orElse(null);
        if (opened == null) {
            return Optional.empty();
        }
        Questionnaire target = assessments.versions().current(opened.questionnaire().id()).orElse(opened.questionnaire());
        Answers carried = CarryOver.answers(opened.evaluate(), opened.answers(), opened.questionnaire(), target);
        return Optional.of(assessments.create(target, carried, opened.assessment().company(), origin, token, isTest(token)));
    }

    /** What became of a request to link a check to an earlier one. */
    public enum Linked {
        /** linked (or the link removed) */
        DONE,
        /** one of the two checks does not exist (any more) */
        UNKNOWN,
        /** the earlier check is of another questionnaire, so nothing could be compared */
        OTHER_QUESTIONNAIRE,
        /** the "earlier" check is this one or was started after it */
        NOT_EARLIER
    }

    /**
     * Links {@code token}'s check to {@code earlierToken}'s, which must be of the same questionnaire (any
     * version) and started before it; a null {@code earlierToken} removes the link. Its result page,
     * report and API then show the change since the earlier check, as a repeated check does.
     */
    public Linked link(String token, String earlierToken) {
        if (!Token.wellFormed(token) || earlierToken != null && !Token.wellFormed(earlierToken)) {
            return Linked.UNKNOWN;
        }
        return database.transaction(conn -> {
            AssessmentStore.Row row = AssessmentStore.find(conn, Token.hash(token)).orElse(null);
            if (row == null) {
                return Linked.UNKNOWN;
            }
            Long earlierId = null;
            if (earlierToken != null) {
                AssessmentStore.Row earlier = AssessmentStore.find(conn, Token.hash(earlierToken)).orElse(null);
                if (earlier == null) {
                    return Linked.UNKNOWN;
                }
                if (!earlier.questionnaireId().equals(row.questionnaireId())) {
                    return Linked.OTHER_QUESTIONNAIRE;
                }
                // strictly earlier: so links never go round in a circle
                if (earlier.id().equals(row.id()) || !earlier.createdAt().isBefore(row.createdAt())) {
                    return Linked.NOT_EARLIER;
                }
                earlierId = earlier.id();
            }
            try (PreparedStatement update = conn.prepareStatement("UPDATE assessment SET previous_id = ? WHERE id = ?")) {
                update.setObject(1, earlierId);
                update.setLong(2, row.id());
                update.executeUpdate();
            }
            return Linked.DONE;
        });
    }

    /**
     * Marks {@code token}'s check as a test or demonstration ({@code test}) or as a real check again, in
     * the check and in its facts at once; false when the token opens nothing.
     */
    public boolean markTest(String token, boolean test) {
        if (!Token.wellFormed(token)) {
            return false;
        }
        String hash = Token.hash(token);
        boolean marked = database.transaction(conn -> {
            int changed;
            try (PreparedStatement update = conn.prepareStatement("UPDATE assessment SET test = ? WHERE token_sha256 = ?")) {
                update.setInt(1, test ? 1 : 0);
                update.setString(2, hash);
                changed = update.executeUpdate();
            }
            try (PreparedStatement facts = conn.prepareStatement("""
                    UPDATE assessment_facts SET test = ?
                    WHERE assessment_id IN (SELECT id FROM assessment WHERE token_sha256 = ?)""")) {
                facts.setInt(1, test ? 1 : 0);
                facts.setString(2, hash);
                facts.executeUpdate();
            }
            return changed == 1;
        });
        // a test leaves the peer comparison at once, a real check joins it again
        assessments.peerGroupsChanged();
        return marked;
    }

    /** Whether {@code token}'s check is marked as a test or demonstration (false when it does not exist). */
    public boolean isTest(String token) {
        if (!Token.wellFormed(token)) {
            return false;
        }
        return database.read(conn -> AssessmentStore.find(conn, Token.hash(token)).map(AssessmentStore.Row::test).orElse(false));
    }
}
