package dev.tolk.summary;

import java.util.List;

import dev.tolk.fidelity.Warning;
import dev.tolk.llm.Usage;

/** English bullets (with the paragraphs each cites) for an article; {@code cached} and {@code usage} as for translations. */
public record Summary(List<Bullet> bullets, String model, String promptVersion, boolean cached, Usage usage,
        List<Warning> warnings) {
}
