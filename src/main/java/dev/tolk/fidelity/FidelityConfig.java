package dev.tolk.fidelity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Thresholds of the deterministic fidelity checks. */
@ConfigMapping(prefix = "tolk.fidelity")
interface FidelityConfig {

    Length length();

    Language language();

    /** English/Danish character ratio: the seed article is 1.06 overall and 0.87–1.29 per paragraph. */
    interface Length {

        /** Below this the English has lost content: even terse English stays above ~0.85 of the Danish. */
        @WithDefault("0.7")
        double minRatio();

        /** Above this the model has added content (notes, explanations, a second version): 1.8 leaves room for glosses. */
        @WithDefault("1.8")
        double maxRatio();

        /**
         * Danish characters a text needs before its ratio is judged: in a short segment one word or a spelled-out number
         * moves the ratio by 0.2 (the seed's 28-character paragraph is 1.29).
         */
        @WithDefault("100")
        int minChars();
    }

    /** Output-language identification (Lingua, low-accuracy mode: trigram models only, ~14 MB instead of ~350 MB). */
    interface Language {

        /**
         * Letters a text needs before its detected language is trusted: below ~40 letters Lingua confuses Danish and
         * Norwegian and a name-heavy English sentence can read as anything.
         */
        @WithDefault("40")
        int minLetters();

        /**
         * Relative confidence (top language = 1.0) English must stay below for a text to count as "not English": a
         * Danish text gives English ~0.7, English text with many Danish names can still give a foreign top score
         * with English close behind; 0.9 only flags clear cases.
         */
        @WithDefault("0.9")
        double englishMargin();

        /**
         * Characters of a text the detector reads (its opening, cut at a space): 300 is two sentences, plenty to tell
         * English from Danish, and keeps the check's cost flat for long paragraphs and whole articles.
         */
        @WithDefault("300")
        int sampleChars();

        /**
         * Load the language models in the background at startup so the first request does not pay ~2 s for it; off, the
         * first check loads them.
         */
        @WithDefault("true")
        boolean warmUp();

        /**
         * How long after start the warm-up begins. Loading the models takes ~0.5 s of CPU; run alongside Quarkus's own
         * start on a 2-core pod it delayed readiness by 0.1–0.4 s. The pod is ready first, and a Service sends it
         * traffic only after the readiness probe has seen it, by which time the models are usually in.
         */
        @WithDefault("1s")
        java.time.Duration warmUpDelay();
    }
}
