package dev.tolk.compat;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The DeepL and LibreTranslate adapters. */
@ConfigMapping(prefix = "tolk.compat")
public interface CompatConfig {

    /**
     * Texts per request: DeepL's own limit. Each text is a whole article run concurrently with the others, so this
     * bounds what one request starts at once (the gateway's bulkhead still bounds the backend).
     */
    @WithDefault("50")
    int maxTexts();

    /**
     * Characters of DeepL's {@code context}: a few sentences of background. It goes into the prompt of every backend
     * call of every text in the request, outside the chunk budget, so it must stay small.
     */
    @WithDefault("2000")
    int maxContextChars();

    /**
     * The {@code character_limit} DeepL's {@code /v2/usage} reports while tolk has no per-key quotas: so large that
     * no client decides its quota is spent and stops translating.
     */
    @WithDefault("1000000000000")
    long usageLimit();

    /**
     * What LibreTranslate's {@code /frontend/settings} gives as {@code frontendTimeout}: how long its web page waits
     * after the last keystroke before it translates. LibreTranslate's own default.
     */
    @WithDefault("500ms")
    Duration frontendTimeout();
}
