package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.common.Hagen;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;

/**
 * One person in a workshop; {@code answers} are theirs alone (the dimensions, never the profile).
 * {@code reentryCode} lets them back in on another phone; {@code removedAt} is set while the
 * consultant has taken them off the list (their answers count nowhere then, but stay for a restore);
 * {@code seenAt} is their last request.
 */
record Participant(
        long id,
        long workshopId,
        int number,
        String name,
        Role role,
        Answers answers,
        long joinedAt,
        long updatedAt,
        Long finishedAt,
        String reentryCode,
        Long removedAt,
        Long seenAt) {

    public boolean finished() {
        return finishedAt != null;
    }

    public boolean removed() {
        return removedAt != null;
    }

    /** When they last did anything: their last request, or else their last save. */
    public long lastActive() {
        return seenAt == null ? updatedAt : Math.max(seenAt, updatedAt);
    }

    /** {@link #lastActive()} as the clock in the room shows it, e.g. 09:42. */
    public String lastActiveTime() {
        return clockTime(lastActive());
    }

    /** A day as the list of workshops shows it: 2026-12-02. */
    static String clockDate(long millis) {
        return java.time.Instant.ofEpochMilli(millis).atZone(Hagen.ZONE).toLocalDate().toString();
    }

    static String clockTime(long millis) {
        return java.time.Instant.ofEpochMilli(millis).atZone(Hagen.ZONE).toLocalTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
    }
}
