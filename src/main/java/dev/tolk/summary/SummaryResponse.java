package dev.tolk.summary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tolk.fidelity.Warning;
import dev.tolk.llm.Usage;

@Schema(name = "SummaryResponse")
public record SummaryResponse(
        @Schema(description = "English bullets, plain sentences without list markers; at most maxBullets") List<String> bullets,
        @Schema(examples = "gpt-4o-mini") String model,
        @Schema(examples = "9b1c0e7a2f31") String promptVersion,
        @Schema(description = "True when nothing was sent to a backend for this request") boolean cached,
        Usage usage,
        @Schema(description = "Fidelity problems still found after one re-ask (a bullet not in English, a number "
                + "not in the article); such summaries are never cached. Empty when the summary passed.")
        List<Warning> warnings) {

    public static SummaryResponse of(Summary s) {
        return new SummaryResponse(s.bullets(), s.model(), s.promptVersion(), s.cached(), s.usage(), s.warnings());
    }
}
