package dev.tolk.jobs;

import java.util.List;

import dev.tolk.pipeline.TranslatedCharacters;
import dev.tolk.rest.DigestRequest;

/** The characters a batch or job is charged: every article's title and text, as DeepL bills them. */
final class ArticleCharacters {

    private ArticleCharacters() {
    }

    static long of(List<DigestRequest> articles) {
        return articles.stream().filter(a -> a != null)
                .mapToLong(a -> TranslatedCharacters.of(a.title()) + TranslatedCharacters.of(a.text())).sum();
    }
}
