package dev.tolk.pipeline;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.task.ArticleTask;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Characters of source text this pod has translated since it started, counted the way DeepL bills them: every
 * character sent (title and text, markup included), cache hits too. Every way in counts. DeepL's {@code /v2/usage}
 * reports it while tolk has no per-key quotas, and Prometheus reads it as {@code tolk_translated_characters_total}.
 */
@ApplicationScoped
public class TranslatedCharacters {

    private final AtomicLong total = new AtomicLong();

    TranslatedCharacters(MeterRegistry metrics) {
        FunctionCounter.builder("tolk.translated.characters", total, AtomicLong::get)
                .description("Characters of source text translated (as DeepL bills them)").register(metrics);
    }

    /** Characters as DeepL counts them: code points, so an emoji is one character, not two. */
    public static int of(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    public long total() {
        return total.get();
    }

    void add(ArticleTask task) {
        total.addAndGet(of(task.title()) + of(task.text()));
    }
}
