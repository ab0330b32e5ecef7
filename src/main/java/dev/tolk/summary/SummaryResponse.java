package dev.tolk.summary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tolk.llm.Usage;

@Schema(name = "SummaryResponse")
public record SummaryResponse(
        @Schema(description = "English bullets, plain sentences without list markers; at most maxBullets") List<String> bullets,
        @Schema(examples = "gpt-4o-mini") String model,
        @Schema(examples = "9b1c0e7a2f31") String promptVersion,
        @Schema(description = "True when nothing was sent to a backend for this request") boolean cached,
        Usage usage) {

    public static SummaryResponse of(Summary s) {
        return new SummaryResponse(s.bullets(), s.model(), s.promptVersion(), s.cached(), s.usage());
    }
}
