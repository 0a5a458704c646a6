package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.scoring.Answers;

/**
 * A workshop as stored. {@code profile} is the company profile the consultant answered;
 * {@code consensus} the answers the group agreed on so far; {@code revision} counts every change
 * by anyone, so the live view can tell whether it is up to date. {@code handedOverAt} is when the
 * consensus became the company's assessment (null: not yet); from then on the consensus is fixed.
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
        Long handedOverAt) {

    public boolean handedOver() {
        return handedOverAt != null;
    }
}
