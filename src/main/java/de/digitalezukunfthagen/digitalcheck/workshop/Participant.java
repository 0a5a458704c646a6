package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.scoring.Answers;

/** One person in a workshop; {@code answers} are theirs alone (the dimensions, never the profile). */
record Participant(
        long id,
        long workshopId,
        int number,
        String name,
        Role role,
        Answers answers,
        long joinedAt,
        long updatedAt,
        Long finishedAt) {

    public boolean finished() {
        return finishedAt != null;
    }
}
