package dev.tolk.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.fidelity.Warning;
import dev.tolk.llm.Usage;
import dev.tolk.summary.SummaryResponse;
import dev.tolk.translation.TranslationResponse;
import dev.tolk.web.Problem;
import io.quarkiverse.mcp.server.MetaKey;
import io.quarkiverse.mcp.server.TextContent;
import io.quarkiverse.mcp.server.ToolResponse;

/**
 * The text a model reads: results as a person would want them, and for every kind of problem what to do next (the
 * kinds the MCP tests cannot reach cheaply, such as the 504 and the 500, are covered here).
 */
class ToolResultsTest {

    @Test
    void aTranslationIsItsTitleAndTextThenItsWarnings() {
        TranslationResponse t = new TranslationResponse("Hamas leader in Cairo", "First.\n\nSecond.", "da", "en",
                "m", "p", false, Usage.NONE, List.of(new Warning("numbers", "Paragraph 2: 19,667 is missing")));

        assertThat(ToolResults.translationText(t)).isEqualTo("Hamas leader in Cairo\n\nFirst.\n\nSecond.\n\n"
                + "Warnings from tolk's checks (this part may be wrong; check it against the Danish):\n"
                + "- numbers: Paragraph 2: 19,667 is missing");
    }

    @Test
    void withoutTitleOrWarningsATranslationIsJustTheText() {
        TranslationResponse t = new TranslationResponse(null, "First.\n\nSecond.", "da", "en", "m", "p", true,
                Usage.NONE, List.of());

        assertThat(ToolResults.translationText(t)).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void bulletsCiteTheirParagraphsAndABulletCitingNoneHasNoMark() {
        SummaryResponse s = new SummaryResponse(List.of("One.", "Two.", "Three."),
                List.of(List.of(1), List.of(4, 5), List.of()), "m", "p", false, Usage.NONE,
                List.of(new Warning("sources", "Bullet 3 cites no paragraph")));

        assertThat(ToolResults.summaryText(s)).isEqualTo("- One. (¶ 1)\n- Two. (¶ 4, 5)\n- Three.\n\n"
                + "Warnings from tolk's checks (this part may be wrong; check it against the Danish):\n"
                + "- sources: Bullet 3 cites no paragraph");
    }

    @Test
    void eachProblemSaysWhetherAndWhenToRetry() {
        assertThat(text(new Problem(Problem.BACKEND_UNAVAILABLE, "Backend unavailable", 503,
                "The language model backend is unavailable (timeout).", Duration.ofMillis(2500))))
                .isEqualTo("Backend unavailable (503): The language model backend is unavailable (timeout). "
                        + "Retry the same call in 3 seconds.");
        assertThat(text(new Problem(Problem.DEADLINE_EXCEEDED, "Deadline exceeded", 504,
                "No answer within the deadline", Duration.ofSeconds(5))))
                .isEqualTo("Deadline exceeded (504): No answer within the deadline. The work did not finish in time: "
                        + "retry in 5 seconds, or send a shorter text.");
        assertThat(text(new Problem(Problem.TOO_LARGE, "Text too large", 413,
                "The text has 120000 characters; the limit is 100000.")))
                .endsWith("the limit is 100000. Send a shorter text, e.g. the article in parts, one call each; the "
                        + "same text will be refused again.");
        assertThat(text(new Problem(Problem.UNSUPPORTED_LANGUAGE, "Unsupported language", 422, "German.")))
                .isEqualTo("Unsupported language (422): German. Do not retry with this text.");
        assertThat(text(new Problem(Problem.INTERNAL, "Internal error", 500, "The request could not be processed.")))
                .isEqualTo("Internal error (500): The request could not be processed. Retrying the same call is "
                        + "unlikely to help.");
    }

    @Test
    void anErrorCarriesItsProblemDocumentInMeta() {
        ToolResponse r = ToolResults.error(new Problem(Problem.BACKEND_UNAVAILABLE, "Backend unavailable", 503,
                "Down.", Duration.ofSeconds(30)));

        assertThat(r.isError()).isTrue();
        assertThat(r.structuredContent()).isNull();
        assertThat(r._meta()).containsEntry(MetaKey.from(ToolResults.PROBLEM_KEY), Map.of("type",
                Problem.BACKEND_UNAVAILABLE, "title", "Backend unavailable", "status", 503, "detail", "Down.",
                "retryAfter", 30L));
    }

    private static String text(Problem p) {
        return ((TextContent) ToolResults.error(p).firstContent()).text();
    }
}
