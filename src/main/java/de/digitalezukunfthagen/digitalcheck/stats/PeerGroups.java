package de.digitalezukunfthagen.digitalcheck.stats;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link Peers} without reading the facts table on every result view: the scores of each comparison
 * group (questionnaire, industry, size band; and the broader groups it falls back to) are read once and
 * kept for {@link #LIFETIME}, measured with the injected clock. A firm's own assessment is taken out of
 * the kept group when it is asked for, so the figures are the same as {@link Peers#of} computes from the
 * table at the time the group was read (the K rule included).
 *
 * <p>Several app instances may share one database, so what another instance stores shows here after at
 * most the lifetime. What this instance stores shows at once: {@link #forget} drops every kept group, and
 * the assessments call it after each transaction that stores a complete check (or may have taken one out
 * of a group). A group read while such a transaction committed is used for that one view and not kept.
 */
public final class PeerGroups {
    /** How long a group read from the database is used before it is read again. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private final Database database;
    private final Clock clock;
    private final Duration lifetime;
    private final Map<Key, Group> groups = new ConcurrentHashMap<>();
    /** Counts the calls of {@link #forget}; a group read across one is not kept. */
    private final AtomicLong forgotten = new AtomicLong();

    public PeerGroups(Database database, Clock clock, Duration lifetime) {
        this.database = database;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    private record Key(String questionnaireId, String industry, String sizeBand) {
    }

    /**
     * The complete, non-test, latest checks of one group as read at {@code readAt}: their row ids in
     * ascending order, per score the tenths of each (-1 for none), and the histograms of all of them.
     */
    private record Group(Instant readAt, long[] ids, Map<String, int[]> scores, Aggregator.Tally tally) {
        int indexOf(long id) {
            return Arrays.binarySearch(ids, id);
        }
    }

    /** The comparison for a firm with {@code own} facts (stored as row {@code ownId}), or empty when no group has K firms. */
    public Optional<Peers> of(Facts own, long ownId) {
        for (Peers.Group g : Peers.groups(own)) {
            Group group = group(new Key(own.questionnaireId(), g.industry(), g.sizeBand()));
            int self = group.indexOf(ownId);
            int members = group.tally().members - (self >= 0 ? 1 : 0);
            if (members >= Aggregator.K) {
                return Optional.of(new Peers(g.scope(), g.industry(), g.sizeBand(), members,
                        Peers.spreads(own, item -> withoutSelf(group, item, self))));
            }
        }
        return Optional.empty();
    }

    /** Drops every kept group: the next view reads its group from the database again. */
    public void forget() {
        forgotten.incrementAndGet();
        groups.clear();
    }

    /** The histogram of {@code item} in {@code group} without the firm at index {@code self} (none when negative). */
    private static int[] withoutSelf(Group group, String item, int self) {
        int[] h = group.tally().histograms.get(item);
        if (h == null || self < 0) {
            return h;
        }
        int score = group.scores().get(item)[self];
        if (score < 0) {
            return h;
        }
        int[] copy = h.clone();
        copy[score]--;
        return copy;
    }

    private Group group(Key key) {
        Instant now = clock.instant();
        Group kept = groups.get(key);
        if (kept != null && !now.isBefore(kept.readAt()) && now.isBefore(kept.readAt().plus(lifetime))) {
            return kept;
        }
        long before = forgotten.get();
        Group read = database.read(conn -> read(conn, key, now));
        if (forgotten.get() == before) {
            groups.put(key, read);
        }
        return read;
    }

    private static Group read(java.sql.Connection conn, Key key, Instant now) throws java.sql.SQLException {
        Aggregator.Tally tally = new Aggregator.Tally();
        List<Long> ids = new ArrayList<>();
        List<Map<String, Integer>> scores = new ArrayList<>();
        FactsStore.streamWithIds(conn, new FactsStore.Filter(key.questionnaireId(), key.industry(), key.sizeBand(), null, null),
                (id, facts) -> {
                    tally.add(facts);
                    ids.add(id);
                    scores.add(facts.scores());
                });
        long[] idArray = new long[ids.size()];
        for (int i = 0; i < idArray.length; i++) {
            idArray[i] = ids.get(i);
        }
        Map<String, int[]> columns = new LinkedHashMap<>();
        for (String item : tally.histograms.keySet()) {
            int[] column = new int[idArray.length];
            for (int i = 0; i < column.length; i++) {
                Integer score = scores.get(i).get(item);
                column[i] = score == null ? -1 : score;
            }
            columns.put(item, column);
        }
        return new Group(now, idArray, columns, tally);
    }
}
