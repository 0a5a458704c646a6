package de.digitalezukunfthagen.digitalcheck.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A company's answers by question id; an absent key means unanswered. Immutable. */
public record Answers(Map<String, Answer> values) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Answer get(String questionId) {
        return values.get(questionId);
    }

    public boolean has(String questionId) {
        return values.containsKey(questionId);
    }

    public Answers with(String questionId, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(values);
        if (answer == null) {
            copy.remove(questionId);
        } else {
            copy.put(questionId, answer);
        }
        return new Answers(copy);
    }

    /** These answers with {@code changes} applied; a null value removes an answer. */
    public Answers merge(Map<String, Answer> changes) {
        Map<String, Answer> copy = new LinkedHashMap<>(values);
        changes.forEach((id, answer) -> {
            if (answer == null) {
                copy.remove(id);
            } else {
                copy.put(id, answer);
            }
        });
        return new Answers(copy);
    }
}
