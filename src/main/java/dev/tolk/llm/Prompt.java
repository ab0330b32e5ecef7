package dev.tolk.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A system+user prompt pair, plus the re-ask message used when an output fails tolk's checks. Its
 * {@link #version()} is a short hash of all three texts: it goes into cache keys and responses, so editing a prompt
 * invalidates exactly what it produced.
 * <p>
 * Placeholders are {@code {{name}}}. Substitution is hand-written because LangChain4j's PromptTemplate is backed by
 * Qute in Quarkus, whose single-brace syntax collides with the JSON examples the prompts must show the model.
 */
public record Prompt(String name, String system, String user, String reask, String version) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    Prompt(String name, String system, String user, String reask) {
        this(name, system, user, reask, hash(system + "\u0000" + user + "\u0000" + reask));
    }

    /** Renders a template; every placeholder must have a value, so a typo fails loudly rather than reaching a model. */
    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("Prompt placeholder {{" + m.group(1) + "}} has no value");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
