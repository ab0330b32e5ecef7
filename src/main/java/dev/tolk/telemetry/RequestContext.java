package dev.tolk.telemetry;

import java.util.Map;
import java.util.concurrent.Executor;

import org.jboss.logging.MDC;

import io.opentelemetry.context.Context;

/**
 * Carries a request's context onto tolk's own executors (cache loads, chunk fan-out): the MDC (request id, key name)
 * so their log lines belong to the request, and the OpenTelemetry context so their spans are children of the
 * request's. OpenTelemetry's {@link Context#wrap(Runnable)} does the second; the MDC has no such wrapper (Quarkus
 * carries it only within a Vert.x context, and these are plain virtual threads), so it is copied here.
 */
public final class RequestContext {

    private RequestContext() {
    }

    /** An executor running each task with the MDC and OpenTelemetry context of the thread that submitted it. */
    public static Executor propagating(Executor delegate) {
        return task -> delegate.execute(carrying(task));
    }

    static Runnable carrying(Runnable task) {
        Map<String, Object> mdc = MDC.getMap();
        Runnable traced = Context.current().wrap(task);
        return () -> {
            mdc.forEach(MDC::put);
            try {
                traced.run();
            } finally {
                mdc.keySet().forEach(MDC::remove);
            }
        };
    }
}
