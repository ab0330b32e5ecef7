package dev.tolk.compat.deepl;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.BadRequestException;

import dev.tolk.language.TargetVariant;

/** DeepL's language codes and tolk's: Danish in, English out. */
final class DeepLLanguages {

    static final List<DeepLShapes.Language> SOURCES = List.of(new DeepLShapes.Language("DA", "Danish", null));
    /** DeepL lists EN-GB and EN-US as targets (plain EN is still accepted, as British English). */
    static final List<DeepLShapes.Language> TARGETS = List.of(
            new DeepLShapes.Language("EN-GB", "English (British)", false),
            new DeepLShapes.Language("EN-US", "English (American)", false));
    static final String GLOSSARY_SOURCE = "da";
    static final String GLOSSARY_TARGET = "en";

    private DeepLLanguages() {
    }

    /** {@code target_lang}, any case: {@code EN}, {@code EN-GB}, {@code EN-US}. */
    static TargetVariant target(String code) {
        if (code == null || code.isBlank()) {
            throw new BadRequestException("Parameter 'target_lang' not specified.");
        }
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "EN" -> TargetVariant.EN;
            case "EN-GB" -> TargetVariant.EN_GB;
            case "EN-US" -> TargetVariant.EN_US;
            default -> throw new BadRequestException("Value for 'target_lang' not supported: tolk translates into EN, "
                    + "EN-GB and EN-US.");
        };
    }

    /** {@code source_lang}: DA, or absent to detect (tolk's {@code auto}). */
    static String source(String code) {
        if (code == null || code.isBlank()) {
            return "auto";
        }
        if (code.strip().equalsIgnoreCase("DA")) {
            return "da";
        }
        throw new BadRequestException("Value for 'source_lang' not supported: tolk translates from DA (or leave "
                + "source_lang out to detect the language).");
    }

    /** tolk's source code as DeepL reports it in {@code detected_source_language}. */
    static String detected(String tolk) {
        return switch (tolk) {
            case "nb", "nn" -> "NB";
            default -> tolk.toUpperCase(Locale.ROOT);
        };
    }
}
