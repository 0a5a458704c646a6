package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML mapping, read with typed accessors that record a problem (with the line and
 * column of the offending key or value) instead of throwing. Unknown and duplicate keys are reported
 * when the mapping is opened.
 */
final class Fields {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    private final MappingNode node;
    private final String what;
    private final Problems problems;
    private final String language;
    private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();

    private Fields(MappingNode node, String what, Set<String> allowed, Problems problems, String language) {
        this.node = node;
        this.what = what;
        this.problems = problems;
        this.language = language;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                problems.at(keyNode, "a key of " + what + " must be a plain word");
                continue;
            }
            String key = scalarKey.getValue();
            if (byKey.containsKey(key)) {
                Pos first = Yaml.pos(byKey.get(key).getKeyNode());
                problems.at(keyNode, "duplicate key '" + key + "' in " + what + " (first at line " + first.line() + ")");
                continue;
            }
            if (!allowed.contains(key)) {
                problems.at(keyNode, "unknown key '" + key + "' in " + what + suggestion(key, allowed));
            } else if (isNull(tuple.getValueNode())) {
                // an empty value is almost always a slip (a condition or a text left out), never a default
                problems.at(keyNode, "'" + key + "' has no value; give it one or leave the key out");
            }
            byKey.put(key, tuple);
        }
    }

    /** Opens {@code node} as a mapping, or records a problem and returns null. */
    static Fields open(Node node, String what, Set<String> allowed, Problems problems, String language) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, what + " must be a mapping (key: value), not " + describe(node));
            return null;
        }
        return new Fields(mapping, what, allowed, problems, language);
    }

    Pos pos() {
        return Yaml.pos(node);
    }

    MappingNode node() {
        return node;
    }

    String what() {
        return what;
    }

    Problems problems() {
        return problems;
    }

    String language() {
        return language;
    }

    boolean has(String key) {
        return byKey.containsKey(key) && !isNull(byKey.get(key).getValueNode());
    }

    Node value(String key) {
        NodeTuple tuple = byKey.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    Pos keyPos(String key) {
        NodeTuple tuple = byKey.get(key);
        return tuple == null ? pos() : Yaml.pos(tuple.getKeyNode());
    }

    Pos valuePos(String key) {
        Node value = value(key);
        return value == null ? pos() : Yaml.pos(value);
    }

    Set<String> keys() {
        return byKey.keySet();
    }

    private boolean missing(String key, boolean required) {
        if (has(key)) {
            return false;
        }
        if (required && !byKey.containsKey(key)) { // a key without a value was reported when the mapping was opened
            problems.at(pos(), "missing key '" + key + "' in " + what);
        }
        return true;
    }

    String string(String key, boolean required) {
        if (missing(key, required)) {
            return null;
        }
        Node value = value(key);
        if (!(value instanceof ScalarNode scalar)) {
            problems.at(value, "'" + key + "' must be a text, not " + describe(value));
            return null;
        }
        return scalar.getValue();
    }

    String id(String key, boolean required) {
        String id = string(key, required);
        if (id != null && !ID.matcher(id).matches()) {
            problems.at(value(key), "'" + key + "' must match [a-z0-9][a-z0-9_.-]* (lower-case letters, digits, _ . -), not '" + id + "'");
            return null;
        }
        return id;
    }

    Ref ref(String key, boolean required) {
        String id = string(key, required);
        return id == null ? null : new Ref(id, valuePos(key));
    }

    String oneOf(String key, boolean required, List<String> allowed) {
        String value = string(key, required);
        if (value != null && !allowed.contains(value)) {
            problems.at(value(key), "'" + key + "' must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
            return null;
        }
        return value;
    }

    Double number(String key, boolean required) {
        if (missing(key, required)) {
            return null;
        }
        return number(value(key), "'" + key + "'");
    }

    Double number(Node value, String label) {
        if (value instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                String text = scalar.getValue().replace("_", "");
                // 1.0e+999999999 and 1e-999999999 are numbers, but no questionnaire means them
                BigDecimal exact = text.length() > 100 ? null : new BigDecimal(text);
                if (exact != null && Math.abs((long) exact.precision() - exact.scale()) <= 100) {
                    return exact.doubleValue();
                }
                problems.at(value, label + " is too large or too small to be used: " + describe(value));
                return null;
            } catch (NumberFormatException e) {
                // falls through to the problem below
            }
        }
        problems.at(value, label + " must be a number, not " + describe(value));
        return null;
    }

    Integer integer(String key, boolean required) {
        if (missing(key, required)) {
            return null;
        }
        Node value = value(key);
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Integer.valueOf(scalar.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        problems.at(value, "'" + key + "' must be a whole number, not " + describe(value));
        return null;
    }

    Boolean bool(String key) {
        if (!has(key)) {
            return null;
        }
        Node value = value(key);
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            String v = scalar.getValue().toLowerCase();
            if (v.equals("true") || v.equals("false")) {
                return v.equals("true");
            }
        }
        problems.at(value, "'" + key + "' must be true or false, not " + describe(value));
        return null;
    }

    /** A text: a plain string in the default language, or a map of language codes to strings. */
    Text text(String key, boolean required) {
        if (missing(key, required)) {
            return null;
        }
        return text(value(key), "'" + key + "'", language, problems);
    }

    static Text text(Node value, String label, String language, Problems problems) {
        if (value instanceof ScalarNode scalar) {
            if (scalar.getValue().isBlank()) {
                problems.at(value, label + " is empty; give it a text or leave the key out");
                return null;
            }
            return Text.of(language, scalar.getValue());
        }
        if (value instanceof MappingNode mapping) {
            Map<String, String> values = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String lang = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
                if (lang == null || !LANGUAGE.matcher(lang).matches()) {
                    problems.at(tuple.getKeyNode(), label + ": '" + (lang == null ? "?" : lang) + "' is not a language code such as de or en");
                    continue;
                }
                if (values.containsKey(lang)) {
                    problems.at(tuple.getKeyNode(), label + ": language '" + lang + "' is given twice");
                    continue;
                }
                if (isNull(tuple.getValueNode())
                        || tuple.getValueNode() instanceof ScalarNode blank && blank.getValue().isBlank()) {
                    problems.at(tuple.getKeyNode(), label + (lang.equals(language)
                            ? " has no text in the default language '" + language + "'"
                            : " has no text in '" + lang + "'; give one or leave the language out"));
                    values.put(lang, null);
                    continue;
                }
                if (!(tuple.getValueNode() instanceof ScalarNode text)) {
                    problems.at(tuple.getValueNode(), label + " in '" + lang + "' must be a text, not " + describe(tuple.getValueNode()));
                    continue;
                }
                values.put(lang, text.getValue());
            }
            if (!values.containsKey(language)) {
                problems.at(value, label + " has no text in the default language '" + language + "'");
            }
            values.values().removeIf(java.util.Objects::isNull);
            return values.isEmpty() ? null : new Text(values, language);
        }
        problems.at(value, label + " must be a text or a map of languages to texts, not " + describe(value));
        return null;
    }

    /** The items of a list, or null (with a problem) when the value is not a list. */
    List<Node> list(String key, boolean required) {
        if (missing(key, required)) {
            return null;
        }
        Node value = value(key);
        if (!(value instanceof SequenceNode sequence)) {
            problems.at(value, "'" + key + "' must be a list, not " + describe(value));
            return null;
        }
        return sequence.getValue();
    }

    List<String> ids(String key, boolean required) {
        List<Node> items = list(key, required);
        if (items == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode scalar && ID.matcher(scalar.getValue()).matches()) {
                ids.add(scalar.getValue());
            } else {
                problems.at(item, "each entry of '" + key + "' must be an id like it-security, not " + describe(item));
            }
        }
        return ids;
    }

    <T> List<T> each(String key, boolean required, Function<Node, T> reader) {
        List<Node> items = list(key, required);
        List<T> result = new ArrayList<>();
        if (items != null) {
            for (Node item : items) {
                T value = reader.apply(item);
                if (value != null) {
                    result.add(value);
                }
            }
        }
        return result;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return "an empty value";
        }
        String kind = tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) ? "the number"
                : tag.equals(Tag.BOOL) ? "the value" : "the text";
        String value = scalar.getValue();
        if (value.length() > 40) {
            value = value.substring(0, 37) + "...";
        }
        return kind + " '" + value + "'";
    }

    private static String suggestion(String key, Set<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(key, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (best != null && bestDistance <= Math.max(2, key.length() / 3)) {
            return " (did you mean '" + best + "'?)";
        }
        return " (allowed: " + String.join(", ", allowed) + ")";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
