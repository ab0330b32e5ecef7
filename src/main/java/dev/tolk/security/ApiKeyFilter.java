package dev.tolk.security;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.web.Problem;
import dev.tolk.web.Problems;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The door for {@code /v1/*}, {@code /mcp} and everything else that is not open: {@code Authorization: Bearer <key>},
 * checked by {@link KeyGate}. A Vert.x route filter rather than a JAX-RS one because the MCP endpoint is a Vert.x route
 * of quarkus-mcp-server-http, not a JAX-RS resource: one filter covers both. Closed by default: only the desk page,
 * {@code /q/*} (health, metrics, OpenAPI) and the DeepL and LibreTranslate paths (which read their own key fields,
 * see {@code DeepLAuth} and {@code LibreAuth}) pass without a key. The count in Redis is asynchronous; Quarkus holds
 * the request body paused until a handler reads it, so nothing is lost while the filter waits.
 */
@ApplicationScoped
class ApiKeyFilter {

    /** Before the routes; after Quarkus's own CORS handling, so a preflight is answered without a key. */
    private static final int PRIORITY = 100;
    private static final String BEARER = "bearer ";
    private static final Set<String> OPEN = Set.of("/", "/index.html", "/favicon.ico",
            // LibreTranslate: its own key field (translate, detect); the page's settings and languages are open there too
            "/translate", "/detect", "/languages", "/frontend/settings");
    private static final String[] OPEN_PREFIXES = {"/desk/", "/q/", "/v2/"};

    private final KeyGate gate;
    private final Problems problems;
    private final ObjectMapper json;

    ApiKeyFilter(KeyGate gate, Problems problems, ObjectMapper json) {
        this.gate = gate;
        this.problems = problems;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext rc) {
        if (!gate.enabled() || rc.request().method() == HttpMethod.OPTIONS || open(rc.normalizedPath())) {
            rc.next();
            return;
        }
        // Redis answers on its connection's context; the request carries on on its own (duplicated) one, where the
        // key was stored for the resource or tool to find (Callers).
        Context request = Vertx.currentContext();
        gate.admit(bearer(rc.request().getHeader(HttpHeaders.AUTHORIZATION)), "Authorization: Bearer <key>", rc)
                .subscribe().with(key -> onRequestContext(request, rc::next),
                        failure -> onRequestContext(request, () -> refuse(rc, failure)));
    }

    private static void onRequestContext(Context request, Runnable step) {
        if (request == null || Vertx.currentContext() == request) {
            step.run();
        } else {
            request.runOnContext(v -> step.run());
        }
    }

    static boolean open(String path) {
        if (OPEN.contains(path)) {
            return true;
        }
        for (String prefix : OPEN_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The key of {@code Authorization: Bearer <key>}, or null. */
    static String bearer(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return null;
        }
        String key = authorization.substring(BEARER.length()).strip();
        return key.isEmpty() ? null : key;
    }

    private void refuse(RoutingContext rc, Throwable failure) {
        if (rc.response().ended()) {
            return;
        }
        Problem problem = problems.of(failure);
        var response = rc.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (problem.retryAfter() != null) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
        }
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        try {
            response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.end();
        }
    }
}
