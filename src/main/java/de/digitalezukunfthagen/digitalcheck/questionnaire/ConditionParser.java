package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the condition forms of the contract; whether the referenced ids exist is checked later. */
final class ConditionParser {
    static final Set<String> KEYS = new LinkedHashSet<>(List.of(
            "answer", "is", "in", "answered", "at_least", "at_most", "dimension", "below", "level", "all", "any", "not"));
    static final List<String> ANSWER_OPS = List.of("is", "in", "answered", "at_least", "at_most");
    static final List<String> DIMENSION_OPS = List.of("below", "at_least", "level");
    private static final String FORMS = "use {answer: Q, is|in|answered|at_least|at_most: ...}, "
            + "{dimension: D, below|at_least|level: ...}, {all: [...]}, {any: [...]} or {not: ...}";

    private final Problems problems;

    ConditionParser(Problems problems) {
        this.problems = problems;
    }

    Condition parse(Node node, String where) {
        return parse(node, where, true);
    }

    /** For a cap, whose condition decides a level and so must not depend on one. */
    Condition parseWithoutLevels(Node node, String where) {
        return parse(node, where, false);
    }

    private Condition parse(Node node, String where, boolean levels) {
        Fields f = Fields.open(node, "the condition of " + where, KEYS, problems, "de");
        if (f == null) {
            return null;
        }
        Set<String> keys = f.keys();
        if (keys.contains("all") || keys.contains("any") || keys.contains("not")) {
            if (keys.size() != 1) {
                problems.at(f.pos(), "a condition with all, any or not must have no other key (" + where + ")");
                return null;
            }
            String key = keys.iterator().next();
            if (key.equals("not")) {
                Condition inner = parse(f.value("not"), where, levels);
                return inner == null ? null : new Condition.Not(inner);
            }
            List<Node> items = f.list(key, true);
            if (items == null) {
                return null;
            }
            if (items.isEmpty()) {
                problems.at(f.value(key), "'" + key + "' needs at least one condition (" + where + ")");
                return null;
            }
            List<Condition> conditions = new ArrayList<>();
            boolean ok = true;
            for (Node item : items) {
                Condition c = parse(item, where, levels);
                ok &= c != null;
                conditions.add(c);
            }
            if (!ok) {
                return null;
            }
            return key.equals("all") ? new Condition.All(conditions) : new Condition.Any(conditions);
        }
        if (keys.contains("answer")) {
            return answer(f, where);
        }
        if (keys.contains("dimension")) {
            return dimension(f, where, levels);
        }
        problems.at(f.pos(), "not a condition (" + where + "): " + FORMS);
        return null;
    }

    private Condition answer(Fields f, String where) {
        Ref question = f.ref("answer", true);
        String op = single(f, ANSWER_OPS, "answer", where);
        if (question == null || op == null) {
            return null;
        }
        switch (op) {
            case "is" -> {
                Ref option = f.ref("is", true);
                return option == null ? null : new Condition.AnswerIs(question, option);
            }
            case "in" -> {
                List<Ref> options = refs(f, "in");
                return options == null ? null : new Condition.AnswerIn(question, options);
            }
            case "answered" -> {
                Boolean answered = f.bool("answered");
                return answered == null ? null : new Condition.Answered(question, answered);
            }
            case "at_least" -> {
                Double n = f.number("at_least", true);
                return n == null ? null : new Condition.AnswerAtLeast(question, n);
            }
            default -> {
                Double n = f.number("at_most", true);
                return n == null ? null : new Condition.AnswerAtMost(question, n);
            }
        }
    }

    private Condition dimension(Fields f, String where, boolean levels) {
        Ref dimension = f.ref("dimension", true);
        String op = single(f, DIMENSION_OPS, "dimension", where);
        if (dimension == null || op == null) {
            return null;
        }
        switch (op) {
            case "below" -> {
                Double n = f.number("below", true);
                return n == null ? null : new Condition.DimensionBelow(dimension, n);
            }
            case "at_least" -> {
                Double n = f.number("at_least", true);
                return n == null ? null : new Condition.DimensionAtLeast(dimension, n);
            }
            default -> {
                if (!levels) {
                    problems.at(f.keyPos("level"), "the condition of " + where + " cannot use 'level': a cap decides levels;"
                            + " use 'below' or 'at_least' with a score instead");
                    return null;
                }
                List<Ref> ids = refs(f, "level");
                return ids == null ? null : new Condition.DimensionLevel(dimension, ids);
            }
        }
    }

    /** Exactly one operator key besides the subject key, and nothing else. */
    private String single(Fields f, List<String> ops, String subject, String where) {
        List<String> found = new ArrayList<>();
        for (String key : f.keys()) {
            if (key.equals(subject)) {
                continue;
            }
            if (ops.contains(key)) {
                found.add(key);
            } else if (KEYS.contains(key)) {
                problems.at(f.keyPos(key), "'" + key + "' cannot be used with '" + subject + "' (" + where + "): " + FORMS);
                return null;
            }
        }
        if (found.size() != 1) {
            problems.at(f.pos(), "a condition on '" + subject + "' needs exactly one of " + String.join(", ", ops)
                    + (found.isEmpty() ? "" : ", not " + String.join(" and ", found)) + " (" + where + ")");
            return null;
        }
        return found.get(0);
    }

    private List<Ref> refs(Fields f, String key) {
        Node value = f.value(key);
        if (!(value instanceof SequenceNode sequence)) {
            problems.at(value, "'" + key + "' must be a list of ids, e.g. [a, b], not " + Fields.describe(value));
            return null;
        }
        if (sequence.getValue().isEmpty()) {
            problems.at(value, "'" + key + "' must not be empty");
            return null;
        }
        List<Ref> refs = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !(item instanceof MappingNode)) {
                refs.add(new Ref(scalar.getValue(), Yaml.pos(item)));
            } else {
                problems.at(item, "each entry of '" + key + "' must be an id, not " + Fields.describe(item));
                return null;
            }
        }
        return refs;
    }
}
