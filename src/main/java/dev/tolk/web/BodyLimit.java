package dev.tolk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A body over {@code quarkus.http.limits.max-body-size} gets the same 413 problem document as a text over tolk's own
 * character limit. Vert.x refuses such a body itself, with an empty 413 that tells a client nothing; this route runs
 * first and answers from the declared {@code Content-Length}, before a byte of the body is read. A chunked body
 * (no length declared) is counted as it arrives ({@link HttpEdge}) and gets the same document.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;
    private final byte[] problem;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json)
            throws JsonProcessingException {
        this.maxBytes = maxBodySize.asLongValue();
        this.problem = json.writeValueAsBytes(new Problem(Problem.TOO_LARGE, "Request too large", 413,
                "The request body is over " + maxBytes + " bytes (quarkus.http.limits.max-body-size)."));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Buffer.buffer(problem));
                return;
            }
            ctx.next();
        });
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed length itself
        }
    }
}
