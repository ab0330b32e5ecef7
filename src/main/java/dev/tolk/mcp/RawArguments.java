package dev.tolk.mcp;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.mcp.ToolArguments.Article;
import io.vertx.core.json.JsonObject;

/**
 * A call's arguments as sent (JSON values), read into an {@link Article}. quarkus-mcp-server checks the arguments of
 * an annotated tool method before calling it, but hands a programmatically registered tool the raw JSON values, so this
 * does the same checks with the same messages: a missing required argument or a value of the wrong JSON type is
 * refused before the tool runs (a tool error, as {@code quarkus.mcp.server.tools.input-validation-error=tool} makes the
 * library's own refusals, and not counted as a call). What a value means is {@link ToolArguments}' business.
 */
@ApplicationScoped
class RawArguments {

    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };

    /** The arguments do not fit the tool's input schema; the message is the library's own for the same fault. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final ObjectMapper mapper;

    RawArguments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Reads the arguments {@code declared} takes from {@code sent}; any other argument sent is ignored.
     *
     * @throws Refused naming the first argument that is missing or not of its JSON type
     */
    Article read(List<ArticleArg> declared, Map<String, Object> sent) {
        Map<ArticleArg, Object> values = new EnumMap<>(ArticleArg.class);
        for (ArticleArg arg : declared) {
            Object value = value(arg, sent.get(arg.argName));
            if (value != null) {
                values.put(arg, value);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, String> glossary = (Map<String, String>) values.get(ArticleArg.GLOSSARY);
        return new Article((String) values.get(ArticleArg.TEXT), (String) values.get(ArticleArg.TITLE),
                (String) values.get(ArticleArg.SOURCE), (String) values.get(ArticleArg.FORMAT),
                (String) values.get(ArticleArg.TARGET), glossary, (Integer) values.get(ArticleArg.MAX_BULLETS));
    }

    private Object value(ArticleArg arg, Object sent) {
        if (sent == null) {
            if (arg.required) {
                throw new Refused("Missing required argument: " + arg.argName);
            }
            return null;
        }
        if (arg.type == String.class) {
            return expect(arg, sent instanceof String, "string") ? sent : null;
        }
        if (arg.type == Integer.class) {
            // As the library coerces a JSON number into an int parameter: 3.0 (or 3.7) is 3.
            return expect(arg, sent instanceof Number, "number") ? ((Number) sent).intValue() : null;
        }
        // The glossary, the one object: its values become strings as Jackson coerces them (a number 5 is "5").
        Object object = sent instanceof JsonObject json ? json.getMap() : sent;
        expect(arg, object instanceof Map, "object");
        try {
            return mapper.convertValue(object, STRINGS);
        } catch (IllegalArgumentException e) {
            throw new Refused("Invalid argument [%s] - unable to convert JSON object".formatted(arg.argName));
        }
    }

    private static boolean expect(ArticleArg arg, boolean matches, String jsonType) {
        if (!matches) {
            throw new Refused("Invalid argument [%s] - value does not match the expected JSON type: %s"
                    .formatted(arg.argName, jsonType));
        }
        return true;
    }
}
