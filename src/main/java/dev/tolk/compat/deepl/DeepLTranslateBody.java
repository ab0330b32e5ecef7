package dev.tolk.compat.deepl;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import dev.tolk.compat.CompatConfig;
import dev.tolk.markup.Format;
import dev.tolk.task.ArticleTask;

/**
 * A {@code /v2/translate} request, sent as a form (repeated {@code text} keys, as DeepL's clients send it) or as JSON.
 * Unknown parameters are ignored, as DeepL does: its clients add new ones over time. The parameters tolk cannot honour
 * are accepted and ignored (see the README); their values may be of any JSON type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "DeepLTranslateRequest", description = "DeepL's translate parameters; the same names as form fields")
public record DeepLTranslateBody(
        @Schema(required = true, description = "1-50 texts; each is one article, paragraphs separated by blank lines")
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> text,
        @Schema(description = "DA, or absent to detect (Norwegian and Swedish are translated too, English is "
                + "returned unchanged)") @JsonProperty("source_lang") String sourceLang,
        @Schema(required = true, enumeration = { "EN", "EN-GB", "EN-US" }) @JsonProperty("target_lang") String targetLang,
        @Schema(description = "Background the model reads but does not translate") String context,
        @Schema(description = "A glossary from /v2/glossaries; needs source_lang") @JsonProperty("glossary_id") String glossaryId,
        @Schema(enumeration = { "html", "xml" }, description = "Translate markup: only the words, tags kept; xml is "
                + "read as HTML") @JsonProperty("tag_handling") String tagHandling,
        @Schema(description = "default, prefer_more, prefer_less: accepted and ignored; more and less: 400 (English "
                + "has no formality)") String formality,
        @Schema(description = "Accepted and ignored") @JsonProperty("model_type") String modelType,
        @Schema(description = "1 or true: billed_characters in each translation")
        @JsonProperty("show_billed_characters") JsonNode showBilledCharacters,
        @Schema(description = "Accepted and ignored: tolk translates whole paragraphs")
        @JsonProperty("split_sentences") JsonNode splitSentences,
        @Schema(description = "Accepted and ignored") @JsonProperty("preserve_formatting") JsonNode preserveFormatting,
        @Schema(description = "Accepted and ignored") @JsonProperty("outline_detection") JsonNode outlineDetection,
        @Schema(description = "Accepted and ignored") @JsonProperty("non_splitting_tags") JsonNode nonSplittingTags,
        @Schema(description = "Accepted and ignored") @JsonProperty("splitting_tags") JsonNode splittingTags,
        @Schema(description = "Accepted and ignored") @JsonProperty("ignore_tags") JsonNode ignoreTags,
        @Schema(description = "Legacy: the key as a field; prefer Authorization: DeepL-Auth-Key <key>")
        @JsonProperty("auth_key") String authKey) {

    /** The same request, sent as {@code application/x-www-form-urlencoded}. */
    static DeepLTranslateBody fromForm(MultivaluedMap<String, String> form) {
        return new DeepLTranslateBody(form.get("text"), form.getFirst("source_lang"), form.getFirst("target_lang"),
                form.getFirst("context"), form.getFirst("glossary_id"), form.getFirst("tag_handling"),
                form.getFirst("formality"), form.getFirst("model_type"), node(form, "show_billed_characters"),
                node(form, "split_sentences"), node(form, "preserve_formatting"), node(form, "outline_detection"),
                node(form, "non_splitting_tags"), node(form, "splitting_tags"), node(form, "ignore_tags"),
                form.getFirst("auth_key"));
    }

    /**
     * One task per text, in request order.
     *
     * @param glossary the entries of {@code glossary_id}, or empty
     */
    List<ArticleTask> tasks(Map<String, String> glossary, CompatConfig limits) {
        if (text == null || text.isEmpty()) {
            throw new BadRequestException("Parameter 'text' not specified.");
        }
        if (text.size() > limits.maxTexts()) {
            throw new BadRequestException("Too many texts: at most " + limits.maxTexts() + " per request.");
        }
        if (context != null && context.length() > limits.maxContextChars()) {
            throw new BadRequestException("Parameter 'context' is over " + limits.maxContextChars() + " characters.");
        }
        var target = DeepLLanguages.target(targetLang);
        String source = DeepLLanguages.source(sourceLang);
        Format format = format();
        checkFormality();
        return text.stream().map(t -> ArticleTask.of(null, t == null ? "" : t).withFormat(format).withSource(source)
                .withTarget(target).withGlossary(glossary).withContext(context)).toList();
    }

    boolean showBilled() {
        return truthy(showBilledCharacters);
    }

    private Format format() {
        if (tagHandling == null || tagHandling.isBlank()) {
            return Format.TEXT;
        }
        return switch (tagHandling.strip().toLowerCase(Locale.ROOT)) {
            // tolk's HTML path reads both: XML's tags are kept and only the text between them is translated.
            case "html", "xml" -> Format.HTML;
            default -> throw new BadRequestException("Value for 'tag_handling' not supported: html or xml.");
        };
    }

    /** English has no formal register in DeepL: {@code more}/{@code less} are refused, the {@code prefer_} ones not. */
    private void checkFormality() {
        if (formality == null || formality.isBlank()) {
            return;
        }
        switch (formality.strip().toLowerCase(Locale.ROOT)) {
            case "default", "prefer_more", "prefer_less" -> {
            }
            case "more", "less" -> throw new BadRequestException(
                    "'formality' is not supported for given 'target_lang'.");
            default -> throw new BadRequestException("Value for 'formality' not supported.");
        }
    }

    private static boolean truthy(JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String v = value.asText().strip();
        return v.equals("1") || v.equalsIgnoreCase("true");
    }

    private static JsonNode node(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? null : TextNode.valueOf(value);
    }
}
