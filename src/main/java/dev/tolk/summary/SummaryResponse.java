package dev.tolk.summary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tolk.fidelity.Warning;
import dev.tolk.llm.Usage;

/**
 * {@code bullets} stays a list of strings (clients rely on it); the cited paragraphs come alongside in
 * {@code bulletSources}, index-aligned, so a client zips the two without parsing anything.
 */
@Schema(name = "SummaryResponse")
public record SummaryResponse(
        @Schema(description = "English bullets, plain sentences without list markers; at most maxBullets") List<String> bullets,
        @Schema(description = "For each bullet (same index as in bullets), the article paragraphs it rests on: "
                + "1-based numbers in the order of the paragraphs in the request text (blank-line separated; the "
                + "title is not counted). Always as long as bullets; an empty list means the model cited nothing, "
                + "which also comes with a warning.", examples = "[[1, 3], [2], [5, 6]]")
        List<List<Integer>> bulletSources,
        @Schema(examples = "gpt-4o-mini") String model,
        @Schema(examples = "9b1c0e7a2f31") String promptVersion,
        @Schema(description = "True when nothing was sent to a backend for this request") boolean cached,
        Usage usage,
        @Schema(description = "Fidelity problems still found after one re-ask (a bullet not in English, a number "
                + "not in the article, a cited paragraph the article does not have, a bullet citing none); such "
                + "summaries are never cached. Empty when the summary passed.")
        List<Warning> warnings) {

    public static SummaryResponse of(Summary s) {
        return new SummaryResponse(s.bullets().stream().map(Bullet::text).toList(),
                s.bullets().stream().map(Bullet::sources).toList(), s.model(), s.promptVersion(), s.cached(),
                s.usage(), s.warnings());
    }
}
