package dev.tolk.article;

/** The article is over the configured size limit (→ 413). */
public class ArticleTooLargeException extends RuntimeException {

    public ArticleTooLargeException(int length, int limit) {
        super("The text has " + length + " characters; the limit is " + limit + ".");
    }
}
