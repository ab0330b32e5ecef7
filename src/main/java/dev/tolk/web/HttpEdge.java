package dev.tolk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * What tolk answers at the HTTP layer, before (or instead of) its resources, so that every error it sends is a
 * problem document: a body with a {@code Content-Encoding} tolk does not decode, an upload that stalls (slowloris),
 * {@code OPTIONS *}, and the errors Vert.x itself raises on a route (404 for an unknown path, 413 for a chunked body
 * over the limit, anything unexpected). Vert.x routes rather than JAX-RS filters because these happen outside any
 * resource. Errors raised while Vert.x decodes the request line and headers (malformed headers, 414, 431) never reach
 * a route: README lists them.
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    private final ObjectMapper json;
    private final Problems problems;
    private final long uploadTimeoutMillis;

    /**
     * Reads a JSON body whole before RESTEasy does; RESTEasy then reads the buffered body. A chunked one (no
     * Content-Length, so {@link BodyLimit} cannot refuse it up front) fails the route with 413 once it runs over the
     * limit, which {@link #failed} turns into a problem document; RESTEasy's own reader would answer a bare 413.
     */
    private final BodyHandler jsonBodies;

    HttpEdge(ObjectMapper json, Problems problems, HttpLimitsConfig limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.problems = problems;
        this.uploadTimeoutMillis = limits.uploadTimeout().toMillis();
        this.jsonBodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
    }

    void register(@Observes Router router, Vertx vertx) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> gate(ctx, vertx));
        // Runs before Quarkus's own failure handler, whose body is not a problem document.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        for (int status : new int[] { 400, 404, 405, 406, 413, 415, 500 }) {
            router.errorHandler(status, this::failed);
        }
    }

    /** "OPTIONS *" asks what the server supports, not about a resource (RFC 9110 9.3.7). */
    private static boolean optionsStar(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.OPTIONS || !"*".equals(ctx.request().uri())) {
            return false;
        }
        ctx.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, "GET, HEAD, POST, PUT, DELETE, OPTIONS").end();
        return true;
    }

    private void gate(RoutingContext ctx, Vertx vertx) {
        HttpServerRequest request = ctx.request();
        if (optionsStar(ctx)) {
            return;
        }
        String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            // tolk does not decompress request bodies (a 1 MiB gzip could be a 1 GiB JSON): say so instead of reading
            // compressed bytes as JSON.
            send(ctx, Problems.invalid("Content-Encoding " + encoding.strip() + " is not accepted: send the body "
                    + "uncompressed."));
            return;
        }
        if (!request.isEnded() && request.version() != HttpVersion.HTTP_2 && json(request)
                && !"0".equals(request.getHeader(HttpHeaders.CONTENT_LENGTH)) && !request.path().startsWith("/mcp")) {
            // tolk reads a JSON body itself, at once and on the event loop, so the upload timer measures the client's
            // upload and nothing else. The timer asks whether the body is in, not request.isEnded(): Vert.x answers
            // false for a paused request, and RESTEasy pauses a request whose body is in while it waits for a thread,
            // so a request uploaded long ago was cut off with a 408 once its answer took longer than the timeout (a
            // slow backend, or the bench's 2 000 requests in flight). Other bodies have their own readers (RESTEasy
            // reads forms, DeepL clients send them; MCP reads its own; HTTP/2 requests RESTEasy must read itself):
            // quarkus.http.read-timeout and idle-timeout bound those.
            long timer = vertx.setTimer(uploadTimeoutMillis, t -> {
                if (ctx.body().buffer() == null && !ctx.response().ended() && !ctx.response().headWritten()) {
                    LOG.debugf("Upload of %s %s stalled; closing the connection", request.method(), request.path());
                    send(ctx, new Problem(Problem.REQUEST_TIMEOUT, "Request timeout", 408, "The request body did not "
                            + "arrive within " + uploadTimeoutMillis / 1000 + " s (tolk.http.upload-timeout)."));
                }
            });
            ctx.addEndHandler(done -> vertx.cancelTimer(timer));
            // Reads the whole body now (chunked bodies counted against the limit as they come), then ctx.next().
            jsonBodies.handle(ctx);
            return;
        }
        ctx.next();
    }

    private static boolean json(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    private void failed(RoutingContext ctx) {
        // Vert.x fails a path that does not start with '/' (such as "*") with 404 before any route runs.
        if (ctx.response().ended() || ctx.response().headWritten() || optionsStar(ctx)) {
            return;
        }
        Throwable failure = ctx.failure();
        int status = ctx.statusCode();
        Problem problem;
        if (failure != null && !ctx.request().isEnded()) {
            // Failed while the body was still arriving (a chunk size that is not hex, a broken connection): the
            // request's framing is at fault, not tolk.
            LOG.debugf("Malformed request body framing: %s", failure);
            problem = Problems.invalid("The request body could not be read (malformed HTTP framing).");
        } else if (failure != null && status < 400) {
            problem = problems.of(failure);
        } else if (status == 413) {
            problem = new Problem(Problem.TOO_LARGE, "Request too large", 413,
                    "The request body is over quarkus.http.limits.max-body-size.");
        } else if (status == 404) {
            problem = new Problem(Problem.NOT_FOUND, "Not found", 404, "No such resource.");
        } else if (status >= 400 && status < 500) {
            LOG.debugf("Refused at the HTTP layer: %d %s", status, failure);
            String reason = ctx.response().getStatusMessage();
            problem = new Problem(Problem.HTTP, reason == null || reason.isBlank() ? "HTTP " + status : reason, status,
                    "The request was refused at the HTTP layer.");
        } else {
            problem = problems.of(failure != null ? failure : new IllegalStateException("HTTP " + status));
        }
        send(ctx, problem);
    }

    private void send(RoutingContext ctx, Problem problem) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            body = ("{\"type\":\"" + problem.type() + "\",\"status\":" + problem.status() + "}").getBytes();
        }
        var response = ctx.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (problem.retryAfterSeconds() != null) {
            response.putHeader("Retry-After", String.valueOf(problem.retryAfterSeconds()));
        }
        if (!ctx.request().isEnded() && ctx.request().version() != HttpVersion.HTTP_2) {
            // The rest of the body is not read: the connection cannot be reused.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.end(Buffer.buffer(body)).onComplete(done -> ctx.request().connection().close());
            return;
        }
        response.end(Buffer.buffer(body));
    }
}
