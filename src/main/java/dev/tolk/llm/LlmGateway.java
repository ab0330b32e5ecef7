package dev.tolk.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import dev.tolk.telemetry.SpanAttributes;

/**
 * The one way to a model. Tries the backend chain in order (primary, then fallback), each behind its own
 * {@link BackendGuard}; parses the reply inside the guard so an unusable reply is a retried failure; counts calls,
 * latency and tokens. Each attempt is a span ({@code chat <model>}) with the backend, model, outcome and tokens as
 * attributes, never the prompt or the reply.
 */
@ApplicationScoped
public class LlmGateway {

    private static final Logger LOG = Logger.getLogger(LlmGateway.class);

    private final Backends backends;
    private final LlmConfig config;
    private final MeterRegistry metrics;
    private final Tracer tracer;
    private final Map<Backend, BackendGuard> guards = new LinkedHashMap<>();

    private final BackendPushback pushback;

    LlmGateway(Backends backends, LlmConfig config, MeterRegistry metrics, CircuitBreakerMaintenance maintenance,
            Tracer tracer, BackendPushback pushback) {
        this.pushback = pushback;
        this.backends = backends;
        this.tracer = tracer;
        this.config = config;
        this.metrics = metrics;
        for (Backend b : backends.chain()) {
            BackendGuard guard = new BackendGuard(b, config, maintenance);
            guards.put(b, guard);
            Gauge.builder("tolk.circuit.breaker.state", guard, g -> switch (g.state()) {
                case CLOSED -> 0;
                case HALF_OPEN -> 1;
                case OPEN -> 2;
            }).description("Circuit breaker per backend: 0 closed, 1 half-open, 2 open")
                    .tag("backend", b.role()).register(metrics);
            Gauge.builder("tolk.bulkhead.queue.depth", guard, BackendGuard::queued)
                    .description("Backend calls waiting for a bulkhead slot").tag("backend", b.role())
                    .register(metrics);
        }
    }

    /**
     * Asks the backend chain until one gives a usable reply.
     *
     * @throws BackendUnavailableException when every backend failed or is short-circuited (→ 503)
     * @throws DeadlineExceededException   when the request's deadline passed (→ 504)
     */
    public <T> LlmResult<T> call(LlmRequest request, ReplyParser<T> parser, Deadline deadline) {
        List<Backend> chain = backends.chain();
        if (chain.isEmpty()) {
            throw new BackendUnavailableException(Backends.NOT_CONFIGURED, config.resilience().retryAfter(), null);
        }
        Throwable last = null;
        Duration retryAfter = config.resilience().retryAfter();
        Duration shortestOpen = null;
        UsageMeter spent = new UsageMeter();
        for (Backend backend : chain) {
            if (deadline.expired()) {
                throw new DeadlineExceededException("The deadline passed before a backend could answer.");
            }
            BackendGuard guard = guards.get(backend);
            try {
                T value = guard.call(() -> attempt(backend, request, parser, deadline, spent));
                return new LlmResult<>(value, backend, spent.total());
            } catch (DeadlineExceededException e) {
                throw e;
            } catch (Exception e) {
                last = e;
                if (e instanceof CircuitBreakerOpenException) {
                    count(backend, "short_circuited");
                    Duration open = guard.remainingOpen();
                    shortestOpen = shortestOpen == null || open.compareTo(shortestOpen) < 0 ? open : shortestOpen;
                } else if (!(e instanceof org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException)) {
                    // The kind of failure only at WARN: a backend's error text may quote the prompt (the article).
                    LOG.warnf("Backend %s (%s) failed: %s", backend.role(), backend.model(), FailureClassifier.outcome(e));
                    LOG.debugf("Backend %s failure in full: %s", backend.role(), describe(e));
                } else {
                    count(backend, "rejected");
                }
            }
        }
        if (deadline.expired()) {
            throw new DeadlineExceededException("The deadline passed before a backend could answer.");
        }
        if (shortestOpen != null && shortestOpen.compareTo(Duration.ofSeconds(1)) >= 0) {
            retryAfter = shortestOpen;
        }
        // The client learns the kind of failure, not the backend's own error text (which may echo keys or prompts).
        // Nor does anyone downstream: the backend's exception is not the cause, because the request's span records
        // the exception chain and an error log would print it (the full failure is logged above, at DEBUG).
        String kind = last == null ? "no backend answered" : FailureClassifier.outcome(last);
        throw new BackendUnavailableException("The language model backend is unavailable (" + kind + ").", retryAfter,
                null);
    }

    private <T> T attempt(Backend backend, LlmRequest request, ReplyParser<T> parser, Deadline deadline,
            UsageMeter spent) {
        if (deadline.expired()) {
            throw new DeadlineExceededException("The deadline passed before a backend could answer.");
        }
        List<ChatMessage> messages = new ArrayList<>(4);
        messages.add(SystemMessage.from(request.system()));
        messages.add(UserMessage.from(request.user()));
        if (request.isReask()) {
            messages.add(AiMessage.from(request.previousReply()));
            messages.add(UserMessage.from(request.correction()));
        }
        ChatRequest.Builder chat = ChatRequest.builder().messages(messages);
        if (config.jsonSchema() && request.schema() != null) {
            chat.responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(request.schema()).build());
        }
        long start = System.nanoTime();
        String outcome = "success";
        Span span = tracer.spanBuilder("chat " + backend.model()).setSpanKind(SpanKind.CLIENT)
                .setAttribute(SpanAttributes.GEN_AI_OPERATION, "chat")
                .setAttribute(SpanAttributes.GEN_AI_SYSTEM, backend.provider().name())
                .setAttribute(SpanAttributes.GEN_AI_MODEL, backend.model())
                .setAttribute(SpanAttributes.BACKEND, backend.role())
                .setAttribute(SpanAttributes.REASK, request.isReask())
                .setAttribute(SpanAttributes.STREAMED, request.isStreaming())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            ChatResponse response = request.isStreaming() ? StreamedCall.chat(backend, chat.build(), request.tokens())
                    : backend.chatModel().chat(chat.build());
            Usage usage = Usage.of(response.tokenUsage());
            spent.add(usage);
            countTokens(backend, usage);
            span.setAttribute(SpanAttributes.GEN_AI_INPUT_TOKENS, usage.inputTokens())
                    .setAttribute(SpanAttributes.GEN_AI_OUTPUT_TOKENS, usage.outputTokens());
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            if (text == null || text.isBlank()) {
                throw new UnusableReplyException("The backend returned an empty reply.");
            }
            return parser.parse(text);
        } catch (RuntimeException e) {
            outcome = FailureClassifier.outcome(e);
            FailureClassifier.retryAfter(e).ifPresent(pushback::asked);
            span.setStatus(StatusCode.ERROR, outcome);
            throw e;
        } finally {
            span.setAttribute(SpanAttributes.OUTCOME, outcome).end();
            Timer.builder("tolk.backend.latency").description("Latency of one backend call attempt")
                    .tag("backend", backend.role()).publishPercentileHistogram()
                    .register(metrics).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            count(backend, outcome);
        }
    }

    private void count(Backend backend, String outcome) {
        Counter.builder("tolk.backend.calls").description("Backend call attempts by outcome")
                .tag("backend", backend.role()).tag("outcome", outcome).register(metrics).increment();
    }

    private void countTokens(Backend backend, Usage usage) {
        Counter.builder("tolk.tokens").description("Tokens sent to and received from backends")
                .tag("backend", backend.role()).tag("direction", "input").register(metrics)
                .increment(usage.inputTokens());
        Counter.builder("tolk.tokens").description("Tokens sent to and received from backends")
                .tag("backend", backend.role()).tag("direction", "output").register(metrics)
                .increment(usage.outputTokens());
    }

    private static String describe(Throwable e) {
        if (e == null) {
            return "no backend answered";
        }
        String outcome = FailureClassifier.outcome(e);
        String message = e.getMessage();
        return message == null ? outcome : outcome + " (" + truncate(message) + ")";
    }

    private static String truncate(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    /** Tokens across the attempts of one call; attempts run one after another, but on different threads. */
    private static final class UsageMeter {
        private Usage total = Usage.NONE;

        synchronized void add(Usage usage) {
            total = total.plus(usage);
        }

        synchronized Usage total() {
            return total;
        }
    }
}
