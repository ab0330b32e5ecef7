package dev.tolk.mcp;

import java.lang.reflect.Type;
import java.util.Map;

import jakarta.enterprise.util.TypeLiteral;

/**
 * An argument a tool may take: its name as the client sends it, the Java type the library turns into the argument's
 * JSON schema type, and whether it is required. Its description is a prompt, {@code prompts/mcp.arg.<name>.md}: a model
 * reads it to decide what to send.
 */
enum ArticleArg {

    TEXT("text", String.class, true),
    TITLE("title", String.class, false),
    MAX_BULLETS("max_bullets", Integer.class, false),
    TARGET("target", String.class, false),
    FORMAT("format", String.class, false),
    GLOSSARY("glossary", new TypeLiteral<Map<String, String>>() {
    }.getType(), false),
    SOURCE("source", String.class, false);

    final String argName;
    final Type type;
    final boolean required;

    ArticleArg(String argName, Type type, boolean required) {
        this.argName = argName;
        this.type = type;
        this.required = required;
    }

    String promptFile() {
        return "mcp.arg." + argName + ".md";
    }
}
