package dev.tolk.web;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.tolk.article.ArticleTooLargeException;
import dev.tolk.fidelity.UnsupportedLanguageException;
import dev.tolk.llm.BackendUnavailableException;
import dev.tolk.llm.DeadlineExceededException;
import dev.tolk.llm.LlmConfig;
import io.vertx.core.http.HttpClosedException;

/**
 * Every error leaves as {@code application/problem+json}. Written here rather than taken from a library because
 * the statuses and types are tolk's contract (a backend failure is a 503 with Retry-After, never a 500), and a
 * stack trace never reaches a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    LlmConfig llm;

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(ProblemMappers::describe).sorted().collect(Collectors.joining("; "));
        return new Problem(Problem.INVALID_REQUEST, "Invalid request", 400, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return new Problem(Problem.INVALID_REQUEST, "Invalid request", 400,
                "Unknown field '" + e.getPropertyName() + "'; known fields: " + e.getKnownPropertyIds()).toResponse();
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e) {
        return new Problem(Problem.INVALID_REQUEST, "Invalid request", 400,
                "Field '" + path(e) + "' has the wrong type or value: " + e.getValue()).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = path(e);
        String detail = field.isEmpty() ? "The request body must be a JSON object."
                : "Field '" + field + "' has the wrong type.";
        return new Problem(Problem.INVALID_REQUEST, "Invalid request", 400, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return new Problem(Problem.MALFORMED_JSON, "Malformed JSON", 400,
                "The request body is not valid JSON: " + e.getOriginalMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return new Problem(Problem.INVALID_REQUEST, "Invalid request", 400,
                "The request body does not match the expected shape at '" + path(e) + "'.").toResponse();
    }

    @ServerExceptionMapper
    public Response tooLarge(ArticleTooLargeException e) {
        return new Problem(Problem.TOO_LARGE, "Text too large", 413, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unsupportedLanguage(UnsupportedLanguageException e) {
        return new Problem(Problem.UNSUPPORTED_LANGUAGE, "Unsupported language", 422, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response backendUnavailable(BackendUnavailableException e) {
        return new Problem(Problem.BACKEND_UNAVAILABLE, "Backend unavailable", 503, e.getMessage())
                .toResponse(e.retryAfter() != null ? e.retryAfter() : llm.resilience().retryAfter());
    }

    @ServerExceptionMapper
    public Response deadline(DeadlineExceededException e) {
        return new Problem(Problem.DEADLINE_EXCEEDED, "Deadline exceeded", 504, e.getMessage())
                .toResponse(llm.resilience().retryAfter());
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return new Problem(Problem.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                "Send the request body as application/json.").toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return new Problem(Problem.NOT_FOUND, "Not found", 404, "No such resource.").toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        // The JSON body reader wraps syntax and some binding errors in a plain 400; keep their own problem types.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformed(parse);
            }
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mapping(mapping);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "HTTP " + status;
        return new Problem(Problem.HTTP, title, status, status >= 500 ? "The request could not be processed." : e.getMessage())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (clientWentAway(e)) {
            // The client closed the connection while its request was being read (a load generator stopping, a
            // user cancelling): nobody will read this response, and it is not a failure of tolk's.
            LOG.debugf("Client went away while sending its request: %s", e);
            return new Problem(Problem.INVALID_REQUEST, "Incomplete request", 400,
                    "The connection closed before the request body arrived.").toResponse();
        }
        LOG.error("Unexpected failure", e);
        return new Problem(Problem.INTERNAL, "Internal error", 500, "The request could not be processed.").toResponse();
    }

    /**
     * An I/O failure of the incoming connection: the request body reader reports the closed channel as an
     * IOException. Backend I/O failures never get here; the gateway turns them into 503s.
     */
    static boolean clientWentAway(Throwable e) {
        if (!(e instanceof IOException)) {
            return false;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ClosedChannelException || c instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "translate.request.text" → "text": clients know fields, not Java method names.
        String[] parts = path.split("\\.");
        String field = parts.length >= 3 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts.length == 2 ? "body" : path;
        return field + ": " + v.getMessage();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
