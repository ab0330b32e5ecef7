package dev.tolk.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns submitted text into an {@link Article}: Unicode NFC, line endings unified, invisible characters dropped,
 * runs of spaces collapsed, and paragraphs split on blank lines. Normalising first means the same article pasted
 * from two systems hits the same cache entries.
 */
@ApplicationScoped
public class ArticleParser {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\\n ?");

    private final int maxChars;

    ArticleParser(@ConfigProperty(name = "tolk.limits.max-text-chars", defaultValue = "100000") int maxChars) {
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
        List<String> paragraphs = new ArrayList<>();
        for (String p : BLANK_LINES.split(normalise(text))) {
            String cleaned = p.strip();
            if (!cleaned.isEmpty()) {
                paragraphs.add(cleaned);
            }
        }
        Optional<String> cleanTitle = Optional.ofNullable(title).map(ArticleParser::normalise)
                .map(t -> t.replace('\n', ' ').strip()).filter(t -> !t.isEmpty());
        return new Article(cleanTitle, paragraphs);
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        return SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
    }
}
