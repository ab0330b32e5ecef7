package dev.tolk.compat.libretranslate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.BadRequestException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import dev.tolk.language.TargetVariant;
import dev.tolk.markup.Format;
import dev.tolk.task.ArticleTask;

/**
 * A {@code /translate} or {@code /detect} request: JSON, or the same fields as a form or multipart form (what
 * LibreTranslate's web page sends). Checked with LibreTranslate's own rules and messages; unknown fields (its page's
 * {@code secret}) are ignored, as LibreTranslate does.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "LibreTranslateRequest", description = "LibreTranslate's translate fields; the same names as form fields")
public record LibreTranslateBody(
        @Schema(required = true, description = "A text, or an array of texts; each is one article") JsonNode q,
        @Schema(required = true, enumeration = { "da", "auto" }) String source,
        @Schema(required = true, enumeration = "en") String target,
        @Schema(enumeration = { "text", "html" }, defaultValue = "text") String format,
        @Schema(description = "Alternatives asked for: tolk gives none (an empty list)") JsonNode alternatives,
        @Schema(description = "The API key; any key, or none, while tolk's keys are off")
        @JsonProperty("api_key") String apiKey) {

    /** The same fields as {@code application/x-www-form-urlencoded} or {@code multipart/form-data}. */
    public static class Form {
        @RestForm
        public String q;
        @RestForm
        public String source;
        @RestForm
        public String target;
        @RestForm
        public String format;
        @RestForm
        public String alternatives;
        @RestForm("api_key")
        public String apiKey;

        LibreTranslateBody body() {
            return new LibreTranslateBody(q == null ? null : TextNode.valueOf(q), source, target, format,
                    alternatives == null ? null : TextNode.valueOf(alternatives), apiKey);
        }
    }

    /** {@code q} is a list (answered with lists) rather than one text. */
    boolean batch() {
        return q != null && q.isArray();
    }

    /** The texts of {@code q}, in order. */
    List<String> texts() {
        if (q == null || q.isNull() || (q.isTextual() && q.asText().isEmpty()) || (q.isArray() && q.isEmpty())) {
            throw missing("q");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode t : q.isArray() ? q : List.of(q)) {
            if (!t.isTextual()) {
                throw new BadRequestException("Invalid request: q must be a string or an array of strings");
            }
            out.add(t.asText());
        }
        return out;
    }

    /** One task per text; {@code source} and {@code target} checked as LibreTranslate checks them. */
    List<ArticleTask> tasks(int maxTexts) {
        List<String> texts = texts();
        String from = language(source, "source");
        String to = language(target, "target");
        if (!from.equals("da") && !from.equals("auto")) {
            throw new BadRequestException(from + " is not supported");
        }
        if (!to.equals("en")) {
            throw new BadRequestException(to + " is not supported");
        }
        if (texts.size() > maxTexts) {
            throw new BadRequestException("Invalid request: request (" + texts.size() + ") exceeds text limit ("
                    + maxTexts + ")");
        }
        Format f = textFormat();
        alternativesAsked();
        return texts.stream().map(t -> ArticleTask.of(null, t).withFormat(f).withSource(from)
                .withTarget(TargetVariant.EN)).toList();
    }

    /** Whether the answer must carry {@code alternatives}. */
    boolean alternativesAsked() {
        if (alternatives == null || alternatives.isNull()) {
            return false;
        }
        try {
            return Integer.parseInt(alternatives.asText().strip()) > 0;
        } catch (NumberFormatException e) {
            throw new BadRequestException("Invalid request: alternatives parameter is not a number");
        }
    }

    boolean detecting() {
        return "auto".equalsIgnoreCase(source == null ? "" : source.strip());
    }

    private Format textFormat() {
        String f = format == null || format.isBlank() ? "text" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "text" -> Format.TEXT;
            case "html" -> Format.HTML;
            default -> throw new BadRequestException(f + " format is not supported");
        };
    }

    private static String language(String code, String field) {
        if (code == null || code.isBlank()) {
            throw missing(field);
        }
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private static BadRequestException missing(String field) {
        return new BadRequestException("Invalid request: missing " + field + " parameter");
    }
}
