package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed answers and the evaluation of stored assessments, so that a page or a save neither
 * parses nor scores the same stored answers again.
 *
 * <p>An entry only stands for the very answers text it was made from: every request still reads the
 * assessment's row, and {@link #find} returns the entry only when the row's answers text is equal to
 * it (and the questionnaire and contacts are the same objects). Answers changed in any other way (by
 * another app instance on the same database, a restore, a manual fix) are parsed and scored afresh,
 * so instances that share a database never show each other's stale scores. The text is compared
 * rather than {@code updated_at}, whose milliseconds two instances can share. Bounded: the entry
 * used least recently goes first.
 */
final class ScoredAnswers {
    static final int DEFAULT_CAPACITY = 1000;

    /** What a stored answers text reads as and scores to, with what it was evaluated against. */
    record Scored(String answersJson, Questionnaire questionnaire, List<Contact> contacts, Answers answers,
            Evaluation evaluation) {
    }

    private final Map<String, Scored> byTokenHash;

    ScoredAnswers(int capacity) {
        this.byTokenHash = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Scored> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The entry of this assessment if it was made from exactly this answers text, questionnaire and contacts. */
    Scored find(String tokenHash, String answersJson, Questionnaire questionnaire, List<Contact> contacts) {
        Scored scored;
        synchronized (byTokenHash) {
            scored = byTokenHash.get(tokenHash);
        }
        return scored != null && scored.questionnaire() == questionnaire && scored.contacts() == contacts
                && scored.answersJson().equals(answersJson) ? scored : null;
    }

    void put(String tokenHash, Scored scored) {
        synchronized (byTokenHash) {
            byTokenHash.put(tokenHash, scored);
        }
    }

    void remove(String tokenHash) {
        synchronized (byTokenHash) {
            byTokenHash.remove(tokenHash);
        }
    }

    int size() {
        synchronized (byTokenHash) {
            return byTokenHash.size();
        }
    }
}
