package dev.tolk.markup;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.article.Article;
import dev.tolk.article.ArticleParser;

/** Reads a submitted article in its {@link Format}; the one entry point the resources use for every format. */
@ApplicationScoped
public class MarkupArticles {

    private final ArticleParser articles;

    MarkupArticles(ArticleParser articles) {
        this.articles = articles;
    }

    /**
     * @throws NoTextException when a markdown or HTML body has no text to translate
     */
    public MarkedUpArticle parse(Format f, String title, String text) {
        if (f == Format.TEXT) {
            return MarkedUpArticle.text(articles.parse(title, text));
        }
        SegmentedText document = f == Format.HTML ? HtmlText.parse(text) : MarkdownText.parse(text);
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
