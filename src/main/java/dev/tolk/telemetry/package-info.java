/**
 * What operations need to follow one request through the logs and traces: the request id ({@link
 * dev.tolk.telemetry.RequestIdFilter}, in the MDC of every log line of the request and in the {@code X-Request-Id}
 * response header), and carrying the request's context (MDC and OpenTelemetry) onto the threads its work fans out to
 * ({@link dev.tolk.telemetry.RequestContext}). Spans themselves are opened where the work is (cache, chunks, backend
 * attempts) with the injected OpenTelemetry {@code Tracer}; their attribute names are in {@link
 * dev.tolk.telemetry.SpanAttributes}. Nothing here ever sees article text.
 */
package dev.tolk.telemetry;
