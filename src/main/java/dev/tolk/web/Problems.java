package dev.tolk.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.tolk.article.ArticleTooLargeException;
import dev.tolk.language.UnsupportedLanguageException;
import dev.tolk.llm.BackendPushback;
import dev.tolk.llm.BackendUnavailableException;
import dev.tolk.llm.DeadlineExceededException;
import dev.tolk.llm.LlmConfig;
import dev.tolk.markup.NoTextException;
import dev.tolk.markup.TooDeeplyNestedException;

/**
 * The one place that decides which failure is which {@link Problem}: REST error responses, SSE {@code error} events,
 * MCP tool errors and the DeepL and LibreTranslate error bodies are all made from what this returns. Written here
 * rather than taken from a library because the statuses and types are tolk's contract (a backend failure is a 503
 * with Retry-After, never a 500), and a stack trace never reaches a client.
 */
@ApplicationScoped
public class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);

    private final LlmConfig llm;
    private final BackendPushback pushback;

    Problems(LlmConfig llm, BackendPushback pushback) {
        this.llm = llm;
        this.pushback = pushback;
    }

    /**
     * The Retry-After (seconds) for {@code problem} sent as a 503 or 429 by an API whose clients only retry those
     * (DeepL's, LibreTranslate's): what the backend asked for if it did, else tolk's configured wait.
     */
    public long retryAfterSeconds(Problem problem) {
        Problem timed = problem.retryAfter() != null ? problem
                : new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                        llm.resilience().retryAfter());
        return timed.retryAfterSeconds();
    }

    /** The problem {@code failure} stands for; an unexpected one is logged here, once, and is a 500. */
    public Problem of(Throwable failure) {
        Throwable e = unwrapped(failure);
        if (e instanceof BackendUnavailableException b) {
            return new Problem(Problem.BACKEND_UNAVAILABLE, "Backend unavailable", 503, b.getMessage(),
                    b.retryAfter() != null ? b.retryAfter() : llm.resilience().retryAfter());
        }
        if (e instanceof DeadlineExceededException) {
            // Never sooner than a wait the backend itself asked for (a 429's Retry-After): the client would only
            // come back into it.
            Duration asked = pushback.remaining();
            Duration own = llm.resilience().retryAfter();
            return new Problem(Problem.DEADLINE_EXCEEDED, "Deadline exceeded", 504, e.getMessage(),
                    asked.compareTo(own) > 0 ? asked : own);
        }
        if (e instanceof ProblemException p) {
            return p.problem();
        }
        if (e instanceof ArticleTooLargeException) {
            return new Problem(Problem.TOO_LARGE, "Text too large", 413, e.getMessage());
        }
        if (e instanceof UnsupportedLanguageException) {
            return new Problem(Problem.UNSUPPORTED_LANGUAGE, "Unsupported language", 422, e.getMessage());
        }
        if (e instanceof NoTextException) {
            return invalid(e.getMessage());
        }
        if (e instanceof ConstraintViolationException v) {
            return invalid(v.getConstraintViolations().stream().map(Problems::describe).sorted()
                    .collect(Collectors.joining("; ")));
        }
        if (e instanceof TooDeeplyNestedException) {
            return tooDeep(e.getMessage());
        }
        if (e instanceof InvalidUtf8Exception) {
            return malformed(e.getMessage());
        }
        if (e instanceof StreamConstraintsException limit) {
            return jsonLimit(limit);
        }
        if (e instanceof JsonParseException parse) {
            return malformed("The request body is not valid JSON: " + parse.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException trailing && trailing.getOriginalMessage().startsWith("Trailing token")) {
            return malformed("The request body must be one JSON value, with nothing after it.");
        }
        if (e instanceof JsonMappingException mapping) {
            return invalid(describe(mapping));
        }
        if (e instanceof JsonProcessingException other) {
            // InputCoercionException: a number too large for its field (e.g. maxBullets: 1e400)
            return invalid("The request body has a value tolk cannot read: " + other.getOriginalMessage());
        }
        if (e instanceof NotSupportedException) {
            return new Problem(Problem.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                    "Send the request body as application/json.");
        }
        if (e instanceof NotFoundException) {
            return new Problem(Problem.NOT_FOUND, "Not found", 404, "No such resource.");
        }
        if (e instanceof WebApplicationException http) {
            return http(http);
        }
        if (ClientGone.wentAway(e)) {
            // The client closed the connection while its request was read or its answer written (a load generator
            // stopping, a user cancelling): nobody will read this response, and it is not a failure of tolk's.
            LOG.debugf("Client went away: %s", e);
            return invalid("The connection closed before the request body arrived.", "Incomplete request");
        }
        LOG.error("Unexpected failure", e);
        return new Problem(Problem.INTERNAL, "Internal error", 500, "The request could not be processed.");
    }

    /** The same, as a JAX-RS response. */
    public Response response(Throwable failure) {
        return of(failure).toResponse();
    }

    public static Problem invalid(String detail) {
        return invalid(detail, "Invalid request");
    }

    private static Problem invalid(String detail, String title) {
        return new Problem(Problem.INVALID_REQUEST, title, 400, detail);
    }

    static Problem malformed(String detail) {
        return new Problem(Problem.MALFORMED_JSON, "Malformed JSON", 400, detail);
    }

    static Problem tooDeep(String detail) {
        return new Problem(Problem.TOO_DEEPLY_NESTED, "Too deeply nested", 400, detail);
    }

    /** Jackson's stream-read constraints (set from {@link HttpLimitsConfig}): the message names the limit. */
    private static Problem jsonLimit(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        // "Document nesting depth (33) exceeds the maximum allowed (32, from `StreamReadConstraints...`)": the
        // parenthesised Java names are cut, clients know the limit's config key from README instead.
        int javaName = message.indexOf(", from `");
        String detail = javaName > 0 ? message.substring(0, javaName) + ")" : message;
        return message.contains("nesting depth") ? tooDeep("The JSON body is nested too deeply: " + detail)
                : invalid("The JSON body is over a limit: " + detail);
    }

    /** A plain HTTP error; the JSON body reader wraps syntax and binding errors in one, so those keep their type. */
    private Problem http(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException || cause instanceof StreamConstraintsException
                    || cause instanceof InvalidUtf8Exception) {
                return of(cause);
            }
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return of(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem(Problem.HTTP, title, status,
                status >= 500 ? "The request could not be processed." : e.getMessage());
    }

    /** Completion and execution wrappers hide what actually failed. */
    private static Throwable unwrapped(Throwable e) {
        Throwable out = e;
        while ((out instanceof java.util.concurrent.CompletionException
                || out instanceof java.util.concurrent.ExecutionException) && out.getCause() != null) {
            out = out.getCause();
        }
        return out;
    }

    private static String describe(JsonMappingException e) {
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'; known fields: " + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException wrong) {
            return "Field '" + field + "' has the wrong type or value: " + wrong.getValue();
        }
        if (e instanceof MismatchedInputException) {
            return field.isEmpty() ? "The request body must be a JSON object." : "Field '" + field + "' has the wrong type.";
        }
        return "The request body does not match the expected shape at '" + field + "'.";
    }

    private static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "translate.request.text" → "text": clients know fields, not Java method names.
        String[] parts = path.split("\\.");
        String field = parts.length >= 3 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length))
                : parts.length == 2 ? "body" : path;
        return field + ": " + v.getMessage();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
