package dev.tolk.streaming;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.llm.BackendUnavailableException;
import dev.tolk.llm.DeadlineExceededException;
import dev.tolk.llm.LlmConfig;
import dev.tolk.web.Problem;
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
    private final LlmConfig llm;

    EventStreams(ObjectMapper json, LlmConfig llm) {
        this.json = json;
        this.llm = llm;
    }

    public Multi<OutboundSseEvent> stream(Sse sse, String name, Work work) {
        return Multi.createFrom().emitter(emitter -> {
            Events events = new Events(sse, emitter);
            Thread.ofVirtual().name("tolk-sse-" + name).start(() -> {
                try {
                    events.send("done", work.run(events));
                } catch (RuntimeException e) {
                    events.send("error", problem(e));
                } finally {
                    emitter.complete();
                }
            });
        });
    }

    /**
     * The same problem documents as the non-streamed errors ({@code ProblemMappers}). With the status line already
     * sent, {@code Retry-After} travels as the {@code retryAfter} member (seconds).
     */
    Map<String, Object> problem(RuntimeException e) {
        Problem problem;
        Duration retryAfter = null;
        if (e instanceof BackendUnavailableException b) {
            problem = new Problem(Problem.BACKEND_UNAVAILABLE, "Backend unavailable", 503, b.getMessage());
            retryAfter = b.retryAfter() != null ? b.retryAfter() : llm.resilience().retryAfter();
        } else if (e instanceof DeadlineExceededException) {
            problem = new Problem(Problem.DEADLINE_EXCEEDED, "Deadline exceeded", 504, e.getMessage());
            retryAfter = llm.resilience().retryAfter();
        } else {
            LOG.error("Unexpected failure in a streamed response", e);
            problem = new Problem(Problem.INTERNAL, "Internal error", 500, "The request could not be processed.");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", problem.type());
        out.put("title", problem.title());
        out.put("status", problem.status());
        out.put("detail", problem.detail());
        if (retryAfter != null) {
            out.put("retryAfter", Math.max(1, (retryAfter.toMillis() + 999) / 1000));
        }
        return out;
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
