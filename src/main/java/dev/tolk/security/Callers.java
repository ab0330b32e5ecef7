package dev.tolk.security;

import java.util.Optional;

import org.jboss.logging.MDC;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;

/**
 * The key of the request being served, kept in the request's Vert.x duplicated context: Quarkus gives every HTTP
 * request its own, and carries it to the worker or virtual thread that runs the resource or tool, so the key checked
 * at the door is found again where characters are charged. Threads a request starts itself (a batch's articles, job
 * workers) carry no key: what they do was charged when it was accepted. The key's name (never the key) also goes
 * into the logging MDC as {@code key}, for request log lines.
 */
public final class Callers {

    private static final String LOCAL = "tolk.api-key";

    private Callers() {
    }

    static void set(ApiKey key) {
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(LOCAL, key);
        }
        MDC.put("key", key.name());
    }

    /** The key that was checked for this request, if any. */
    public static Optional<ApiKey> current() {
        return VertxContext.isOnDuplicatedContext() ? ContextLocals.get(LOCAL) : Optional.empty();
    }
}
