package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.scoring.Answers;

/**
 * A workshop as stored. {@code profile} is the company profile the consultant answered;
 * {@code consensus} the answers the group agreed on so far; {@code revision} counts every change
 * by anyone, so the live view can tell whether it is up to date. {@code handedOverAt} is when the
 * consensus became the company's assessment (null: not yet); from then on the consensus is fixed.
 * {@code handoverToken} is that assessment's token, kept for the owning consultant's hand-over page
 * (null before, and after the company deleted its assessment).
 */
record Workshop(
        long id,
        String publicId,
        long consultantId,
        String company,
        String questionnaireId,
        int version,
        String joinCode,
        boolean joiningOpen,
        boolean showGroup,
        Answers profile,
        Answers consensus,
        long createdAt,
        long revision,
        Long handedOverAt,
        String handoverToken) {

    public boolean handedOver() {
        return handedOverAt != null;
    }

    /** The day it was created, e.g. 2026-12-02. */
    public String date() {
        return Participant.clockDate(createdAt);
    }

    /** Where the workshop stands, for the consultant's list: open, in consensus, or handed over. */
    public String status() {
        return handedOver() ? "handedOver" : consensus().values().isEmpty() ? "open" : "consensus";
    }
}
