package dev.tolk.compat.libretranslate;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.fidelity.LanguageDetector;

/**
 * LibreTranslate's {@code {"confidence", "language"}}, from tolk's own detector (Lingua). Lingua's confidences are
 * relative to the winner, not probabilities, so tolk does not pass them off as LibreTranslate's percentages: a
 * language recognised is 100, a text too short to tell is 0 (and, as everywhere in tolk, taken as Danish).
 */
@ApplicationScoped
class Detections {

    private final LanguageDetector detector;

    Detections(LanguageDetector detector) {
        this.detector = detector;
    }

    /** What {@code /detect} answers for {@code text}. */
    LibreShapes.Detection detect(String text) {
        return detector.detect(text).map(code -> new LibreShapes.Detection(100.0, code))
                .orElse(new LibreShapes.Detection(0.0, "da"));
    }

    /** @param resolved the language the pipeline translated {@code text} from */
    LibreShapes.Detection translated(String text, String resolved) {
        return new LibreShapes.Detection(detector.detect(text).isPresent() ? 100.0 : 0.0, resolved);
    }
}
