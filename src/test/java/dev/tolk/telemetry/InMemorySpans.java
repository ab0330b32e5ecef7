package dev.tolk.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

/**
 * The span exporter of the tests: Quarkus exports to every {@code SpanExporter} bean. Only used where a test profile
 * turns the SDK on ({@link TracingTest}); elsewhere the SDK is off, as in production by default.
 */
@ApplicationScoped
class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
