package de.digitalezukunfthagen.digitalcheck.workshop;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;

/**
 * The live view's data as JSON ({@code live.json}, polled every 2 s, and part of the JSON export):
 * the revision (which moves on with every change), who has finished, the dimensions' mean, minimum
 * and maximum, and the questions, the biggest disagreements first. Scores keep their one decimal
 * (100.0, not 1E+2), as in the result JSON.
 */
final class LiveJson {
    /** Numbers exactly as given; Jackson's default tree would write 100.0 as 1E+2. */
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private LiveJson() {
    }

    static ObjectNode of(Spread spread) {
        ObjectNode root = spread(spread);
        ArrayNode people = NODES.arrayNode();
        for (Spread.Person p : spread.people()) {
            ObjectNode person = people.addObject();
            person.put("number", p.number());
            person.put("name", p.name());
            person.put("role", p.role() == null ? null : p.role().id());
            person.put("finished", p.finished());
            person.put("answered", p.answered());
            person.put("visible", p.visible());
        }
        root.set("participants", people);
        return root;
    }

    static ObjectNode spread(Spread spread) {
        ObjectNode root = NODES.objectNode();
        root.put("revision", spread.revision());
        root.put("joined", spread.joined());
        root.put("finished", spread.finished());
        ArrayNode dimensions = root.putArray("dimensions");
        for (Spread.DimensionSpread d : spread.dimensions()) {
            ObjectNode node = dimensions.addObject();
            node.put("id", d.id());
            node.put("n", d.n());
            node.put("mean", d.mean());
            node.put("min", d.min());
            node.put("max", d.max());
        }
        ArrayNode questions = root.putArray("questions");
        for (Spread.QuestionSpread q : spread.questions()) {
            ObjectNode node = questions.addObject();
            node.put("id", q.id());
            node.put("dimension", q.dimension().id());
            node.put("answered", q.answered());
            node.put("deviation", q.deviation());
            node.put("dissent", q.dissent());
            if (!q.options().isEmpty()) {
                ArrayNode options = node.putArray("options");
                for (Spread.OptionShare o : q.options()) {
                    options.addObject().put("id", o.id()).put("count", o.count()).put("percent", o.percent());
                }
            }
            if (q.numbers() != null) {
                node.putObject("numbers").put("min", q.numbers().min()).put("median", q.numbers().median())
                        .put("max", q.numbers().max());
            }
            if (q.mostCommon() != null) {
                node.set("mostCommon", AnswersJson.toJson(q.mostCommon()));
            }
        }
        return root;
    }
}
