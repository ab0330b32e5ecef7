package dev.tolk.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns submitted text into an {@link Article}: Unicode NFC, line endings unified, invisible characters dropped,
 * runs of spaces collapsed, and paragraphs split on blank lines. Normalising first means the same article pasted
 * from two systems hits the same cache entries.
 */
@ApplicationScoped
public class ArticleParser {

    /** Zero-width characters, soft hyphens and control characters (NUL, …) other than tab and line breaks. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\\n ?");

    private final int maxChars;

    @Inject
    ArticleParser(LimitsConfig limits) {
        this(limits.maxTextChars());
    }

    ArticleParser(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * @throws ArticleTooLargeException when title plus text exceed {@code tolk.limits.max-text-chars}
     */
    public Article parse(String title, String text) {
        int submitted = (title == null ? 0 : title.length()) + (text == null ? 0 : text.length());
        if (submitted > maxChars) {
            throw new ArticleTooLargeException(submitted, maxChars);
        }
        List<String> paragraphs = paragraphs(normalise(text));
        Optional<String> cleanTitle = Optional.ofNullable(title).map(ArticleParser::normalise)
                .map(t -> t.replace('\n', ' ').strip()).filter(t -> !t.isEmpty());
        return new Article(cleanTitle, paragraphs);
    }

    /**
     * The text split at blank lines (a line break, then whitespace holding another line break), each part stripped,
     * empty ones dropped. By hand rather than {@code Pattern.split("\\n\\s*\\n")}: the regex split was a tenth of a
     * cache hit's CPU (JFR), since it runs over every request's whole text.
     */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        int i = text.indexOf('\n');
        while (i >= 0) {
            int lastBreak = -1;
            int j = i + 1;
            for (; j < text.length() && isRegexSpace(text.charAt(j)); j++) {
                if (text.charAt(j) == '\n') {
                    lastBreak = j;
                }
            }
            if (lastBreak >= 0) {
                addStripped(paragraphs, text.substring(start, i));
                start = lastBreak + 1;
            }
            i = text.indexOf('\n', lastBreak >= 0 ? lastBreak + 1 : i + 1);
        }
        addStripped(paragraphs, text.substring(start));
        return paragraphs;
    }

    /** What {@code \\s} matches in a Java regex. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void addStripped(List<String> paragraphs, String part) {
        String cleaned = part.strip();
        if (!cleaned.isEmpty()) {
            paragraphs.add(cleaned);
        }
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return alreadyNormal(text) ? text : fullyNormalised(text);
    }

    /** NFC, one kind of line break, no invisible characters, single spaces, none at a line's edges. */
    static String fullyNormalised(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        return SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
    }

    /**
     * Whether {@link #normalise} would return the text unchanged, decided in one pass over it: the normalisation runs
     * on every request, cache hits included, and the NFC pass plus three regular expressions were a third of the CPU
     * of an uncached request and two thirds of a cache hit, while most articles arrive clean. Anything unusual (a
     * character from U+0300 up other than common punctuation, control characters, doubled spaces, a space at a line
     * edge) takes the full path; characters below U+0300 are NFC by definition.
     */
    static boolean alreadyNormal(String text) {
        char prev = '\n';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (prev == ' ' || prev == '\n') {
                    return false;
                }
            } else if (c == '\n') {
                if (prev == ' ') {
                    return false;
                }
            } else if (c < ' ' || c == '\u00A0' || c == '\u00AD') {
                return false;
            } else if (c >= '\u0300' && !(c >= '\u2010' && c <= '\u2027') && c != '\u20AC') {
                return false;
            }
            prev = c;
        }
        return prev != ' ';
    }
}
