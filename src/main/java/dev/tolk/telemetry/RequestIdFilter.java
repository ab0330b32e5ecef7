package dev.tolk.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request (all ways in: {@code /v1}, {@code /v2}, LibreTranslate, {@code /mcp}, the desk page,
 * {@code /q/*}) its request id: in the MDC, so that every log line of the request carries it, in the
 * {@code X-Request-Id} response header, and on the request's server span. A Vert.x filter rather than a JAX-RS one
 * because it must run before anything else can log or answer (a JAX-RS filter misses the MCP endpoint and static
 * files). Quarkus keeps the MDC in the request's Vert.x duplicated context, so it follows the request onto worker and
 * virtual threads; {@link RequestContext} carries it further, to tolk's own executors.
 */
@ApplicationScoped
class RequestIdFilter {

    /** Before Quarkus's own filters (CORS, the desk page's headers: priorities 0–300), so their answers have it too. */
    private static final int PRIORITY = 1_000;

    private final int maxLength;

    RequestIdFilter(RequestIdConfig config) {
        this.maxLength = config.maxLength();
    }

    void register(@Observes Filters filters) {
        filters.register(this::tag, PRIORITY);
    }

    private void tag(RoutingContext request) {
        String id = RequestIds.accept(request.request().getHeader(RequestIds.HEADER), maxLength);
        MDC.put(RequestIds.MDC_KEY, id);
        request.response().putHeader(RequestIds.HEADER, id);
        Span.current().setAttribute(SpanAttributes.REQUEST_ID, id);
        request.next();
    }
}
