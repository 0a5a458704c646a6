package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every questionnaire version the app has served. At start-up the loaded questionnaires are recorded
 * as snapshots (their YAML text); an assessment answered with an older version is opened and scored
 * with that snapshot, parsed once and then cached. A file whose content changed without a new version
 * stops the start with a {@link QuestionnaireVersionConflictException}.
 *
 * <p>Contacts are not versioned: an old assessment is matched with today's directory, whose addresses
 * and people are the ones that are still right.
 */
public final class QuestionnaireVersions {
    private final Catalog catalog;
    private final Database database;
    private final ConcurrentMap<String, Questionnaire> snapshots = new ConcurrentHashMap<>();

    private QuestionnaireVersions(Catalog catalog, Database database) {
        this.catalog = catalog;
        this.database = database;
    }

    /**
     * Records a snapshot of every questionnaire in {@code catalog} that the database does not have yet,
     * in one transaction, and checks the others.
     *
     * @throws QuestionnaireVersionConflictException when a file changed its content but not its version
     */
    public static QuestionnaireVersions record(Catalog catalog, Database database, Clock clock) {
        List<Snapshot> loaded = new ArrayList<>();
        for (Questionnaire q : catalog.questionnaires()) {
            loaded.add(new Snapshot(q, catalog.text(q.id())));
        }
        database.transaction(conn -> {
            List<QuestionnaireVersionConflictException.Conflict> found = new ArrayList<>();
            String now = clock.instant().toString();
            for (Snapshot s : loaded) {
                Questionnaire q = s.questionnaire();
                String storedFingerprint = null;
                int highest = 0;
                try (PreparedStatement select = conn.prepareStatement("""
                        SELECT version, fingerprint FROM questionnaire_snapshot WHERE questionnaire_id = ?
                        """)) {
                    select.setString(1, q.id());
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            highest = Math.max(highest, rs.getInt(1));
                            if (rs.getInt(1) == q.version()) {
                                storedFingerprint = rs.getString(2);
                            }
                        }
                    }
                }
                if (storedFingerprint == null) {
                    try (PreparedStatement insert = conn.prepareStatement("""
                            INSERT INTO questionnaire_snapshot (questionnaire_id, version, fingerprint, source_yaml, first_served_at)
                            VALUES (?, ?, ?, ?, ?)
                            """)) {
                        insert.setString(1, q.id());
                        insert.setInt(2, q.version());
                        insert.setString(3, q.fingerprint());
                        insert.setString(4, s.yaml());
                        insert.setString(5, now);
                        insert.executeUpdate();
                    }
                } else if (!storedFingerprint.equals(q.fingerprint())) {
                    found.add(new QuestionnaireVersionConflictException.Conflict(q.source(), q.id(), q.version(),
                            Math.max(highest, q.version()) + 1));
                }
            }
            if (!found.isEmpty()) {
                // the transaction is rolled back: a refused start stores nothing
                throw new QuestionnaireVersionConflictException(found);
            }
            return null;
        });
        return new QuestionnaireVersions(catalog, database);
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The questionnaires that new assessments use, sorted by id. */
    public List<Questionnaire> current() {
        return catalog.questionnaires();
    }

    public Optional<Questionnaire> current(String id) {
        return catalog.find(id);
    }

    /** Today's contacts directory, used with every version. */
    public List<Contact> contacts() {
        return catalog.contacts();
    }

    /** The questionnaire {@code id} in {@code version}: the loaded one, else the stored snapshot. */
    public Optional<Questionnaire> find(String id, int version) {
        Optional<Questionnaire> current = catalog.find(id).filter(q -> q.version() == version);
        if (current.isPresent()) {
            return current;
        }
        String key = id + "@" + version;
        Questionnaire cached = snapshots.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Questionnaire> parsed = database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement("""
                    SELECT source_yaml FROM questionnaire_snapshot WHERE questionnaire_id = ? AND version = ?
                    """)) {
                select.setString(1, id);
                select.setInt(2, version);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        }).map(yaml -> parseSnapshot(id, version, yaml));
        parsed.ifPresent(q -> snapshots.putIfAbsent(key, q));
        return parsed;
    }

    /** A stored snapshot parsed again; the snapshot was valid when it was stored. */
    public static Questionnaire parseSnapshot(String id, int version, String yaml) {
        QuestionnaireLoader.FromText parsed = QuestionnaireLoader.parse(id + ".yaml", yaml);
        if (!parsed.valid()) {
            throw new IllegalStateException("the stored copy of questionnaire '" + id + "' version " + version
                    + " cannot be read any more: " + parsed.problems());
        }
        return parsed.questionnaire();
    }

    private record Snapshot(Questionnaire questionnaire, String yaml) {
    }
}
