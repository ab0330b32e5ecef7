package dev.tolk.translation;

import java.util.List;
import java.util.Optional;

import dev.tolk.fidelity.Warning;
import dev.tolk.llm.Usage;

/**
 * A translated article.
 *
 * @param cached true when this request sent nothing to a backend
 * @param usage    tokens this request spent (zero for cache hits and for requests that joined another's call)
 * @param warnings what the fidelity checks still found after one re-ask (nothing of it was cached)
 */
public record Translation(Optional<String> title, List<String> paragraphs, String model, String promptVersion,
        boolean cached, Usage usage, List<Warning> warnings) {
}
