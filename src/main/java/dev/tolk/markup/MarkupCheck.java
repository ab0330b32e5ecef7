package dev.tolk.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.fidelity.FidelityChecks;
import dev.tolk.fidelity.Warning;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The fidelity checks of a segment that carries markup placeholders: the usual checks on its words (placeholders
 * removed, so {@code <x1>} is neither a number nor a name), plus {@value #CODE}: the translation must have the same
 * placeholders in the same order. A failure is re-asked and never cached like any other warning.
 */
@ApplicationScoped
public class MarkupCheck {

    /** Warning code: the translation lost, added or reordered a markup placeholder. */
    public static final String CODE = "markup";

    private final Counter failures;

    MarkupCheck(MeterRegistry registry) {
        // The fidelity checks' own counter, one more value of its check label.
        this.failures = Counter.builder("tolk.fidelity.failures")
                .description("Fidelity checks failed, by check (counted once per checked text)")
                .tag("check", CODE).register(registry);
    }

    /** {@link FidelityChecks#checkSegment}, made aware of placeholders; plain segments go straight through. */
    public List<Warning> checkSegment(FidelityChecks checks, String danish, String english,
            Map<String, String> glossary) {
        if (danish.indexOf('<') < 0 && english.indexOf('<') < 0
                || !Placeholders.any(danish) && !Placeholders.any(english)) {
            return checks.checkSegment(danish, english, glossary);
        }
        List<Warning> out = new ArrayList<>(checks.checkSegment(Placeholders.strip(danish),
                Placeholders.strip(english), glossary));
        Optional<String> markup = Placeholders.compare(danish, english);
        if (markup.isPresent()) {
            failures.increment();
            out.add(new Warning(CODE, markup.get()));
        }
        return List.copyOf(out);
    }

    /** Paragraphs as the article checks read them: placeholders removed. */
    public static List<String> stripped(List<String> paragraphs) {
        return paragraphs.stream().map(Placeholders::strip).toList();
    }
}
