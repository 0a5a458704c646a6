package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Turns the node tree of one questionnaire file into the model, recording every structural problem. */
final class QuestionnaireParser {
    static final Set<String> TOP = keys("id", "version", "language", "title", "intro", "levels", "profile",
            "dimensions", "recommendations", "caps", "contacts_limit", "companies_limit", "plan_size", "plan_per_dimension",
            "estimated_minutes", "outro");
    static final Set<String> LEVEL = keys("id", "min", "title", "description");
    static final Set<String> DIMENSION = keys("id", "title", "description", "weight", "questions", "level_texts");
    static final Set<String> QUESTION = keys("id", "type", "text", "help", "required", "weight", "show_if",
            "options", "max_points", "min", "max", "unit", "bands", "integer");
    static final Set<String> OPTION = keys("id", "label", "points", "na", "unknown", "exclusive");
    static final Set<String> BAND = keys("min", "points");
    static final Set<String> RECOMMENDATION = keys("id", "dimension", "when", "priority", "horizon", "topics",
            "title", "text", "first_step", "benefit", "links", "as_of", "review_by",
            "effort", "owner", "cost");
    static final Set<String> CAP = keys("id", "when", "dimension", "level_at_most", "reason");
    static final Set<String> LINK = keys("title", "url");
    static final List<String> TYPES = List.of("single", "multi", "number", "text");
    static final List<String> HORIZONS = List.of("quick-win", "months", "year");

    /** The contract's pattern for the questionnaire id (and so the file name): unlike other ids, no _ or . */
    private static final java.util.regex.Pattern QUESTIONNAIRE_ID = java.util.regex.Pattern.compile("[a-z0-9-]+");

    private final Problems problems;
    private final ConditionParser conditions;
    private final Map<String, Pos> questionIds = new HashMap<>();
    private final Gaps gaps = new Gaps();
    private final List<ReviewDate> reviews = new ArrayList<>();
    private String language = "de";

    QuestionnaireParser(Problems problems) {
        this.problems = problems;
        this.conditions = new ConditionParser(problems);
    }

    static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    /** What the file declares that the returned model cannot show; valid once {@link #parse} has run. */
    Gaps gaps() {
        return gaps;
    }

    /** The review dates of the recommendations, for the reminder of {@code validate}; valid once {@link #parse} has run. */
    List<ReviewDate> reviews() {
        return List.copyOf(reviews);
    }

    /** Returns the questionnaire as far as it could be read, or null when the file is not even a mapping. */
    Questionnaire parse(Node root, String expectedId, String fingerprint) {
        language = declaredLanguage(root);
        Fields top = Fields.open(root, "the questionnaire", TOP, problems, language);
        if (top == null) {
            return null;
        }
        String lang = top.string("language", true);
        if (lang != null && !Fields.LANGUAGE.matcher(lang).matches()) {
            problems.at(top.value("language"), "'language' must be a language code such as de or en, not '" + lang + "'");
        }
        String id = top.string("id", true);
        if (id != null && !QUESTIONNAIRE_ID.matcher(id).matches()) {
            problems.at(top.value("id"), "'id' must match [a-z0-9-]+ (lower-case letters, digits and -), not '" + id + "'");
            id = null;
        }
        if (id != null && expectedId != null && !id.equals(expectedId)) {
            problems.at(top.value("id"), "the id '" + id + "' differs from the file name '" + expectedId
                    + ".yaml'; rename the file or change the id");
        }
        Integer version = top.integer("version", true);
        if (version != null && version < 1) {
            problems.at(top.value("version"), "'version' must be a positive whole number, not " + version);
        }
        Text title = top.text("title", true);
        Text intro = top.text("intro", false);
        Text outro = top.text("outro", false);
        List<Level> levels = levels(top);
        List<Question> profile = new ArrayList<>();
        List<Node> profileNodes = top.list("profile", false);
        if (profileNodes == null && top.keys().contains("profile")) {
            gaps.questionsUnknown = true;
        }
        for (Node node : profileNodes == null ? List.<Node>of() : profileNodes) {
            Question question = question(node, null);
            if (question != null) {
                profile.add(question);
            }
        }
        List<Dimension> dimensions = dimensions(top, levels);
        List<Recommendation> recommendations = recommendations(top);
        List<Cap> caps = caps(top);
        int contactsLimit = limit(top, "contacts_limit", 0, Questionnaire.DEFAULT_CONTACTS_LIMIT);
        int companiesLimit = limit(top, "companies_limit", 0, Questionnaire.DEFAULT_COMPANIES_LIMIT);
        // a plan of 0 steps, or 0 per area, would always be empty: surely a slip, not a wish
        int planSize = limit(top, "plan_size", 1, Questionnaire.DEFAULT_PLAN_SIZE);
        int planPerDimension = limit(top, "plan_per_dimension", 1, Questionnaire.DEFAULT_PLAN_PER_DIMENSION);
        Integer minutes = top.integer("estimated_minutes", false);
        if (minutes != null && minutes < 1) {
            problems.at(top.value("estimated_minutes"), "'estimated_minutes' must be at least 1");
        }
        // Built even when there are problems, so the reference checks can report theirs too;
        // the loader never hands out a questionnaire with problems.
        return new Questionnaire(id == null ? "" : id, version == null ? 0 : version, language,
                title == null ? Text.of(language, "") : title, intro, levels, profile, dimensions, recommendations, caps,
                contactsLimit, companiesLimit, planSize, planPerDimension, minutes, outro, fingerprint, problems.file());
    }

    /** A whole-number key with a lower bound, or its default when it is left out or wrong (then reported). */
    private int limit(Fields top, String key, int lowest, int defaultValue) {
        Integer value = top.integer(key, false);
        if (value == null) {
            return defaultValue;
        }
        if (value < lowest) {
            problems.at(top.value(key), "'" + key + "' must be " + (lowest == 0 ? "0 or more" : "at least " + lowest)
                    + ", not " + value);
            return defaultValue;
        }
        return value;
    }

    /** The default language must be known before any text is read, wherever the key stands in the file. */
    private static String declaredLanguage(Node root) {
        if (root instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            for (var tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode key && key.getValue().equals("language")
                        && tuple.getValueNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode value
                        && Fields.LANGUAGE.matcher(value.getValue()).matches()) {
                    return value.getValue();
                }
            }
        }
        return "de";
    }

    private List<Level> levels(Fields top) {
        List<Node> nodes = top.list("levels", true);
        if (nodes == null) {
            gaps.levelsUnknown = true;
            return List.of();
        }
        if (nodes.size() < 2) {
            problems.at(top.value("levels"), "a questionnaire needs at least 2 levels");
        }
        List<Level> levels = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        Double previous = null;
        for (Node node : nodes) {
            Fields f = Fields.open(node, "a level", LEVEL, problems, language);
            if (f == null) {
                gaps.levelsUnknown = true;
                continue;
            }
            String id = f.id("id", true);
            if (id != null && !ids.add(id)) {
                problems.at(f.value("id"), "duplicate level id '" + id + "'");
            }
            Double min = f.number("min", true);
            if (min != null) {
                if (previous == null && min != 0) {
                    problems.at(f.value("min"), "the first level must have min: 0, not " + format(min));
                } else if (previous != null && min <= previous) {
                    problems.at(f.value("min"), "levels must be in strictly ascending order of min: "
                            + format(min) + " is not above " + format(previous));
                }
                previous = min;
            }
            Text title = f.text("title", true);
            Text description = f.text("description", false);
            if (id != null) { // kept even when broken, so references to it are not reported as well
                levels.add(new Level(id, min == null ? Double.NaN : min, title, description, f.pos()));
            }
        }
        return levels;
    }

    private List<Dimension> dimensions(Fields top, List<Level> levels) {
        List<Node> nodes = top.list("dimensions", true);
        if (nodes == null) {
            gaps.dimensionsUnknown = true;
            gaps.questionsUnknown = true;
            return List.of();
        }
        if (nodes.isEmpty()) {
            problems.at(top.value("dimensions"), "a questionnaire needs at least 1 dimension");
        }
        List<Dimension> dimensions = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Node node : nodes) {
            Fields f = Fields.open(node, "a dimension", DIMENSION, problems, language);
            if (f == null) {
                gaps.dimensionsUnknown = true;
                gaps.questionsUnknown = true;
                continue;
            }
            String id = f.id("id", true);
            if (id != null) {
                if (id.equals(Condition.OVERALL)) {
                    problems.at(f.value("id"), "'overall' is reserved for the overall score and cannot be a dimension id");
                } else if (!ids.add(id)) {
                    problems.at(f.value("id"), "duplicate dimension id '" + id + "'");
                }
            }
            Text title = f.text("title", true);
            Text description = f.text("description", false);
            double weight = weight(f);
            List<Node> questionNodes = f.list("questions", true);
            if (questionNodes == null) {
                gaps.questionsUnknown = true;
            } else if (questionNodes.isEmpty()) {
                problems.at(f.value("questions"), "dimension '" + id + "' has no questions");
            }
            List<Question> questions = new ArrayList<>();
            for (Node questionNode : questionNodes == null ? List.<Node>of() : questionNodes) {
                Question question = question(questionNode, id == null ? "?" : id);
                if (question != null) {
                    questions.add(question);
                }
            }
            dimensions.add(new Dimension(id, title, description, weight, questions, levelTexts(f, id, levels), f.pos()));
        }
        return dimensions;
    }

    private double weight(Fields f) {
        Double weight = f.number("weight", false);
        if (weight == null) {
            return 1;
        }
        if (weight < 0) {
            problems.at(f.value("weight"), "'weight' must be 0 or more, not " + format(weight));
            return 1;
        }
        return weight;
    }

    private Question question(Node node, String dimension) {
        Fields f = Fields.open(node, "a question", QUESTION, problems, language);
        if (f == null) {
            gaps.questionsUnknown = true;
            return null;
        }
        String id = f.id("id", true);
        if (id != null) {
            Pos first = questionIds.putIfAbsent(id, f.valuePos("id"));
            if (first != null) {
                gaps.questions.add(id);
                problems.at(f.value("id"), "duplicate question id '" + id + "' (first at line " + first.line()
                        + "); question ids must be unique in the whole questionnaire");
            }
        }
        String typeName = f.oneOf("type", true, TYPES);
        Text text = f.text("text", true);
        Text help = f.text("help", false);
        double weight = weight(f);
        Condition showIf = f.has("show_if") ? conditions.parse(f.value("show_if"), "show_if of question '" + id + "'") : null;
        if (typeName == null) {
            if (id == null) {
                return null;
            }
            // kept with its show_if, so that it is checked and references to it are not reported as well
            gaps.questions.add(id);
            return new Question(id, null, text == null ? Text.of(language, "") : text, help, false, weight, showIf,
                    List.of(), 0, null, null, null, List.of(), false, dimension, f.pos());
        }
        QuestionType type = QuestionType.valueOf(typeName.toUpperCase());
        Boolean requiredFlag = f.bool("required");
        boolean required = requiredFlag != null ? requiredFlag : (type == QuestionType.SINGLE || type == QuestionType.MULTI);
        for (String key : List.of("options", "max_points", "min", "max", "unit", "bands", "integer")) {
            if (f.keys().contains(key) && !allowedFor(type, key)) {
                problems.at(f.keyPos(key), "'" + key + "' is not allowed in a " + typeName + " question");
            }
        }
        List<Option> options = List.of();
        List<Band> bands = List.of();
        Double min = null;
        Double max = null;
        Text unit = null;
        boolean integer = false;
        double highest = 0;
        double defaultMax = 0;
        switch (type) {
            case SINGLE, MULTI -> {
                options = options(f, type, id);
                for (Option o : options) {
                    if (!o.na() && !o.unknown()) {
                        highest = Math.max(highest, o.points());
                        defaultMax += o.points();
                    }
                }
                if (type == QuestionType.SINGLE) {
                    defaultMax = highest;
                }
            }
            case NUMBER -> {
                min = f.number("min", false);
                max = f.number("max", false);
                if (min != null && max != null && min > max) {
                    problems.at(f.value("max"), "'max' (" + format(max) + ") is below 'min' (" + format(min) + ")");
                }
                unit = f.text("unit", false);
                integer = Boolean.TRUE.equals(f.bool("integer"));
                if (integer) {
                    for (String bound : List.of("min", "max")) {
                        Double b = bound.equals("min") ? min : max;
                        if (b != null && b != Math.rint(b)) {
                            problems.at(f.value(bound), "'" + bound + "' of a question with integer: true must be a whole number, not "
                                    + format(b));
                        }
                    }
                }
                bands = bands(f, min);
                for (Band b : bands) {
                    highest = Math.max(highest, b.points());
                }
                defaultMax = highest;
            }
            case TEXT -> {
            }
        }
        double maxPoints = defaultMax;
        boolean scored = type == QuestionType.SINGLE || type == QuestionType.MULTI
                || (type == QuestionType.NUMBER && f.has("bands"));
        if (type == QuestionType.NUMBER && f.has("max_points") && !f.has("bands")) {
            problems.at(f.keyPos("max_points"), "'max_points' needs 'bands'; a number question without bands gives no points");
        } else if (f.has("max_points") && allowedFor(type, "max_points")) {
            Double declared = f.number("max_points", true);
            if (declared != null) {
                if (declared <= 0) {
                    problems.at(f.value("max_points"), "'max_points' must be greater than 0, not " + format(declared));
                } else if (type != QuestionType.MULTI && declared < highest) {
                    problems.at(f.value("max_points"), "'max_points' (" + format(declared)
                            + ") is below the highest points this question can give (" + format(highest) + ")");
                } else {
                    maxPoints = declared;
                }
            }
        } else if (scored && defaultMax <= 0 && (!options.isEmpty() || !bands.isEmpty())) {
            problems.at(f.pos(), "question '" + id + "' can give no points (max_points would be 0); give its "
                    + (type == QuestionType.NUMBER ? "bands" : "options") + " points");
        }
        if (id == null) {
            return null;
        }
        return new Question(id, type, text == null ? Text.of(language, "") : text, help, required, weight, showIf, options, maxPoints, min, max, unit, bands,
                integer, dimension, f.pos());
    }

    private static boolean allowedFor(QuestionType type, String key) {
        return switch (key) {
            case "options" -> type == QuestionType.SINGLE || type == QuestionType.MULTI;
            case "max_points" -> type != QuestionType.TEXT;
            default -> type == QuestionType.NUMBER;
        };
    }

    private List<Option> options(Fields q, QuestionType type, String questionId) {
        List<Node> nodes = q.list("options", true);
        if (nodes == null) {
            return List.of();
        }
        if (nodes.size() < 2) {
            problems.at(q.value("options"), "a " + type.id() + " question needs at least 2 options");
        }
        record Raw(Fields f, String id, Text label, Double points, boolean na, boolean unknown, boolean exclusive) {
            /** na and unknown options have no points and are left out when the defaults are counted out. */
            boolean pointless() {
                return na || unknown;
            }
        }
        List<Raw> raws = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Node node : nodes) {
            Fields f = Fields.open(node, "an option of question '" + questionId + "'", OPTION, problems, language);
            if (f == null) {
                continue;
            }
            String id = f.id("id", true);
            if (id != null && !ids.add(id)) {
                problems.at(f.value("id"), "duplicate option id '" + id + "' in question '" + questionId + "'");
            }
            Text label = f.text("label", true);
            Double points = f.number("points", false);
            if (points != null && points < 0) {
                problems.at(f.value("points"), "'points' must be 0 or more, not " + format(points));
            }
            boolean na = Boolean.TRUE.equals(f.bool("na"));
            boolean unknown = Boolean.TRUE.equals(f.bool("unknown"));
            boolean exclusive = Boolean.TRUE.equals(f.bool("exclusive"));
            if (na && unknown) {
                problems.at(f.value("unknown"), "option '" + id + "' cannot be both na (does not apply) and unknown (don't know); "
                        + "choose one");
            } else if (na && points != null) {
                problems.at(f.value("points"), "option '" + id + "' is marked na and cannot carry points");
            } else if (unknown && points != null) {
                problems.at(f.value("points"), "option '" + id + "' is marked unknown and cannot carry points; "
                        + "\"don't know\" counts with 0 points");
            }
            raws.add(new Raw(f, id, label, points, na, unknown, exclusive));
        }
        if (type == QuestionType.SINGLE) {
            List<Raw> scorable = raws.stream().filter(r -> !r.pointless()).toList();
            long declared = scorable.stream().filter(r -> r.points() != null).count();
            if (declared > 0 && declared < scorable.size()) {
                for (Raw r : scorable) {
                    if (r.points() == null) {
                        problems.at(r.f().pos(), "option '" + r.id() + "' of question '" + questionId
                                + "' has no points while other options have; give every option points, or none");
                    }
                }
            }
        }
        List<Option> options = new ArrayList<>();
        int next = 0;
        for (Raw r : raws) {
            double points;
            if (r.pointless()) {
                points = 0;
            } else if (r.points() != null) {
                points = r.points();
            } else if (type == QuestionType.SINGLE) {
                points = next;
            } else {
                points = r.exclusive() ? 0 : 1;
            }
            if (!r.pointless()) {
                next++;
            }
            if (r.id() != null) { // kept without a label, so references to it are not reported as well
                options.add(new Option(r.id(), r.label() == null ? Text.of(language, "") : r.label(), points, r.na(),
                        r.unknown(), r.exclusive(), r.f().pos()));
            }
        }
        return options;
    }

    private List<Band> bands(Fields q, Double questionMin) {
        List<Node> nodes = q.list("bands", false);
        if (nodes == null) {
            return List.of();
        }
        if (nodes.isEmpty()) {
            problems.at(q.value("bands"), "'bands' must not be empty; leave the key out for an unscored number");
        }
        List<Band> bands = new ArrayList<>();
        Double previous = null;
        for (Node node : nodes) {
            Fields f = Fields.open(node, "a band", BAND, problems, language);
            if (f == null) {
                continue;
            }
            Double min = f.number("min", true);
            Double points = f.number("points", true);
            if (points != null && points < 0) {
                problems.at(f.value("points"), "'points' must be 0 or more, not " + format(points));
            }
            if (min != null) {
                // "the question's min or 0": a band from 0 is accepted for a question with a min too,
                // as in the contract's example bands; it leaves no gap below the first band
                boolean firstOk = min == 0 || questionMin != null && min == questionMin.doubleValue();
                if (previous == null && !firstOk) {
                    problems.at(f.value("min"), "the first band must start at "
                            + (questionMin == null || questionMin == 0 ? "0" : format(questionMin) + " (the question's min) or 0")
                            + ", not " + format(min));
                } else if (previous != null && min <= previous) {
                    problems.at(f.value("min"), "bands must be in strictly ascending order of min: "
                            + format(min) + " is not above " + format(previous));
                }
                previous = min;
            }
            if (min != null && points != null) {
                bands.add(new Band(min, points));
            }
        }
        return bands;
    }

    /**
     * {@code level_texts} of a dimension: what each level means for this dimension, keyed by level id
     * (any subset of the levels).
     */
    private Map<String, Text> levelTexts(Fields f, String dimensionId, List<Level> levels) {
        if (!f.has("level_texts")) {
            return Map.of();
        }
        Node value = f.value("level_texts");
        if (!(value instanceof org.yaml.snakeyaml.nodes.MappingNode mapping)) {
            problems.at(value, "'level_texts' must map level ids to texts, e.g. {beginner: ...}, not " + Fields.describe(value));
            return Map.of();
        }
        Map<String, Text> texts = new java.util.LinkedHashMap<>();
        for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
            String level = tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k ? k.getValue() : "?";
            if (levels.stream().noneMatch(l -> l.id().equals(level))) {
                problems.at(tuple.getKeyNode(), "'level_texts' of dimension '" + dimensionId + "' names level '" + level
                        + "', which does not exist (levels: " + String.join(", ", levels.stream().map(Level::id).toList()) + ")");
                continue;
            }
            if (texts.containsKey(level)) {
                problems.at(tuple.getKeyNode(), "'level_texts' of dimension '" + dimensionId + "' gives level '" + level + "' twice");
                continue;
            }
            Text text = Fields.text(tuple.getValueNode(), "'level_texts." + level + "'", language, problems);
            if (text != null) {
                texts.put(level, text);
            }
        }
        return texts;
    }

    private List<Recommendation> recommendations(Fields top) {
        List<Node> nodes = top.list("recommendations", false);
        if (nodes == null) {
            return List.of();
        }
        List<Recommendation> recommendations = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Node node : nodes) {
            Fields f = Fields.open(node, "a recommendation", RECOMMENDATION, problems, language);
            if (f == null) {
                continue;
            }
            String id = f.id("id", true);
            if (id != null && !ids.add(id)) {
                problems.at(f.value("id"), "duplicate recommendation id '" + id + "'");
            }
            Ref dimension = f.ref("dimension", true);
            Condition when = f.has("when") ? conditions.parse(f.value("when"), "recommendation '" + id + "'") : null;
            Integer priority = f.integer("priority", true);
            if (priority != null && (priority < 1 || priority > 3)) {
                problems.at(f.value("priority"), "'priority' must be 1 (most urgent), 2 or 3, not " + priority);
            }
            String horizon = f.oneOf("horizon", true, HORIZONS);
            List<String> topics = f.ids("topics", false);
            Text title = f.text("title", true);
            Text text = f.text("text", false);
            Text firstStep = f.text("first_step", false);
            Text benefit = f.text("benefit", false);
            Text effort = f.text("effort", false);
            Text owner = f.text("owner", false);
            Text cost = f.text("cost", false);
            List<Link> links = f.each("links", false, this::link);
            FactDates dates = FactDates.read(f, "recommendation '" + id + "'", reviews);
            // kept even when broken, so that its references are checked too
            recommendations.add(new Recommendation(id == null ? "?" : id, dimension, when, priority == null ? 0 : priority,
                    horizon == null ? null : Horizon.byId(horizon), topics, title, text, firstStep, benefit, links,
                    dates.asOf(), dates.reviewBy(), new Recommendation.Effort(effort, owner, cost), f.pos()));
        }
        return recommendations;
    }

    private List<Cap> caps(Fields top) {
        List<Node> nodes = top.list("caps", false);
        if (nodes == null) {
            return List.of();
        }
        List<Cap> caps = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Node node : nodes) {
            Fields f = Fields.open(node, "a cap", CAP, problems, language);
            if (f == null) {
                continue;
            }
            String id = f.id("id", true);
            if (id != null && !ids.add(id)) {
                problems.at(f.value("id"), "duplicate cap id '" + id + "'");
            }
            // a cap decides a level, so its own condition must not depend on a level
            Condition when = null;
            if (f.has("when")) {
                when = conditions.parseWithoutLevels(f.value("when"), "cap '" + id + "'");
            } else if (!f.keys().contains("when")) { // a key without a value was reported when the mapping was opened
                problems.at(f.pos(), "missing key 'when' in a cap");
            }
            Ref dimension = f.ref("dimension", false);
            Ref levelAtMost = f.ref("level_at_most", true);
            Text reason = f.text("reason", true);
            // kept even when broken, so that its references are checked too
            caps.add(new Cap(id == null ? "?" : id, when, dimension, levelAtMost, reason, f.pos()));
        }
        return caps;
    }

    private Link link(Node node) {
        Fields f = Fields.open(node, "a link", LINK, problems, language);
        if (f == null) {
            return null;
        }
        Text title = f.text("title", true);
        String url = f.string("url", true);
        if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
            problems.at(f.value("url"), "'url' must start with https:// or http://, not '" + url + "'");
            return null;
        }
        return title == null || url == null ? null : new Link(title, url);
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
