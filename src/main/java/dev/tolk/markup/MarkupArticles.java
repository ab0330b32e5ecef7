package dev.tolk.markup;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.article.Article;
import dev.tolk.article.ArticleParser;
import dev.tolk.article.ArticleTooLargeException;
import dev.tolk.article.LimitsConfig;

/** Reads a submitted article in its {@link Format}; the one entry point the resources use for every format. */
@ApplicationScoped
public class MarkupArticles {

    private final ArticleParser articles;
    private final int maxDepth;
    private final int maxChars;

    MarkupArticles(ArticleParser articles, LimitsConfig limits) {
        this.articles = articles;
        this.maxDepth = limits.maxMarkupDepth();
        this.maxChars = limits.maxTextChars();
    }

    /**
     * @throws NoTextException          when the body has no text to translate (only markup, code, or characters that
     *                                  are invisible once normalised: NUL, zero-width or no-break spaces)
     * @throws TooDeeplyNestedException when markdown or HTML nests deeper than tolk.limits.max-markup-depth
     */
    public MarkedUpArticle parse(Format f, String title, String text) {
        int submitted = (title == null ? 0 : title.length()) + (text == null ? 0 : text.length());
        if (submitted > maxChars) {
            throw new ArticleTooLargeException(submitted, maxChars); // before any markup parser spends time on it
        }
        if (f == Format.TEXT) {
            Article article = articles.parse(title, text);
            if (article.paragraphs().isEmpty()) {
                throw new NoTextException(f); // never sent to a model: it would answer something from nothing
            }
            return MarkedUpArticle.text(article);
        }
        SegmentedText document = f == Format.HTML ? HtmlText.parse(text, maxDepth) : MarkdownText.parse(text, maxDepth);
        List<Inline> segments = document.segments();
        if (segments.isEmpty()) {
            throw new NoTextException(f);
        }
        // The segments go through the same normalisation (and size limit) as plain text, so equal text gives equal
        // cache keys whatever its format. A segment never holds a blank line, so each stays one paragraph.
        List<String> texts = segments.stream().map(Inline::text).toList();
        Article article = articles.parse(title, String.join("\n\n", texts));
        if (article.paragraphs().size() != segments.size()) {
            throw new IllegalStateException("A " + f.id() + " segment was split or lost by normalisation");
        }
        List<String> plain = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            plain.add(segments.get(i).plain(article.paragraphs().get(i)));
        }
        return new MarkedUpArticle(f, article, new Article(article.title(), plain), document::render);
    }
}
