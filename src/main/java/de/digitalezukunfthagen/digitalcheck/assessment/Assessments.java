package de.digitalezukunfthagen.digitalcheck.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.common.Names;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.db.UnreadableRecordException;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.stats.Facts;
import de.digitalezukunfthagen.digitalcheck.stats.FactsStore;
import de.digitalezukunfthagen.digitalcheck.stats.PeerGroups;
import de.digitalezukunfthagen.digitalcheck.stats.Peers;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Creates, opens, changes and deletes assessments: the one entry point for every feature that stores
 * answers (the online check, the API, the workshop mode, the PDF report). Each change is one
 * transaction. An assessment is always opened with the questionnaire version it was answered with.
 *
 * <pre>
 * Assessments.Created created = assessments.create(questionnaire, answers, "Tischlerei Muster", "workshop");
 * String link = "/a/" + created.token();
 * Assessments.Opened opened = assessments.open(token).orElseThrow();
 * Result result = opened.result();
 * </pre>
 */
public final class Assessments {
    public static final int MAX_COMPANY_LENGTH = 120;
    public static final String ORIGIN_ONLINE = "online";
    private static final Pattern ORIGIN = Pattern.compile("[a-z][a-z0-9-]{0,19}");

    private final Database database;
    private final QuestionnaireVersions versions;
    private final Clock clock;

    private record Key(String questionnaireId, int version) {
    }

    private final ScoredAnswers scored;
    private final PeerGroups peerGroups;

    public Assessments(Database database, QuestionnaireVersions versions, Clock clock) {
        this(database, versions, clock, ScoredAnswers.DEFAULT_CAPACITY);
    }

    /** With room for the scored answers of {@code scoredCapacity} assessments in memory. */
    Assessments(Database database, QuestionnaireVersions versions, Clock clock, int scoredCapacity) {
        this.database = database;
        this.versions = versions;
        this.clock = clock;
        this.scored = new ScoredAnswers(scoredCapacity);
        this.peerGroups = new PeerGroups(database, clock, PeerGroups.LIFETIME);
    }

    public QuestionnaireVersions versions() {
        return versions;
    }

    /** The database the assessments are stored in, for {@link FollowUps}. */
    Database database() {
        return database;
    }

    /** After a check joined or left the peer groups other than by a save here (e.g. marked as a test). */
    void peerGroupsChanged() {
        peerGroups.forget();
    }

    /** A new assessment and its token, which is shown once to its owner and never stored. */
    public record Created(String token, Opened opened) {
    }

    /**
     * An assessment opened by its token, with the questionnaire version it is answered with and the
     * evaluation of its answers (computed once per stored answers, see {@link ScoredAnswers}).
     */
    public record Opened(String token, Assessment assessment, Questionnaire questionnaire, List<Contact> contacts,
            Evaluation evaluation, Long rowId, Long previousRowId) {
        public Answers answers() {
            return assessment.answers();
        }

        public Evaluation evaluate() {
            return evaluation;
        }

        public Result result() {
            return evaluation.result();
        }

        /**
         * The assessment as the API shows it, in this order: {@code questionnaire} (id, version, title),
         * {@code answers} in the contract's answers format, {@code result}, {@code company},
         * {@code createdAt}, {@code updatedAt}. A new map each time, for the caller to add to.
         */
        public Map<String, Object> describe() {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("id", questionnaire.id());
            ref.put("version", questionnaire.version());
            ref.put("title", questionnaire.title().in(questionnaire.language()));
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("questionnaire", ref);
            described.put("answers", AnswersJson.toJson(assessment.answers()));
            described.put("result", result());
            described.put("company", assessment.company());
            described.put("createdAt", assessment.createdAt().toString());
            described.put("updatedAt", assessment.updatedAt().toString());
            return described;
        }
    }

    /** Starts an assessment of the online check; see {@link #create(Questionnaire, Answers, String, String)}. */
    public Created create(Questionnaire questionnaire, Answers answers, String company) {
        return create(questionnaire, answers, company, ORIGIN_ONLINE);
    }

    /**
     * Stores a new assessment of {@code questionnaire} (a loaded questionnaire, usually the current
     * version) with {@code answers} (already checked, e.g. by {@link AnswerParser}) and an optional
     * company name; {@code origin} says which feature made it ({@code online}, {@code workshop}).
     *
     * @throws IllegalArgumentException for a company name longer than {@value #MAX_COMPANY_LENGTH}
     *     characters, a malformed origin, or a questionnaire version the app has not recorded
     */
    public Created create(Questionnaire questionnaire, Answers answers, String company, String origin) {
        return create(questionnaire, answers, company, origin, null, false);
    }

    /**
     * Like {@link #create(Questionnaire, Answers, String, String)}, linked to an earlier assessment of the
     * same firm ({@code previousToken}, null for none: a repeated check compares itself with it) and
     * marked as a test or demonstration ({@code test}: kept out of every comparison and count).
     */
    public Created create(Questionnaire questionnaire, Answers answers, String company, String origin, String previousToken,
            boolean test) {
        String name = company(company);
        if (origin == null || !ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException("origin must be a short lowercase word such as online or workshop");
        }
        if (versions.find(questionnaire.id(), questionnaire.version()).isEmpty()) {
            throw new IllegalArgumentException("questionnaire '" + questionnaire.id() + "' version " + questionnaire.version()
                    + " is not one the app has recorded");
        }
        String token = Token.generate();
        String hash = Token.hash(token);
        Instant now = now();
        Answers stored = AnswersJson.asStored(answers);
        AssessmentStore.Row row = database.transaction(conn -> {
            Long previousId = null;
            if (previousToken != null && Token.wellFormed(previousToken)) {
                previousId = AssessmentStore.find(conn, Token.hash(previousToken)).map(AssessmentStore.Row::id).orElse(null);
            }
            AssessmentStore.Row inserted = AssessmentStore.insert(conn, hash, new AssessmentStore.Row(questionnaire.id(),
                    questionnaire.version(), questionnaire.fingerprint(), write(AnswersJson.toJson(stored)), name, origin, now,
                    now, test, previousId, null));
            saveFacts(conn, hash, inserted, questionnaire, stored);
            return inserted;
        });
        peerGroups.forget();
        return new Created(token, opened(token, hash, row, questionnaire, stored));
    }

    /** The assessment behind {@code token}, or empty for a malformed, unknown or deleted token. */
    public Optional<Opened> open(String token) {
        if (!Token.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = Token.hash(token);
        return database.read(conn -> AssessmentStore.find(conn, hash))
                .map(row -> opened(token, hash, row, questionnaireOf(row), null));
    }

    /**
     * The questionnaire version an assessment is answered with, without reading its answers (to check
     * changes before {@link #saveAnswers}); empty for a malformed, unknown or deleted token.
     */
    public Optional<Questionnaire> questionnaireOf(String token) {
        if (!Token.wellFormed(token)) {
            return Optional.empty();
        }
        return questionnaireOfHash(Token.hash(token));
    }

    private Optional<Questionnaire> questionnaireOfHash(String hash) {
        // asked of the database every time, not remembered: another instance may have deleted it
        Key key = database.read(conn -> {
            try (java.sql.PreparedStatement select = conn.prepareStatement("""
                    SELECT questionnaire_id, questionnaire_version FROM assessment WHERE token_sha256 = ?
                    """)) {
                select.setString(1, hash);
                try (java.sql.ResultSet rs = select.executeQuery()) {
                    return rs.next() ? new Key(rs.getString(1), rs.getInt(2)) : null;
                }
            }
        });
        return key == null ? Optional.empty() : versions.find(key.questionnaireId(), key.version());
    }

    /**
     * Merges {@code changes} into the stored answers (a null value removes an answer), in one
     * transaction; returns the assessment as stored afterwards, or empty when the token is unknown.
     * The changes must have been checked against the assessment's own questionnaire version.
     */
    public Optional<Opened> saveAnswers(String token, Map<String, Answer> changes) {
        return update(token, changes, false, null, null);
    }

    /** Like {@link #saveAnswers}, and sets the company name (null or blank: none) in the same transaction. */
    public Optional<Opened> saveAnswersAndCompany(String token, Map<String, Answer> changes, String company) {
        return update(token, changes, true, company(company), null);
    }

    /** An assessment's row as read for a save, with the questionnaire version its changes are checked against. */
    record Stored(String token, AssessmentStore.Row row, Questionnaire questionnaire) {
    }

    /**
     * The row of {@code token} as it is now, for {@link #saveAnswers(Stored, Map)}; empty for a malformed,
     * unknown or deleted token and for a questionnaire version this app does not have.
     */
    Optional<Stored> stored(String token) {
        if (!Token.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = Token.hash(token);
        return database.read(conn -> AssessmentStore.find(conn, hash)).flatMap(row ->
                versions.find(row.questionnaireId(), row.version()).map(q -> new Stored(token, row, q)));
    }

    /**
     * Like {@link #saveAnswers(String, Map)}, scored first against the row as {@code stored} read it, so that
     * a save reads the row once; if it changed since, the save reads it again as any other does.
     */
    Optional<Opened> saveAnswers(Stored stored, Map<String, Answer> changes) {
        return update(stored.token(), changes, false, null, stored.row());
    }

    /** Removes the assessment and its answers completely; false when there was none. */
    public boolean delete(String token) {
        if (!Token.wellFormed(token)) {
            return false;
        }
        String hash = Token.hash(token);
        scored.remove(hash);
        boolean deleted = database.erasingTransaction(conn -> AssessmentStore.delete(conn, hash));
        peerGroups.forget();
        return deleted;
    }

    /** The company name as stored: trimmed, inner whitespace collapsed, control characters removed; null when empty. */
    public static String company(String company) {
        if (company == null) {
            return null;
        }
        String clean = company.replaceAll("[\\t\\r\\n]", " ").replaceAll("\\s+", " ").strip();
        if (Names.hasInvisibleCharacters(clean)) {
            throw new IllegalArgumentException("the company name contains invisible control characters (such as a "
                    + "right-to-left override); please type it again");
        }
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > MAX_COMPANY_LENGTH) {
            throw new IllegalArgumentException("the company name has more than " + MAX_COMPANY_LENGTH + " characters");
        }
        return clean;
    }

    /** {@code readBefore}: the row as the caller read it moments ago, used for the first attempt; null to read it here. */
    private Optional<Opened> update(String token, Map<String, Answer> changes, boolean setCompany, String company,
            AssessmentStore.Row readBefore) {
        if (!Token.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = Token.hash(token);
        Map<String, Answer> storedChanges = AnswersJson.asStored(changes);
        // Scored before the write lock is taken, which is then held only for the writes: they store only
        // if the row is still as it was read. Scoring inside the lock made fifty browsers queue behind one
        // evaluation each, and a thread descheduled while holding it stopped every save.
        Save save = null;
        for (int attempt = 0; attempt < OPTIMISTIC_ATTEMPTS && save == null; attempt++) {
            Optional<AssessmentStore.Row> found = attempt == 0 && readBefore != null ? Optional.of(readBefore)
                    : database.read(conn -> AssessmentStore.find(conn, hash));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            AssessmentStore.Row row = found.get();
            Save prepared = prepare(hash, row, storedChanges, setCompany, company, now());
            boolean stored = database.transaction(conn -> AssessmentStore.updateAnswersIfUnchanged(conn, hash,
                    prepared.saved().answersJson(), prepared.saved().updatedAt(), row) && store(conn, hash, prepared, setCompany));
            save = stored ? prepared : null;
        }
        if (save == null) {
            // changed by others between every read and write: decided inside the lock, which always succeeds
            Optional<Save> locked = database.transaction(conn -> {
                Optional<AssessmentStore.Row> found = AssessmentStore.find(conn, hash);
                if (found.isEmpty()) {
                    return Optional.<Save>empty();
                }
                Save prepared = prepare(hash, found.get(), storedChanges, setCompany, company, now());
                AssessmentStore.updateAnswers(conn, hash, prepared.saved().answersJson(), prepared.saved().updatedAt());
                store(conn, hash, prepared, setCompany);
                return Optional.of(prepared);
            });
            if (locked.isEmpty()) {
                return Optional.empty();
            }
            save = locked.get();
        }
        scored.put(hash, new ScoredAnswers.Scored(save.saved().answersJson(), save.questionnaire(), save.contacts(),
                save.answers(), save.evaluation()));
        if (save.peersChange()) {
            peerGroups.forget();
        }
        return Optional.of(opened(token, hash, save.saved(), save.questionnaire(), save.answers()));
    }

    /** Tries to store a save scored outside the write lock; after that many changes by others, it is scored inside. */
    private static final int OPTIMISTIC_ATTEMPTS = 3;

    /** A save as it will be stored: the new row, the merged answers, their evaluation and facts. */
    private record Save(AssessmentStore.Row saved, Questionnaire questionnaire, List<Contact> contacts, Answers answers,
            Evaluation evaluation, Facts facts, boolean peersChange) {
    }

    private Save prepare(String hash, AssessmentStore.Row row, Map<String, Answer> storedChanges, boolean setCompany,
            String company, Instant now) {
        Questionnaire questionnaire = questionnaireOf(row);
        List<Contact> contacts = versions.contacts();
        // the stored answers as this instance last read or wrote them, if they are still the same text
        ScoredAnswers.Scored known = scored.find(hash, row.answersJson(), questionnaire, contacts);
        Answers before = known != null ? known.answers() : parse(row.answersJson(), questionnaire);
        // a check that was complete leaves its peer group when it is no longer complete
        boolean wasComplete = known == null || known.evaluation().result().complete();
        Answers merged = before.merge(storedChanges);
        AssessmentStore.Row saved = new AssessmentStore.Row(row.questionnaireId(), row.version(), row.fingerprint(),
                write(AnswersJson.toJson(merged)), setCompany ? company : row.company(), row.origin(), row.createdAt(), now,
                row.test(), row.previousId(), row.id());
        Evaluation evaluation = Scorer.evaluate(questionnaire, contacts, merged);
        Facts facts = Facts.of(questionnaire, merged, evaluation, row.createdAt(), row.origin(), row.test());
        boolean peersChange = !row.test() && (evaluation.result().complete() || wasComplete);
        return new Save(saved, questionnaire, contacts, merged, evaluation, facts, peersChange);
    }

    /** The rest of a save after its answers: the company name if it is set, and the facts. */
    private static boolean store(java.sql.Connection conn, String hash, Save save, boolean setCompany)
            throws java.sql.SQLException {
        if (setCompany) {
            AssessmentStore.updateCompany(conn, hash, save.saved().company(), save.saved().updatedAt());
        }
        FactsStore.save(conn, save.saved().id(), save.facts());
        return true;
    }

    /**
     * The facts the summaries read, from the engine's evaluation, in the transaction that saves the
     * answers; the evaluation is kept for the page that follows, so a save scores once. Returns whether
     * the check is complete (and so counts in the comparison with similar firms unless it is a test).
     */
    private boolean saveFacts(java.sql.Connection conn, String hash, AssessmentStore.Row row, Questionnaire q, Answers answers)
            throws java.sql.SQLException {
        List<Contact> contacts = versions.contacts();
        Evaluation evaluation = Scorer.evaluate(q, contacts, answers);
        FactsStore.save(conn, row.id(), Facts.of(q, answers, evaluation, row.createdAt(), row.origin(), row.test()));
        scored.put(hash, new ScoredAnswers.Scored(row.answersJson(), q, contacts, answers, evaluation));
        return evaluation.result().complete();
    }

    /**
     * Computes the facts of every assessment stored without them (those saved before the facts table
     * existed), a few hundred per transaction so that the writers queue only briefly; returns how many.
     * An assessment whose answers no longer fit its questionnaire version is skipped.
     */
    public int backfillFacts() {
        return computeFacts(false).saved();
    }

    /** How many assessments {@link #recomputeFacts} computed the facts of, and how many it had to skip. */
    public record Recomputed(int saved, int skipped) {
    }

    /**
     * Computes the facts of every stored assessment again, in batches like {@link #backfillFacts} (for
     * after the questionnaires, the contacts or the scoring changed); an assessment whose answers no
     * longer fit its questionnaire version keeps the facts it had and is counted as skipped.
     */
    public Recomputed recomputeFacts() {
        return computeFacts(true);
    }

    private Recomputed computeFacts(boolean all) {
        int done = 0;
        int skipped = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> batch = database.read(conn -> {
                List<Object[]> rows = new java.util.ArrayList<>();
                try (java.sql.PreparedStatement select = conn.prepareStatement("""
                        SELECT a.id, a.token_sha256 FROM assessment a
                        WHERE a.id > ? AND (? = 1 OR NOT EXISTS (SELECT 1 FROM assessment_facts f WHERE f.assessment_id = a.id))
                        ORDER BY a.id LIMIT 200
                        """)) {
                    select.setLong(1, from);
                    select.setInt(2, all ? 1 : 0);
                    try (java.sql.ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                        }
                    }
                }
                return rows;
            });
            if (batch.isEmpty()) {
                if (done > 0) {
                    peerGroups.forget();
                }
                return new Recomputed(done, skipped);
            }
            after = (Long) batch.get(batch.size() - 1)[0];
            int saved = database.transaction(conn -> {
                int count = 0;
                for (Object[] item : batch) {
                    String hash = (String) item[1];
                    AssessmentStore.Row row = AssessmentStore.find(conn, hash).orElse(null);
                    Questionnaire q = row == null ? null : versions.find(row.questionnaireId(), row.version()).orElse(null);
                    if (q == null) {
                        continue;
                    }
                    AnswerParser.Parsed parsed = AnswerParser.parse(q, read(row.answersJson()));
                    if (parsed.valid()) {
                        saveFacts(conn, hash, row, q, parsed.answers());
                        count++;
                    }
                }
                return count;
            });
            done += saved;
            skipped += batch.size() - saved;
        }
    }

    /** The earlier check a follow-up was started from, opened without its token (which is not stored). */
    public record Earlier(Assessment assessment, Questionnaire questionnaire, List<Contact> contacts, Evaluation evaluation) {
        public Result result() {
            return evaluation.result();
        }
    }

    /** The earlier check {@code token}'s assessment was started from, if it has one that still exists and can be read. */
    public Optional<Earlier> earlier(String token) {
        return open(token).flatMap(this::earlier);
    }

    /**
     * The earlier check {@code opened} was started from, if it has one that still exists and can be read;
     * its scores are kept like those of any opened assessment (see {@link ScoredAnswers}).
     */
    public Optional<Earlier> earlier(Opened opened) {
        Long previousId = opened.previousRowId();
        if (previousId == null) {
            return Optional.empty();
        }
        return database.read(conn -> AssessmentStore.findById(conn, previousId)).flatMap(row -> {
            Questionnaire q = versions.find(row.questionnaireId(), row.version()).orElse(null);
            if (q == null) {
                return Optional.empty();
            }
            List<Contact> contacts = versions.contacts();
            String key = "row:" + previousId;
            ScoredAnswers.Scored known = scored.find(key, row.answersJson(), q, contacts);
            if (known == null) {
                AnswerParser.Parsed parsed = AnswerParser.parse(q, read(row.answersJson()));
                if (!parsed.valid()) {
                    return Optional.empty();
                }
                known = new ScoredAnswers.Scored(row.answersJson(), q, contacts, parsed.answers(),
                        Scorer.evaluate(q, contacts, parsed.answers()));
                scored.put(key, known);
            }
            return Optional.of(new Earlier(assessment(row, known.answers()), q, contacts, known.evaluation()));
        });
    }

    /**
     * How {@code own} (the facts of a complete check stored as row {@code ownId}) compares with similar
     * firms; the groups are kept for a few minutes (see {@link PeerGroups}).
     */
    public Optional<Peers> peers(Facts own, long ownId) {
        return peerGroups.of(own, ownId);
    }

    /** The internal row id of {@code token}'s assessment (to leave it out of its own comparison), if it exists. */
    public Optional<Long> rowId(String token) {
        if (!Token.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = Token.hash(token);
        return database.read(conn -> AssessmentStore.find(conn, hash).map(AssessmentStore.Row::id));
    }

    /** Reads what the summaries need, on a reading connection. */
    public <T> T readFacts(Database.Work<T> work) {
        return database.read(work);
    }

    private static Assessment assessment(AssessmentStore.Row row, Answers answers) {
        return new Assessment(row.questionnaireId(), row.version(), row.fingerprint(), answers, row.company(), row.origin(),
                row.createdAt(), row.updatedAt());
    }

    private Questionnaire questionnaireOf(AssessmentStore.Row row) {
        return versions.find(row.questionnaireId(), row.version()).orElseThrow(() -> new IllegalStateException(
                "assessment of questionnaire '" + row.questionnaireId() + "' version " + row.version()
                        + " has no stored questionnaire version"));
    }

    /**
     * The assessment of {@code row}; {@code answers} are its answers as they read back from
     * {@code row.answersJson()} when the caller has them already, else null.
     */
    private Opened opened(String token, String hash, AssessmentStore.Row row, Questionnaire questionnaire, Answers answers) {
        List<Contact> contacts = versions.contacts();
        ScoredAnswers.Scored known = scored.find(hash, row.answersJson(), questionnaire, contacts);
        if (known == null) {
            Answers read = answers != null ? answers : parse(row.answersJson(), questionnaire);
            known = new ScoredAnswers.Scored(row.answersJson(), questionnaire, contacts, read,
                    Scorer.evaluate(questionnaire, contacts, read));
            scored.put(hash, known);
        }
        Assessment assessment = new Assessment(row.questionnaireId(), row.version(), row.fingerprint(), known.answers(),
                row.company(), row.origin(), row.createdAt(), row.updatedAt());
        return new Opened(token, assessment, questionnaire, contacts, known.evaluation(), row.id(), row.previousId());
    }

    private static Answers parse(String answersJson, Questionnaire questionnaire) {
        AnswerParser.Parsed parsed = AnswerParser.parse(questionnaire, read(answersJson));
        if (!parsed.valid()) {
            throw new UnreadableRecordException("stored answers do not fit questionnaire '" + questionnaire.id() + "' version "
                    + questionnaire.version() + ": " + parsed.problems().size() + " problem(s)", null);
        }
        return parsed.answers();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableRecordException("stored answers cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
