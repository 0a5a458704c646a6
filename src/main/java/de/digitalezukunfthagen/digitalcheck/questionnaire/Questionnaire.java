package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One questionnaire version, immutable. {@code fingerprint} is the SHA-256 of its canonical form, so
 * storage can tell a changed file from an unchanged one; {@code source} names the file it came from.
 * {@code estimatedMinutes} and {@code outro} are extensions of the contract.
 */
public record Questionnaire(
        String id,
        int version,
        String language,
        Text title,
        Text intro,
        List<Level> levels,
        List<Question> profile,
        List<Dimension> dimensions,
        List<Recommendation> recommendations,
        List<Cap> caps,
        int contactsLimit,
        int companiesLimit,
        int planSize,
        int planPerDimension,
        Integer estimatedMinutes,
        Text outro,
        String fingerprint,
        String source) {

    public static final int DEFAULT_CONTACTS_LIMIT = 5;
    public static final int DEFAULT_COMPANIES_LIMIT = 3;
    public static final int DEFAULT_PLAN_SIZE = 7;
    public static final int DEFAULT_PLAN_PER_DIMENSION = 2;

    public Questionnaire {
        levels = List.copyOf(levels);
        profile = List.copyOf(profile);
        dimensions = List.copyOf(dimensions);
        recommendations = List.copyOf(recommendations);
        caps = List.copyOf(caps);
    }

    /** Profile questions first, then the questions of each dimension, in the order they are asked. */
    public List<Question> allQuestions() {
        List<Question> all = new ArrayList<>(profile);
        dimensions.forEach(d -> all.addAll(d.questions()));
        return Collections.unmodifiableList(all);
    }

    public Map<String, Question> questionsById() {
        Map<String, Question> byId = new LinkedHashMap<>();
        allQuestions().forEach(q -> byId.putIfAbsent(q.id(), q));
        return byId;
    }

    public Optional<Question> question(String questionId) {
        return allQuestions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    public Optional<Cap> cap(String capId) {
        return caps.stream().filter(c -> c.id().equals(capId)).findFirst();
    }

    /** The position of a level in the order of their {@code min}, or -1 when there is no such level. */
    public int levelRank(String levelId) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Recommendation> recommendation(String recommendationId) {
        return recommendations.stream().filter(r -> r.id().equals(recommendationId)).findFirst();
    }

    public int scoredQuestionCount() {
        return (int) dimensions.stream().flatMap(d -> d.questions().stream()).filter(Question::scored).count();
    }
}
