package dev.tolk.compat.libretranslate;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON LibreTranslate answers with, as its {@code app.py} writes it. */
public final class LibreShapes {

    private LibreShapes() {
    }

    @Schema(name = "LibreTranslateTranslation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Translation(
            @Schema(description = "A string, or an array in the order of q when q was an array") Object translatedText,
            @Schema(description = "source auto only: a Detection, or an array of them when q was an array")
            Object detectedLanguage,
            @Schema(description = "alternatives > 0 only: always empty (one per text when q was an array)")
            Object alternatives,
            @Schema(description = "tolk's extension: what its fidelity checks still found, as a list (a list per "
                    + "text when q was an array); absent when every text passed. LibreTranslate clients ignore it.")
            @JsonProperty("tolk_warnings") Object tolkWarnings) {
    }

    @Schema(name = "LibreTranslateDetection")
    public record Detection(
            @Schema(description = "100 when tolk's detector recognised the language, 0 when the text is too short to "
                    + "tell (then tolk takes it as Danish)") double confidence,
            String language) {
    }

    @Schema(name = "LibreTranslateLanguage")
    public record Language(String code, String name, List<String> targets) {
    }

    @Schema(name = "LibreTranslateFrontendSettings")
    public record FrontendSettings(int charLimit, long frontendTimeout, boolean apiKeys, boolean keyRequired,
            boolean suggestions, boolean filesTranslation, List<String> supportedFilesFormat,
            FrontendLanguages language) {
    }

    public record FrontendLanguages(Named source, Named target) {
    }

    public record Named(String code, String name) {
    }

    @Schema(name = "LibreTranslateError", description = "LibreTranslate's error body")
    public record Error(String error) {
    }
}
