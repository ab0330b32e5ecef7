package dev.tolk.streaming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.telemetry.RequestContext;
import dev.tolk.web.Problems;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Runs the work of a streamed response and turns what it reports into Server-Sent Events: the work's own events
 * ({@code delta}, {@code reset}), then {@code done} with the response body, or {@code error} with the problem
 * document. The work runs on its own virtual thread, started when the client subscribes, because it blocks on model
 * calls; it is bounded by the request's deadline like a non-streamed request.
 */
@ApplicationScoped
public class EventStreams {

    private static final Logger LOG = Logger.getLogger(EventStreams.class);

    /** The work behind one stream: sends its events to the sink and returns the {@code done} event's data. */
    @FunctionalInterface
    public interface Work {
        Object run(EventSink sink);
    }

    private final ObjectMapper json;
    private final Problems problems;

    EventStreams(ObjectMapper json, Problems problems) {
        this.json = json;
        this.problems = problems;
    }

    public Multi<OutboundSseEvent> stream(Sse sse, String name, Work work) {
        return Multi.createFrom().emitter(emitter -> {
            Events events = new Events(sse, emitter);
            // The request's log context (request id) and trace go with the work onto its thread.
            RequestContext.propagating(Thread.ofVirtual().name("tolk-sse-" + name)::start).execute(() -> {
                try {
                    events.send("done", work.run(events));
                } catch (RuntimeException e) {
                    // The same problem documents as non-streamed errors; Retry-After travels in the event.
                    events.send("error", problems.of(e).toEventData());
                } finally {
                    emitter.complete();
                }
            });
        });
    }

    /** Serialises events (parallel model calls report concurrently) and drops them once the client is gone. */
    private final class Events implements EventSink {
        private final Sse sse;
        private final MultiEmitter<? super OutboundSseEvent> emitter;

        Events(Sse sse, MultiEmitter<? super OutboundSseEvent> emitter) {
            this.sse = sse;
            this.emitter = emitter;
        }

        @Override
        public synchronized void send(String event, Object data) {
            if (emitter.isCancelled()) {
                return;
            }
            try {
                emitter.emit(sse.newEventBuilder().name(event).data(String.class, json.writeValueAsString(data)).build());
            } catch (Exception e) {
                LOG.debugf("Dropping %s event: %s", event, e.getMessage());
            }
        }
    }
}
