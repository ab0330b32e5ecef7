package dev.tolk.summary;

import java.util.List;

/**
 * One summary bullet and the article paragraphs (1-based) it rests on.
 *
 * @param sources paragraph numbers as the model cited them; checked, never trusted
 */
public record Bullet(String text, List<Integer> sources) {
    public Bullet {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
