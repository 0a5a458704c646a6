package de.digitalezukunfthagen.digitalcheck.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Condition;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Ref;

/** A condition written back in the form of the contract, for the script that shows and hides questions at once. */
final class ConditionJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ConditionJson() {
    }

    static ObjectNode of(Condition condition) {
        ObjectNode node = F.objectNode();
        if (condition instanceof Condition.AnswerIs c) {
            node.put("answer", c.question().id()).put("is", c.option().id());
        } else if (condition instanceof Condition.AnswerIn c) {
            node.put("answer", c.question().id());
            ArrayNode in = node.putArray("in");
            c.options().stream().map(Ref::id).forEach(in::add);
        } else if (condition instanceof Condition.Answered c) {
            node.put("answer", c.question().id()).put("answered", c.answered());
        } else if (condition instanceof Condition.AnswerAtLeast c) {
            node.put("answer", c.question().id()).put("at_least", c.value());
        } else if (condition instanceof Condition.AnswerAtMost c) {
            node.put("answer", c.question().id()).put("at_most", c.value());
        } else if (condition instanceof Condition.All c) {
            ArrayNode all = node.putArray("all");
            c.conditions().forEach(x -> all.add(of(x)));
        } else if (condition instanceof Condition.Any c) {
            ArrayNode any = node.putArray("any");
            c.conditions().forEach(x -> any.add(of(x)));
        } else if (condition instanceof Condition.Not c) {
            node.set("not", of(c.condition()));
        } else {
            // dimension conditions never stand in show_if; the server decides such a question anyway
            node.put("server", true);
        }
        return node;
    }
}
