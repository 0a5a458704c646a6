package de.digitalezukunfthagen.digitalcheck.workshop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * All participants' answers, for Excel and for programs. The CSV is what German Excel opens by a
 * double click: UTF-8 with a byte order mark, semicolons, CRLF line ends, every field quoted, decimal
 * commas; one row per participant and question (long format, easy to filter and pivot), then each
 * participant's dimension and overall scores, then the same for the consensus. Removed participants
 * are left out, as in every figure. Texts that people typed and that Excel would read as a formula
 * get a leading apostrophe.
 */
final class Export {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The app's JSON configuration, with trees that keep a score's decimal (100.0, not 1E+2). */
    private static final ObjectMapper EXACT = Json.mapper().copy().setNodeFactory(LiveJson.NODES);

    private Export() {
    }

    static byte[] csv(Questionnaire q, List<Contact> contacts, Workshop w, List<Participant> participants, Language language,
            Messages messages) {
        String lang = language.code();
        StringBuilder out = new StringBuilder();
        row(out, List.of(messages.get(language, "workshop.csv.participant"), messages.get(language, "workshop.csv.name"),
                messages.get(language, "workshop.csv.role"), messages.get(language, "workshop.csv.finished"),
                messages.get(language, "workshop.csv.dimension"), messages.get(language, "workshop.csv.questionId"),
                messages.get(language, "workshop.csv.question"), messages.get(language, "workshop.csv.answer"),
                messages.get(language, "workshop.csv.answerIds"), messages.get(language, "workshop.csv.score")));
        NumberFormat decimal = NumberFormat.getNumberInstance(language.locale());
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        decimal.setGroupingUsed(false);
        for (Participant p : participants) {
            List<String> who = List.of(String.valueOf(p.number()), typed(p.name() == null ? "" : p.name()),
                    p.role() == null ? "" : messages.get(language, p.role().key()),
                    messages.get(language, p.finished() ? "workshop.csv.yes" : "workshop.csv.no"));
            rows(out, q, contacts, w.profile(), p.answers(), who, language, messages, decimal);
        }
        // the consensus, scored like a participant: what the group agreed on so far
        List<String> group = List.of(messages.get(language, "workshop.csv.consensus"), "", "",
                messages.get(language, w.handedOver() ? "workshop.csv.yes" : "workshop.csv.no"));
        rows(out, q, contacts, w.profile(), w.consensus(), group, language, messages, decimal);
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    /**
     * One row per visible question with the answer and its score, then one row per dimension and one
     * for the whole with the engine's rounded score (the same {@code BigDecimal} as the result JSON).
     */
    private static void rows(StringBuilder out, Questionnaire q, List<Contact> contacts, Answers profile, Answers answers,
            List<String> who, Language language, Messages messages, NumberFormat decimal) {
        String lang = language.code();
        Evaluation e = Scorer.evaluate(q, contacts, profile.merge(answers.values()));
        for (Dimension d : q.dimensions()) {
            for (Question question : d.questions()) {
                if (!e.isVisible(question.id())) {
                    continue;
                }
                var answer = answers.get(question.id());
                Double score = e.questionScores().get(question.id());
                List<String> fields = new ArrayList<>(who);
                fields.addAll(List.of(d.title().in(lang), question.id(), question.text().in(lang),
                        typed(AnswerText.of(question, answer, language)), answer == null ? "" : typed(ids(answer)),
                        score == null ? "" : decimal.format(Scorer.round(score))));
                row(out, fields);
            }
        }
        for (Dimension d : q.dimensions()) {
            row(out, scoreRow(who, d.title().in(lang), messages.get(language, "workshop.csv.dimensionScore"),
                    e.result().dimension(d.id()).score(), decimal));
        }
        row(out, scoreRow(who, messages.get(language, "workshop.csv.overall"), messages.get(language, "workshop.csv.overallScore"),
                e.result().overall().score(), decimal));
    }

    private static List<String> scoreRow(List<String> who, String dimension, String label, BigDecimal score, NumberFormat decimal) {
        List<String> fields = new ArrayList<>(who);
        fields.addAll(List.of(dimension, "", label, "", "", score == null ? "" : decimal.format(score)));
        return fields;
    }

    private static String ids(de.digitalezukunfthagen.digitalcheck.scoring.Answer answer) {
        var node = AnswersJson.toJson(answer);
        if (node.isArray()) {
            List<String> ids = new ArrayList<>();
            node.forEach(n -> ids.add(n.asText()));
            return String.join(",", ids);
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    /** Text a person typed: Excel must show it, not compute it. */
    static String typed(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    static ObjectNode json(Questionnaire q, List<Contact> contacts, Workshop w, List<Participant> participants, Spread spread) {
        ObjectNode root = LiveJson.NODES.objectNode();
        ObjectNode workshop = root.putObject("workshop");
        workshop.put("company", w.company());
        ObjectNode questionnaire = workshop.putObject("questionnaire");
        questionnaire.put("id", q.id());
        questionnaire.put("version", q.version());
        workshop.put("joinCode", w.joinCode());
        workshop.put("created", Instant.ofEpochMilli(w.createdAt()).toString());
        root.set("profile", AnswersJson.toJson(w.profile()));
        root.set("consensus", AnswersJson.toJson(w.consensus()));
        ArrayNode people = root.putArray("participants");
        for (Participant p : participants) {
            ObjectNode person = people.addObject();
            person.put("number", p.number());
            person.put("name", p.name());
            person.put("role", p.role() == null ? null : p.role().id());
            person.put("joined", Instant.ofEpochMilli(p.joinedAt()).toString());
            person.put("finished", p.finishedAt() == null ? null : Instant.ofEpochMilli(p.finishedAt()).toString());
            person.set("answers", AnswersJson.toJson(p.answers()));
            person.set("result", EXACT.valueToTree(Scorer.score(q, contacts, w.profile().merge(p.answers().values()))));
        }
        root.set("spread", LiveJson.spread(spread));
        return root;
    }
}
