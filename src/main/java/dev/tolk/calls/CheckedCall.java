package dev.tolk.calls;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.fidelity.Warning;
import dev.tolk.llm.Deadline;
import dev.tolk.llm.LlmGateway;
import dev.tolk.llm.LlmRequest;
import dev.tolk.llm.LlmResult;
import dev.tolk.llm.Prompt;
import dev.tolk.llm.ReplyParser;
import dev.tolk.llm.Spend;

/**
 * A model call whose output is checked: when the checks find problems the model is asked once more, told exactly
 * what is wrong; the better of the two replies is kept (the second wins ties, having been told). What still fails
 * is returned with its warnings, and callers must not cache it.
 */
@ApplicationScoped
public class CheckedCall {

    private final LlmGateway gateway;

    CheckedCall(LlmGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * @param check     the deterministic checks for a parsed reply
     * @param asReply   the parsed reply written back as the JSON the model sent (for the re-ask's assistant turn)
     * @param prompt    whose {@code reask} template words the correction
     */
    public <T> Checked<T> call(LlmRequest request, ReplyParser<T> parser, Function<T, List<Warning>> check,
            Function<T, String> asReply, Prompt prompt, Deadline deadline, Spend spend) {
        LlmResult<T> first = gateway.call(request, parser, deadline);
        spend.add(first.usage());
        if (first.backend().isDemo()) {
            // Placeholders are labelled as such and never cached: checking them would only re-ask the demo.
            return new Checked<>(first, List.of());
        }
        List<Warning> firstWarnings = check.apply(first.value());
        if (firstWarnings.isEmpty() || deadline.expired()) {
            return new Checked<>(first, firstWarnings);
        }
        LlmRequest reask = request.reask(asReply.apply(first.value()),
                Prompt.render(prompt.reask(), Map.of("problems", describe(firstWarnings))));
        LlmResult<T> second;
        try {
            second = gateway.call(reask, parser, deadline);
        } catch (RuntimeException e) {
            // The first reply is real model output with known problems: better returned with its warnings than a 503.
            return new Checked<>(first, firstWarnings);
        }
        spend.add(second.usage());
        List<Warning> secondWarnings = check.apply(second.value());
        return secondWarnings.size() <= firstWarnings.size() ? new Checked<>(second, secondWarnings)
                : new Checked<>(first, firstWarnings);
    }

    static String describe(List<Warning> warnings) {
        StringBuilder out = new StringBuilder();
        for (Warning w : warnings) {
            out.append("- ").append(w.code()).append(": ").append(w.detail()).append('\n');
        }
        return out.toString().strip();
    }

    /** A reply and what the checks still say about it (empty: it passed). */
    public record Checked<T>(LlmResult<T> result, List<Warning> warnings) {
    }
}
