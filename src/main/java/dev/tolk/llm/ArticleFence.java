package dev.tolk.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Puts untrusted article text into the user message as data: JSON-encoded (quotes and newlines escaped) between
 * {@code <article>} and {@code </article>}, which the system prompt explains. Every {@code </} inside is written as
 * the equivalent JSON escape {@code <\/}, so no text in an article can close the fence.
 */
public final class ArticleFence {

    public static final String OPEN = "<article>";
    public static final String CLOSE = "</article>";

    private ArticleFence() {
    }

    /** Request data shown to the model outside the fence (e.g. a glossary), JSON-encoded the same safe way. */
    public static String json(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String wrap(ObjectMapper json, Object payload) {
        return OPEN + "\n" + json(json, payload) + "\n" + CLOSE;
    }
}
