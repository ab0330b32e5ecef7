package dev.tolk.mcp;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.tolk.fidelity.Warning;
import dev.tolk.pipeline.Digest;
import dev.tolk.summary.SummaryResponse;
import dev.tolk.translation.TranslationResponse;
import dev.tolk.web.Problem;
import io.quarkiverse.mcp.server.MetaKey;
import io.quarkiverse.mcp.server.TextContent;
import io.quarkiverse.mcp.server.ToolResponse;

/**
 * What a tool call returns. A success has two views of one result: text a person (or the model relaying it) reads as
 * it is, and the {@code /v1} response body as structured content for programs. A failure is a tool result with
 * {@code isError: true} whose text says what failed and whether and when to retry, so the model can act on it; the
 * problem document rides along in {@code _meta} under {@value #PROBLEM_KEY}.
 */
final class ToolResults {

    static final String PROBLEM_KEY = "dev.tolk/problem";

    private ToolResults() {
    }

    static ToolResponse translation(TranslationResponse t) {
        return success(translationText(t), t);
    }

    static ToolResponse summary(SummaryResponse s) {
        return success(summaryText(s), s);
    }

    /** The summary first, as the gist, then the whole translation. */
    static ToolResponse digest(Digest d) {
        return success("Summary\n\n" + summaryText(d.summary()) + "\n\nTranslation\n\n" + translationText(d.translation()),
                d);
    }

    static ToolResponse error(Problem p) {
        return new ToolResponse(true, List.of(new TextContent(errorText(p))), null,
                Map.of(MetaKey.from(PROBLEM_KEY), p.toEventData()));
    }

    /** The English title (if one was sent), a blank line, the English text; then the warnings. */
    static String translationText(TranslationResponse t) {
        String english = t.title() == null ? t.text() : t.title() + "\n\n" + t.text();
        return english + warnings(t.warnings());
    }

    /** One line per bullet, each with the paragraphs it rests on, e.g. {@code - ... (¶ 4, 5)}; then the warnings. */
    static String summaryText(SummaryResponse s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.bullets().size(); i++) {
            List<Integer> sources = i < s.bulletSources().size() ? s.bulletSources().get(i) : List.of();
            out.append(i == 0 ? "" : "\n").append("- ").append(s.bullets().get(i));
            if (!sources.isEmpty()) {
                out.append(" (¶ ").append(sources.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                        .append(')');
            }
        }
        return out + warnings(s.warnings());
    }

    private static String warnings(List<Warning> warnings) {
        if (warnings == null || warnings.isEmpty()) {
            return "";
        }
        return "\n\nWarnings from tolk's checks (this part may be wrong; check it against the Danish):\n"
                + warnings.stream().map(w -> "- " + w.code() + ": " + w.detail()).collect(Collectors.joining("\n"));
    }

    /** What failed, then what to do about it: retry after a while, change the call, or give up. */
    static String errorText(Problem p) {
        String detail = p.detail().endsWith(".") ? p.detail() : p.detail() + ".";
        return p.title() + " (" + p.status() + "): " + detail + " " + advice(p);
    }

    private static String advice(Problem p) {
        return switch (p.type()) {
            case Problem.BACKEND_UNAVAILABLE -> "Retry the same call in " + p.retryAfterSeconds() + " seconds.";
            case Problem.DEADLINE_EXCEEDED -> "The work did not finish in time: retry in " + p.retryAfterSeconds()
                    + " seconds, or send a shorter text.";
            case Problem.TOO_LARGE -> "Send a shorter text, e.g. the article in parts, one call each; the same text "
                    + "will be refused again.";
            case Problem.UNSUPPORTED_LANGUAGE -> "Do not retry with this text.";
            case Problem.INVALID_REQUEST -> "Correct the arguments and call again; the same arguments will be "
                    + "refused again.";
            default -> p.retryAfter() != null ? "Retry in " + p.retryAfterSeconds() + " seconds."
                    : "Retrying the same call is unlikely to help.";
        };
    }

    private static ToolResponse success(String text, Object structured) {
        return new ToolResponse(false, List.of(new TextContent(text)), structured, null);
    }
}
