package dev.tolk.article;

import java.util.List;
import java.util.Optional;

/**
 * A normalised article: an optional title and its paragraphs in order. Produced only by {@link ArticleParser}, so
 * every part of tolk sees the same paragraphs and the same cache keys.
 */
public record Article(Optional<String> title, List<String> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Characters of text, title included: what limits and token estimates are based on. */
    public int length() {
        return title.map(String::length).orElse(0) + paragraphs.stream().mapToInt(String::length).sum();
    }
}
