package dev.tolk.markup;

import java.util.List;
import java.util.function.Function;

import dev.tolk.article.Article;

/**
 * A submitted article in its format. {@link #article()} is what is translated: for markdown and HTML its paragraphs
 * are the segments with {@code <xN>} placeholders. {@link #plain()} is the same article as plain text (markup
 * dropped), for language detection and summaries. {@link #render} puts translated paragraphs back into the document.
 */
public final class MarkedUpArticle {

    private final Format format;
    private final Article article;
    private final Article plain;
    private final Function<List<String>, String> renderer;

    MarkedUpArticle(Format format, Article article, Article plain, Function<List<String>, String> renderer) {
        this.format = format;
        this.article = article;
        this.plain = plain;
        this.renderer = renderer;
    }

    /** Plain text: the paragraphs are the article, and the document is the paragraphs separated by blank lines. */
    static MarkedUpArticle text(Article article) {
        return new MarkedUpArticle(Format.TEXT, article, article, paragraphs -> String.join("\n\n", paragraphs));
    }

    public Format format() {
        return format;
    }

    public Article article() {
        return article;
    }

    public Article plain() {
        return plain;
    }

    /**
     * The translated document, in the submitted format.
     *
     * @param paragraphs one per paragraph of {@link #article()}, in order, placeholders included; placeholders that
     *                   were lost or garbled are dropped with their markup (the words stay), so the output is always
     *                   well-formed
     */
    public String render(List<String> paragraphs) {
        if (paragraphs.size() != article.paragraphs().size()) {
            throw new IllegalArgumentException(
                    paragraphs.size() + " paragraphs for " + article.paragraphs().size() + " segments");
        }
        return renderer.apply(paragraphs);
    }
}
