package de.digitalezukunfthagen.digitalcheck.questionnaire;

import de.digitalezukunfthagen.digitalcheck.web.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards {@code questionnaires/schema.json}, the JSON Schema that editors use to check questionnaires
 * while they are typed, against drifting from the parser: the keys, enums and id pattern it allows must
 * be exactly the ones the parser accepts, and the examples must pass both. The schema is checked with a
 * small draft-07 subset validator below (the keywords the schema uses), so no extra dependency is needed.
 */
class SchemaTest {
    static final Path SCHEMA = Path.of("questionnaires/schema.json");
    static final Path EXAMPLE = Path.of("docs/example");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static JsonNode schema;
    private static MiniValidator validator;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = new ObjectMapper().readTree(Files.readString(SCHEMA));
        validator = new MiniValidator(schema);
    }

    @Test
    void is_a_draft_07_schema_that_tells_questionnaires_from_the_contacts_file() {
        assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.at("/if/required/0").asText()).isEqualTo("contacts");
        assertThat(schema.at("/then/$ref").asText()).isEqualTo("#/definitions/contactsFile");
        assertThat(schema.at("/else/$ref").asText()).isEqualTo("#/definitions/questionnaire");
    }

    @Test
    void allows_exactly_the_keys_the_parser_accepts() {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("questionnaire", QuestionnaireParser.TOP);
        expected.put("level", QuestionnaireParser.LEVEL);
        expected.put("dimension", QuestionnaireParser.DIMENSION);
        expected.put("question", QuestionnaireParser.QUESTION);
        expected.put("option", QuestionnaireParser.OPTION);
        expected.put("band", QuestionnaireParser.BAND);
        expected.put("recommendation", QuestionnaireParser.RECOMMENDATION);
        expected.put("link", QuestionnaireParser.LINK);
        expected.put("cap", QuestionnaireParser.CAP);
        expected.put("condition", ConditionParser.KEYS);
        expected.put("contactsFile", ContactsParser.TOP);
        expected.put("contact", ContactsParser.CONTACT);
        expected.forEach((name, keys) -> {
            JsonNode definition = definition(name);
            assertThat(fieldNames(definition.path("properties"))).as("keys of %s", name).isEqualTo(keys);
            assertThat(definition.path("additionalProperties").isBoolean()
                    && !definition.path("additionalProperties").booleanValue())
                    .as("%s forbids unknown keys", name).isTrue();
        });
    }

    @Test
    void every_property_has_a_description_for_the_hover_help() {
        for (String name : fieldNames(schema.path("definitions"))) {
            JsonNode properties = definition(name).path("properties");
            properties.fields().forEachRemaining(p -> assertThat(p.getValue().path("description").asText())
                    .as("description of %s.%s", name, p.getKey()).isNotBlank());
        }
    }

    @Test
    void every_object_forbids_unknown_keys() {
        List<String> open = new ArrayList<>();
        walk(schema, "#", (path, node) -> {
            // an "if" only tests a value; it does not describe one
            if (!path.endsWith("/if") && node.path("type").asText().equals("object")
                    && !node.path("additionalProperties").equals(BooleanNode.FALSE)) {
                open.add(path);
            }
        });
        assertThat(open).isEmpty();
    }

    @Test
    void id_and_language_patterns_are_the_parsers() {
        assertThat(definition("id").path("pattern").asText()).isEqualTo("^" + Fields.ID.pattern() + "$");
        String language = "^" + Fields.LANGUAGE.pattern() + "$";
        assertThat(definition("languageCode").path("pattern").asText()).isEqualTo(language);
        assertThat(fieldNames(definition("text").at("/anyOf/1/patternProperties"))).containsExactly(language);
    }

    @Test
    void enums_are_the_parsers() {
        assertThat(strings(definition("question").at("/properties/type/enum"))).isEqualTo(QuestionnaireParser.TYPES);
        assertThat(strings(definition("recommendation").at("/properties/horizon/enum"))).isEqualTo(QuestionnaireParser.HORIZONS);
        assertThat(strings(definition("contact").at("/properties/kind/enum"))).isEqualTo(Contact.KINDS);
    }

    @Test
    void condition_forms_are_the_parsers() {
        Set<Set<String>> expected = new LinkedHashSet<>();
        ConditionParser.ANSWER_OPS.forEach(op -> expected.add(Set.of("answer", op)));
        ConditionParser.DIMENSION_OPS.forEach(op -> expected.add(Set.of("dimension", op)));
        List.of("all", "any", "not").forEach(op -> expected.add(Set.of(op)));
        Set<Set<String>> forms = new LinkedHashSet<>();
        for (JsonNode form : definition("condition").path("oneOf")) {
            Set<String> required = Set.copyOf(strings(form.path("required")));
            assertThat(fieldNames(form.path("properties"))).isEqualTo(required);
            forms.add(required);
        }
        assertThat(forms).isEqualTo(expected);
    }

    @Test
    void the_guides_example_is_valid_against_the_schema() throws IOException {
        for (Path file : yamlFiles(EXAMPLE)) {
            assertThat(validator.validate(YAML.readTree(file.toFile()))).as(file.toString()).isEmpty();
        }
    }

    @Test
    void the_bundled_questionnaires_are_valid_against_the_schema_and_point_to_it() throws IOException {
        for (Path file : yamlFiles(Path.of("questionnaires"))) {
            assertThat(Files.readAllLines(file).get(0)).as("first line of %s", file)
                    .isEqualTo("# yaml-language-server: $schema=schema.json");
            assertThat(validator.validate(YAML.readTree(file.toFile()))).as(file.toString()).isEmpty();
        }
    }

    /** Typical mistakes of an author: the editor (schema) and the validate command (parser) both flag each. */
    @Test
    void schema_and_parser_both_reject_typical_mistakes(@TempDir Path dir) throws IOException {
        Map<String, Consumer<ObjectNode>> mistakes = new LinkedHashMap<>();
        mistakes.put("typo in a key", q -> rename((ObjectNode) q.at("/dimensions/1"), "title", "titel"));
        mistakes.put("points on an na option", q -> ((ObjectNode) q.at("/dimensions/0/questions/0/options/3")).put("points", 1));
        mistakes.put("two operators in one condition", q -> ((ObjectNode) q.at("/dimensions/0/questions/1/show_if")).put("at_most", 50));
        mistakes.put("a condition with no operator", q -> ((ObjectNode) q.at("/dimensions/0/questions/1/show_if")).remove("at_least"));
        mistakes.put("all with another key", q -> ((ObjectNode) q.at("/recommendations/0/when")).put("answer", "schutz"));
        mistakes.put("unknown question type", q -> ((ObjectNode) q.at("/dimensions/0/questions/0")).put("type", "choice"));
        mistakes.put("id with capitals", q -> ((ObjectNode) q.at("/dimensions/0/questions/0")).put("id", "Digitalplan"));
        mistakes.put("dimension called overall", q -> ((ObjectNode) q.at("/dimensions/0")).put("id", "overall"));
        mistakes.put("options in a number question", q -> ((ObjectNode) q.at("/dimensions/0/questions/2"))
                .set("options", q.at("/profile/0/options").deepCopy()));
        mistakes.put("bands in a single question", q -> ((ObjectNode) q.at("/dimensions/0/questions/0"))
                .set("bands", q.at("/dimensions/0/questions/2/bands").deepCopy()));
        mistakes.put("single without options", q -> ((ObjectNode) q.at("/dimensions/0/questions/0")).remove("options"));
        mistakes.put("max_points 0", q -> ((ObjectNode) q.at("/dimensions/1/questions/0")).put("max_points", 0));
        mistakes.put("priority 4", q -> ((ObjectNode) q.at("/recommendations/0")).put("priority", 4));
        mistakes.put("unknown horizon", q -> ((ObjectNode) q.at("/recommendations/0")).put("horizon", "soon"));
        mistakes.put("link without https", q -> ((ObjectNode) q.at("/recommendations/0/links/0")).put("url", "www.bsi.bund.de"));
        mistakes.put("only one level", q -> {
            ((ArrayNode) q.path("levels")).remove(2);
            ((ArrayNode) q.path("levels")).remove(1);
        });
        mistakes.put("version 0", q -> q.put("version", 0));
        mistakes.put("language that is no code", q -> q.put("language", "Deutsch"));
        mistakes.put("text map with a bad language code", q -> ((ObjectNode) q.path("title")).put("Deutsch", "Titel"));
        mistakes.put("estimated_minutes 0", q -> q.put("estimated_minutes", 0));
        JsonNode example = YAML.readTree(EXAMPLE.resolve("betriebs-check.yaml").toFile());
        mistakes.forEach((what, mistake) -> {
            ObjectNode broken = example.deepCopy();
            mistake.accept(broken);
            assertThat(validator.validate(broken)).as("schema flags: " + what).isNotEmpty();
            assertThat(parserProblems(dir.resolve(what.replace(' ', '-')), broken, null)).as("parser flags: " + what).isNotEmpty();
        });
    }

    @Test
    void schema_and_parser_both_reject_typical_mistakes_in_contacts(@TempDir Path dir) throws IOException {
        Map<String, Consumer<ObjectNode>> mistakes = new LinkedHashMap<>();
        mistakes.put("typo in a key", c -> rename((ObjectNode) c.at("/contacts/0"), "website", "webseite"));
        mistakes.put("unknown kind", c -> ((ObjectNode) c.at("/contacts/0")).put("kind", "verein"));
        mistakes.put("missing topics", c -> ((ObjectNode) c.at("/contacts/0")).remove("topics"));
        mistakes.put("verified as text", c -> ((ObjectNode) c.at("/contacts/1")).put("verified", "nein"));
        mistakes.put("unknown top-level key", c -> c.put("sprache", "de"));
        JsonNode questionnaire = YAML.readTree(EXAMPLE.resolve("betriebs-check.yaml").toFile());
        JsonNode example = YAML.readTree(EXAMPLE.resolve("contacts.yaml").toFile());
        mistakes.forEach((what, mistake) -> {
            ObjectNode broken = example.deepCopy();
            mistake.accept(broken);
            assertThat(validator.validate(broken)).as("schema flags: " + what).isNotEmpty();
            assertThat(parserProblems(dir.resolve(what.replace(' ', '-')), questionnaire, broken))
                    .as("parser flags: " + what).isNotEmpty();
        });
    }

    /** Keys that only some question types may have: the schema and the parser agree for every type. */
    @Test
    void type_dependent_keys_agree_with_the_parser(@TempDir Path dir) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("options", "[{id: a, label: A}, {id: b, label: B}]");
        values.put("max_points", "5");
        values.put("min", "0");
        values.put("max", "10");
        values.put("unit", "Stück");
        values.put("bands", "[{min: 0, points: 1}]");
        for (String type : QuestionnaireParser.TYPES) {
            boolean choice = type.equals("single") || type.equals("multi");
            String base = "{id: q, type: " + type + ", text: Frage"
                    + (choice ? ", options: " + values.get("options") : "");
            JsonNode plain = minimalQuestionnaire(base + "}");
            assertThat(validator.validate(plain)).as("schema accepts a plain %s question", type).isEmpty();
            assertThat(parserProblems(dir.resolve(type), plain, null)).as("parser accepts a plain %s question", type).isEmpty();
            for (var entry : values.entrySet()) {
                if (choice && entry.getKey().equals("options")) {
                    continue;
                }
                JsonNode q = minimalQuestionnaire(base + ", " + entry.getKey() + ": " + entry.getValue() + "}");
                boolean schemaOk = validator.validate(q).isEmpty();
                boolean parserOk = parserProblems(dir.resolve(type + "-" + entry.getKey()), q, null).isEmpty();
                assertThat(schemaOk).as("'%s' in a %s question: schema accepts it = parser accepts it", entry.getKey(), type)
                        .isEqualTo(parserOk);
            }
        }
    }

    @Test
    void the_validator_under_test_is_not_trivial() throws IOException {
        assertThat(validator.validate(YAML.readTree("contacts: [{id: x}]"))).anySatisfy(e -> assertThat(e).contains("name"));
        assertThat(validator.validate(YAML.readTree("id: x"))).anySatisfy(e -> assertThat(e).contains("version"));
        assertThat(validator.validate(YAML.readTree("[1, 2]"))).isNotEmpty();
    }

    // --- helpers ---

    private static JsonNode minimalQuestionnaire(String question) {
        try {
            return YAML.readTree("""
                    id: mini
                    version: 1
                    language: de
                    title: Mini
                    levels: [{id: a, min: 0, title: A}, {id: b, min: 50, title: B}]
                    dimensions:
                      - id: d
                        title: D
                        questions:
                          - {id: base, type: single, text: Basis, options: [{id: x, label: X}, {id: y, label: Y}]}
                          - %s
                    """.formatted(question));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the questionnaire (and contacts) to a fresh folder and returns what the loader reports. */
    private static List<Problem> parserProblems(Path folder, JsonNode questionnaire, JsonNode contacts) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(questionnaire.path("id").asText("x") + ".yaml"), YAML.writeValueAsString(questionnaire));
            if (contacts != null) {
                Files.writeString(folder.resolve("contacts.yaml"), YAML.writeValueAsString(contacts));
            }
            return QuestionnaireLoader.load(List.of(folder)).problems();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rename(ObjectNode node, String from, String to) {
        node.set(to, node.remove(from));
    }

    private static JsonNode definition(String name) {
        JsonNode definition = schema.path("definitions").path(name);
        assertThat(definition.isObject()).as("definition %s", name).isTrue();
        return definition;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(item -> list.add(item.asText()));
        return list;
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private interface WebClient {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, WebClient visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            node.fields().forEachRemaining(e -> walk(e.getValue(), path + "/" + e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }

    /**
     * The draft-07 keywords that schema.json uses, and nothing more: $ref (local), type, enum, const,
     * pattern, minLength, minimum, exclusiveMinimum, maximum, required, properties, patternProperties,
     * additionalProperties, minProperties, items, minItems, allOf, anyOf, oneOf, not, if/then/else.
     * An unknown keyword fails, so the schema cannot grow past what this test understands.
     */
    static final class MiniValidator {
        private static final Set<String> KNOWN = Set.of("$schema", "$ref", "title", "description", "default", "definitions",
                "type", "enum", "const", "pattern", "minLength", "minimum", "exclusiveMinimum", "maximum", "required",
                "properties", "patternProperties", "additionalProperties", "minProperties", "items", "minItems",
                "allOf", "anyOf", "oneOf", "not", "if", "then", "else");
        private final JsonNode root;

        MiniValidator(JsonNode root) {
            this.root = root;
        }

        List<String> validate(JsonNode instance) {
            List<String> errors = new ArrayList<>();
            validate(root, instance, "$", errors);
            return errors;
        }

        private boolean valid(JsonNode schema, JsonNode value) {
            List<String> errors = new ArrayList<>();
            validate(schema, value, "$", errors);
            return errors.isEmpty();
        }

        private void validate(JsonNode schema, JsonNode value, String path, List<String> errors) {
            if (schema.isBoolean()) {
                if (!schema.booleanValue()) {
                    errors.add(path + ": not allowed here");
                }
                return;
            }
            for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
                String keyword = it.next();
                if (!KNOWN.contains(keyword)) {
                    throw new IllegalStateException("the test's validator does not know the keyword '" + keyword + "'");
                }
            }
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                if (!ref.startsWith("#/")) {
                    throw new IllegalStateException("only local references are supported: " + ref);
                }
                validate(root.at(ref.substring(1)), value, path, errors);
            }
            if (schema.has("type") && !hasType(value, schema.get("type"))) {
                errors.add(path + ": expected " + schema.get("type") + ", not " + value);
                return;
            }
            if (schema.has("enum") && !contains(schema.get("enum"), value)) {
                errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
            if (schema.has("const") && !same(schema.get("const"), value)) {
                errors.add(path + ": must be " + schema.get("const"));
            }
            if (value.isTextual()) {
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                    errors.add(path + ": '" + value.asText() + "' does not match " + schema.get("pattern").asText());
                }
                if (schema.has("minLength") && value.asText().length() < schema.get("minLength").asInt()) {
                    errors.add(path + ": too short");
                }
            }
            if (value.isNumber()) {
                double d = value.asDouble();
                if (schema.has("minimum") && d < schema.get("minimum").asDouble()) {
                    errors.add(path + ": below the minimum " + schema.get("minimum"));
                }
                if (schema.has("exclusiveMinimum") && d <= schema.get("exclusiveMinimum").asDouble()) {
                    errors.add(path + ": must be above " + schema.get("exclusiveMinimum"));
                }
                if (schema.has("maximum") && d > schema.get("maximum").asDouble()) {
                    errors.add(path + ": above the maximum " + schema.get("maximum"));
                }
            }
            if (value.isObject()) {
                object(schema, value, path, errors);
            }
            if (value.isArray()) {
                if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                    errors.add(path + ": needs at least " + schema.get("minItems") + " items");
                }
                if (schema.has("items")) {
                    for (int i = 0; i < value.size(); i++) {
                        validate(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
                    }
                }
            }
            for (JsonNode sub : schema.path("allOf")) {
                validate(sub, value, path, errors);
            }
            if (schema.has("anyOf")) {
                boolean any = false;
                for (JsonNode sub : schema.get("anyOf")) {
                    any |= valid(sub, value);
                }
                if (!any) {
                    errors.add(path + ": matches none of the allowed forms");
                }
            }
            if (schema.has("oneOf")) {
                int matches = 0;
                for (JsonNode sub : schema.get("oneOf")) {
                    matches += valid(sub, value) ? 1 : 0;
                }
                if (matches != 1) {
                    errors.add(path + ": must match exactly one form, matches " + matches);
                }
            }
            if (schema.has("not") && valid(schema.get("not"), value)) {
                errors.add(path + ": matches a form that is not allowed");
            }
            if (schema.has("if")) {
                JsonNode branch = valid(schema.get("if"), value) ? schema.get("then") : schema.get("else");
                if (branch != null) {
                    validate(branch, value, path, errors);
                }
            }
        }

        private void object(JsonNode schema, JsonNode value, String path, List<String> errors) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    errors.add(path + ": missing " + required.asText());
                }
            }
            if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()) {
                errors.add(path + ": needs at least " + schema.get("minProperties") + " keys");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                String at = path + "." + key;
                boolean matched = false;
                if (schema.path("properties").has(key)) {
                    matched = true;
                    validate(schema.get("properties").get(key), field.getValue(), at, errors);
                }
                for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("patternProperties").fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> pattern = p.next();
                    if (Pattern.compile(pattern.getKey()).matcher(key).find()) {
                        matched = true;
                        validate(pattern.getValue(), field.getValue(), at, errors);
                    }
                }
                if (!matched && schema.has("additionalProperties")) {
                    validate(schema.get("additionalProperties"), field.getValue(), at, errors);
                }
            }
        }

        private static boolean hasType(JsonNode value, JsonNode type) {
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (hasType(value, t)) {
                        return true;
                    }
                }
                return false;
            }
            return switch (type.asText()) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isTextual();
                case "boolean" -> value.isBoolean();
                case "null" -> value.isNull();
                case "number" -> value.isNumber();
                case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
                default -> throw new IllegalStateException("unknown type " + type);
            };
        }

        private static boolean contains(JsonNode options, JsonNode value) {
            for (JsonNode option : options) {
                if (same(option, value)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean same(JsonNode a, JsonNode b) {
            if (a.isNumber() && b.isNumber()) {
                return a.decimalValue().compareTo(b.decimalValue()) == 0;
            }
            return a.equals(b);
        }
    }
}
