package dev.tolk.task;

import dev.tolk.article.Article;
import dev.tolk.language.Source;
import dev.tolk.llm.Deadline;
import dev.tolk.markup.MarkedUpArticle;

/**
 * An {@link ArticleTask} the pipeline has read and checked: from here on only the backend can fail. Every job
 * (translation, summary, both; streamed or not) works from one of these.
 *
 * @param article  the text read in its format: segments to translate, its plain text, and how to render it back
 * @param source   the language it is translated from
 * @param deadline when the answer is due
 * @param refund   gives back the characters charged to the caller's quota when accepted, if the backend then fails
 *                 (the caller got nothing; DeepL does not bill a failed request either); safe to run more than once
 */
public record AcceptedTask(ArticleTask asked, MarkedUpArticle article, Source source, Deadline deadline,
        Runnable refund) {

    /** The article as plain text (markup dropped): what summaries read. */
    public Article plain() {
        return article.plain();
    }
}
