package dev.tolk.security;

import java.util.Optional;

import org.jboss.logging.MDC;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.ext.web.RoutingContext;

/**
 * The key of the request being served, kept in the request's Vert.x duplicated context (Quarkus gives every HTTP
 * request its own, and carries it to the worker or virtual thread that runs the resource) and in the request's
 * {@link RoutingContext} (quarkus-mcp-server runs a tool on a context of its own, but makes the HTTP request's
 * routing context the current one, {@link CurrentVertxRequest}, while the tool runs). So the key checked at the door
 * is found again where characters are charged. Threads a request starts itself (a batch's articles, job workers)
 * carry no key: what they do was charged when it was accepted. The key's name (never the key) also goes into the
 * logging MDC as {@code key}, for request log lines.
 */
public final class Callers {

    private static final String LOCAL = "tolk.api-key";

    private Callers() {
    }

    static void set(ApiKey key, RoutingContext request) {
        request.put(LOCAL, key);
        set(key);
    }

    static void set(ApiKey key) {
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(LOCAL, key);
        }
        MDC.put("key", key.name());
    }

    /** The key that was checked for this request, if any. */
    public static Optional<ApiKey> current() {
        Optional<ApiKey> local = VertxContext.isOnDuplicatedContext() ? ContextLocals.get(LOCAL) : Optional.empty();
        if (local.isPresent() || !Arc.container().requestContext().isActive()) {
            return local;
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return request == null ? Optional.empty() : Optional.ofNullable(request.get(LOCAL));
    }
}
