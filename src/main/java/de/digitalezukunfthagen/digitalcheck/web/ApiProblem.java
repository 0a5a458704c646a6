package de.digitalezukunfthagen.digitalcheck.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An error of the JSON API as {@code application/problem+json} (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, and for rejected input {@code errors}, one per problem, each with the
 * {@code question} and {@code option} it concerns (or null) and a {@code detail}.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(String type, String title, int status, String detail, List<Error> errors) {
    public static final String CONTENT_TYPE = "application/problem+json";

    /** One thing wrong with the input. */
    @JsonPropertyOrder({"question", "option", "detail"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Error(String question, String option, String detail) {
    }

    public ApiProblem {
        errors = errors == null ? null : List.copyOf(errors);
    }

    /** A problem that needs no more than its status to be understood. */
    public static ApiProblem of(int status, String title, String detail) {
        return new ApiProblem("about:blank", title, status, detail, null);
    }

    /** Rejected input, with every problem found. */
    public static ApiProblem invalid(String detail, List<Error> errors) {
        return new ApiProblem("urn:digitalcheck:problem:invalid-input", "Invalid input", 400, detail, errors);
    }

    public void send(Context ctx) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(Json.mapper().writeValueAsString(this));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
