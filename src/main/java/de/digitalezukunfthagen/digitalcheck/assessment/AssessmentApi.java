package de.digitalezukunfthagen.digitalcheck.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Bounds;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerProblem;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.web.ApiProblem;
import de.digitalezukunfthagen.digitalcheck.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON API: list questionnaires, create an assessment, merge answers (returning the
 * result of the contract), read and delete it. Input is checked whole: an invalid body is refused with
 * every problem listed and nothing stored.
 */
final class AssessmentApi {
    private static final Set<String> CREATE_KEYS = Set.of("questionnaire", "version", "company", "answers", "previous", "test");
    private static final Set<String> ANSWER_KEYS = Set.of("questionnaire", "version", "answers");

    private final Assessments assessments;

    AssessmentApi(Assessments assessments) {
        this.assessments = assessments;
    }

    /** Before-handler: API writes must say {@code Content-Type: application/json} (415 otherwise). */
    static void requireJson(Context ctx) {
        HandlerType m = ctx.method();
        if ((m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH) && !Requests.isJson(ctx)) {
            throw new HttpResponseException(415, "unsupported media type");
        }
    }

    void questionnaires(Context ctx) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Questionnaire q : assessments.versions().current()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", q.id());
            item.put("version", q.version());
            item.put("title", q.title().in(q.language()));
            list.add(item);
        }
        ctx.json(list);
    }

    void create(Context ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        List<ApiProblem.Error> errors = new ArrayList<>();
        unknownKeys(body, CREATE_KEYS, errors);
        JsonNode id = body.get("questionnaire");
        Questionnaire q = null;
        if (id == null || !id.isTextual()) {
            errors.add(new ApiProblem.Error(null, null, "\"questionnaire\" must name a questionnaire id ("
                    + known() + ")"));
        } else {
            q = assessments.versions().current(id.textValue()).orElse(null);
            if (q == null) {
                errors.add(new ApiProblem.Error(null, null, "questionnaire '" + Bounds.echo(id.textValue()) + "' does not exist ("
                        + known() + ")"));
            }
        }
        if (q != null) {
            checkVersion(body.get("version"), q, errors);
        }
        String company = company(body.get("company"), errors);
        Answers answers = Answers.NONE;
        if (q != null && body.has("answers")) {
            AnswerParser.Parsed parsed = AnswerParser.parse(q, body.get("answers"));
            parsed.problems().forEach(p -> errors.add(error(p)));
            answers = parsed.answers();
        }
        String previous = previous(body.get("previous"), q, errors);
        JsonNode test = body.get("test");
        if (test != null && !test.isNull() && !test.isBoolean()) {
            errors.add(new ApiProblem.Error(null, null, "\"test\" must be true (a test or demonstration, left out of every "
                    + "comparison and count) or false"));
        }
        if (!errors.isEmpty()) {
            ApiProblem.invalid("The assessment was not created: " + errors.size() + " problem(s).", errors).send(ctx);
            return;
        }
        Assessments.Created created = assessments.create(q, answers, company, Assessments.ORIGIN_ONLINE, previous,
                test != null && test.asBoolean(false));
        String url = Requests.baseUrl(ctx) + AssessmentPages.base(created.token());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("token", created.token());
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", q.id());
        ref.put("version", q.version());
        response.put("questionnaire", ref);
        response.put("url", url);
        ctx.status(201).header("Location", url).json(response);
    }

    void get(Context ctx) {
        Assessments.Opened opened = assessments.open(ctx.pathParam("token")).orElseThrow(NotFoundResponse::new);
        Map<String, Object> response = opened.describe();
        Evaluation evaluation = opened.evaluate();
        response.putAll(FollowUp.api(FollowUp.comparisons(assessments, opened, evaluation), opened));
        response.put("url", Requests.baseUrl(ctx) + AssessmentPages.base(opened.token()));
        ctx.json(response);
    }

    void putAnswers(Context ctx) {
        // the row is read once: the changes are checked against its questionnaire version, then saved against it
        Assessments.Stored stored = assessments.stored(ctx.pathParam("token")).orElseThrow(NotFoundResponse::new);
        Questionnaire q = stored.questionnaire();
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        List<ApiProblem.Error> errors = new ArrayList<>();
        unknownKeys(body, ANSWER_KEYS, errors);
        JsonNode id = body.get("questionnaire");
        if (id != null && !id.isNull() && !(id.isTextual() && id.textValue().equals(q.id()))) {
            errors.add(new ApiProblem.Error(null, null, "this assessment belongs to questionnaire '" + q.id() + "'"));
        }
        checkVersion(body.get("version"), q, errors);
        JsonNode answers = body.get("answers");
        AnswerParser.Parsed parsed = null;
        if (answers == null || !answers.isObject()) {
            errors.add(new ApiProblem.Error(null, null, "\"answers\" must be an object of question ids to answers "
                    + "(null removes an answer)"));
        } else {
            parsed = AnswerParser.parse(q, answers);
            parsed.problems().forEach(p -> errors.add(error(p)));
        }
        if (!errors.isEmpty()) {
            ApiProblem.invalid("Nothing was stored: " + errors.size() + " problem(s) in the answers.", errors).send(ctx);
            return;
        }
        Assessments.Opened saved = assessments.saveAnswers(stored, parsed.changes()).orElseThrow(NotFoundResponse::new);
        ctx.json(saved.result());
    }

    void delete(Context ctx) {
        if (!assessments.delete(ctx.pathParam("token"))) {
            throw new NotFoundResponse();
        }
        ctx.status(204);
    }

    /** The body as a JSON object, or null after answering 400. */
    private static JsonNode body(Context ctx) {
        JsonNode body;
        try {
            body = Json.mapper().readTree(Requests.body(ctx));
        } catch (JsonProcessingException e) {
            ApiProblem.invalid("The body is not valid JSON: " + e.getOriginalMessage(), List.of()).send(ctx);
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (body == null || !body.isObject()) {
            ApiProblem.invalid("The body must be a JSON object.", List.of()).send(ctx);
            return null;
        }
        return body;
    }

    private static void unknownKeys(JsonNode body, Set<String> allowed, List<ApiProblem.Error> errors) {
        ((ObjectNode) body).fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                errors.add(new ApiProblem.Error(null, null, "unknown key \"" + Bounds.echo(key) + "\" (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        });
    }

    private static void checkVersion(JsonNode version, Questionnaire q, List<ApiProblem.Error> errors) {
        if (version == null || version.isNull()) {
            return;
        }
        // compared exactly: intValue() would let 4294967297 pass for version 1
        if (!version.isIntegralNumber() || version.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(q.version())) != 0) {
            errors.add(new ApiProblem.Error(null, null, "questionnaire '" + q.id() + "' is answered here in version "
                    + q.version() + ", not " + Bounds.echo(version.toString())));
        }
    }

    /** The token of the earlier check this one follows up, checked: it must open a check of the same questionnaire. */
    private String previous(JsonNode node, Questionnaire q, List<ApiProblem.Error> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        String message = "\"previous\" must be the token of an earlier check of the same questionnaire";
        if (!node.isTextual() || q == null) {
            errors.add(new ApiProblem.Error(null, null, message));
            return null;
        }
        boolean fits = assessments.questionnaireOf(node.textValue()).map(p -> p.id().equals(q.id())).orElse(false);
        if (!fits) {
            errors.add(new ApiProblem.Error(null, null, message));
            return null;
        }
        return node.textValue();
    }

    private static String company(JsonNode node, List<ApiProblem.Error> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new ApiProblem.Error(null, null, "\"company\" must be a string"));
            return null;
        }
        try {
            return Assessments.company(node.textValue());
        } catch (IllegalArgumentException e) {
            errors.add(new ApiProblem.Error(null, null, e.getMessage()));
            return null;
        }
    }

    private String known() {
        return "known: " + String.join(", ", assessments.versions().current().stream().map(Questionnaire::id).toList());
    }

    private static ApiProblem.Error error(AnswerProblem p) {
        return new ApiProblem.Error(p.question(), p.option(), p.message());
    }
}
