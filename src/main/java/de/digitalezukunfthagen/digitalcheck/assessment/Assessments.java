package de.digitalezukunfthagen.digitalcheck.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    /**
     * Token hash to questionnaire id and version, which never change for an assessment. A deleted one
     * may linger here harmlessly: every read and write still asks the database.
     */
    private final java.util.concurrent.ConcurrentMap<String, Key> keys = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEYS = 50_000;

    private record Key(String questionnaireId, int version) {
    }

    public Assessments(Database database, QuestionnaireVersions versions, Clock clock) {
        this.database = database;
        this.versions = versions;
        this.clock = clock;
    }

    public QuestionnaireVersions versions() {
        return versions;
    }

    /** A new assessment and its token, which is shown once to its owner and never stored. */
    public record Created(String token, Opened opened) {
    }

    /** An assessment opened by its token, with the questionnaire version it is answered with. */
    public record Opened(String token, Assessment assessment, Questionnaire questionnaire, List<Contact> contacts) {
        public Answers answers() {
            return assessment.answers();
        }

        public Evaluation evaluate() {
            return Scorer.evaluate(questionnaire, contacts, assessment.answers());
        }

        public Result result() {
            return evaluate().result();
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
        String name = company(company);
        if (origin == null || !ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException("origin must be a short lowercase word such as online or workshop");
        }
        if (versions.find(questionnaire.id(), questionnaire.version()).isEmpty()) {
            throw new IllegalArgumentException("questionnaire '" + questionnaire.id() + "' version " + questionnaire.version()
                    + " is not one the app has recorded");
        }
        String token = Token.generate();
        Instant now = now();
        AssessmentStore.Row row = new AssessmentStore.Row(questionnaire.id(), questionnaire.version(),
                questionnaire.fingerprint(), write(AnswersJson.toJson(answers)), name, origin, now, now);
        database.transaction(conn -> {
            AssessmentStore.insert(conn, Token.hash(token), row);
            return null;
        });
        return new Created(token, opened(token, row, questionnaire));
    }

    /** The assessment behind {@code token}, or empty for a malformed, unknown or deleted token. */
    public Optional<Opened> open(String token) {
        if (!Token.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = Token.hash(token);
        return database.read(conn -> AssessmentStore.find(conn, hash)).map(row -> opened(token, row, questionnaireOf(row)));
    }

    /**
     * The questionnaire version an assessment is answered with, without reading its answers (to check
     * changes before {@link #saveAnswers}); empty for a malformed, unknown or deleted token.
     */
    public Optional<Questionnaire> questionnaireOf(String token) {
        if (!Token.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = Token.hash(token);
        Key key = keys.get(hash);
        if (key == null) {
            key = database.read(conn -> {
                try (java.sql.PreparedStatement select = conn.prepareStatement("""
                        SELECT questionnaire_id, questionnaire_version FROM assessment WHERE token_sha256 = ?
                        """)) {
                    select.setString(1, hash);
                    try (java.sql.ResultSet rs = select.executeQuery()) {
                        return rs.next() ? new Key(rs.getString(1), rs.getInt(2)) : null;
                    }
                }
            });
            if (key == null) {
                return Optional.empty();
            }
            remember(hash, key);
        }
        return versions.find(key.questionnaireId(), key.version());
    }

    private void remember(String hash, Key key) {
        if (keys.size() >= MAX_KEYS) {
            keys.clear();
        }
        keys.put(hash, key);
    }

    /**
     * Merges {@code changes} into the stored answers (a null value removes an answer), in one
     * transaction; returns the assessment as stored afterwards, or empty when the token is unknown.
     * The changes must have been checked against the assessment's own questionnaire version.
     */
    public Optional<Opened> saveAnswers(String token, Map<String, Answer> changes) {
        return update(token, changes, false, null);
    }

    /** Like {@link #saveAnswers}, and sets the company name (null or blank: none) in the same transaction. */
    public Optional<Opened> saveAnswersAndCompany(String token, Map<String, Answer> changes, String company) {
        return update(token, changes, true, company(company));
    }

    /** Removes the assessment and its answers completely; false when there was none. */
    public boolean delete(String token) {
        if (!Token.wellFormed(token)) {
            return false;
        }
        String hash = Token.hash(token);
        keys.remove(hash);
        return database.erasingTransaction(conn -> AssessmentStore.delete(conn, hash));
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

    private Optional<Opened> update(String token, Map<String, Answer> changes, boolean setCompany, String company) {
        if (!Token.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = Token.hash(token);
        Instant now = now();
        ObjectNode[] merged = new ObjectNode[1];
        Optional<AssessmentStore.Row> updated = database.transaction(conn -> {
            Optional<AssessmentStore.Row> found = AssessmentStore.find(conn, hash);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            AssessmentStore.Row row = found.get();
            // merged as JSON, so the transaction does not need the questionnaire
            ObjectNode answers = (ObjectNode) read(row.answersJson());
            changes.forEach((id, answer) -> {
                if (answer == null) {
                    answers.remove(id);
                } else {
                    answers.set(id, AnswersJson.toJson(answer));
                }
            });
            String json = write(answers);
            merged[0] = answers;
            AssessmentStore.updateAnswers(conn, hash, json, now);
            String newCompany = row.company();
            if (setCompany) {
                AssessmentStore.updateCompany(conn, hash, company, now);
                newCompany = company;
            }
            return Optional.of(new AssessmentStore.Row(row.questionnaireId(), row.version(), row.fingerprint(), json,
                    newCompany, row.origin(), row.createdAt(), now));
        });
        return updated.map(row -> opened(token, row, questionnaireOf(row), merged[0]));
    }

    private Questionnaire questionnaireOf(AssessmentStore.Row row) {
        return versions.find(row.questionnaireId(), row.version()).orElseThrow(() -> new IllegalStateException(
                "assessment of questionnaire '" + row.questionnaireId() + "' version " + row.version()
                        + " has no stored questionnaire version"));
    }

    private Opened opened(String token, AssessmentStore.Row row, Questionnaire questionnaire) {
        return opened(token, row, questionnaire, read(row.answersJson()));
    }

    private Opened opened(String token, AssessmentStore.Row row, Questionnaire questionnaire, JsonNode answersJson) {
        remember(Token.hash(token), new Key(row.questionnaireId(), row.version()));
        AnswerParser.Parsed parsed = AnswerParser.parse(questionnaire, answersJson);
        if (!parsed.valid()) {
            throw new UnreadableRecordException("stored answers do not fit questionnaire '" + questionnaire.id() + "' version "
                    + questionnaire.version() + ": " + parsed.problems().size() + " problem(s)", null);
        }
        Assessment assessment = new Assessment(row.questionnaireId(), row.version(), row.fingerprint(), parsed.answers(),
                row.company(), row.origin(), row.createdAt(), row.updatedAt());
        return new Opened(token, assessment, questionnaire, versions.contacts());
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
