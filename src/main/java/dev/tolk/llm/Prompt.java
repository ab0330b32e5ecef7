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
 * Placeholders are {@code {{name}}}; {@code {{#name}}...{{/name}}} is a section kept only when {@code name}'s value is
 * not empty, so that a call without a glossary or background does not pay for the words that introduce them (every
 * call carries its user message; an edited paragraph's call is mostly template). Substitution is hand-written because
 * LangChain4j's PromptTemplate is backed by Qute in Quarkus, whose single-brace syntax collides with the JSON examples
 * the prompts must show the model.
 */
public record Prompt(String name, String system, String user, String reask, String version) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final Pattern SECTION = Pattern.compile("\\{\\{#([a-zA-Z]+)}}(.*?)\\{\\{/\\1}}", Pattern.DOTALL);

    Prompt(String name, String system, String user, String reask) {
        this(name, system, user, reask, hash(system + "\u0000" + user + "\u0000" + reask));
    }

    /** Renders a template; every placeholder must have a value, so a typo fails loudly rather than reaching a model. */
    public static String render(String template, Map<String, String> values) {
        Matcher sections = SECTION.matcher(template);
        String kept = sections.replaceAll(section -> Matcher.quoteReplacement(
                value(values, section.group(1)).isEmpty() ? "" : section.group(2)));
        Matcher m = PLACEHOLDER.matcher(kept);
        StringBuilder out = new StringBuilder(kept.length() + 256);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(values, m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("Prompt placeholder {{" + name + "}} has no value");
        }
        return value;
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
