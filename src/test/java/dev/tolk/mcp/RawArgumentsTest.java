package dev.tolk.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.mcp.ToolArguments.Article;
import io.vertx.core.json.JsonObject;

/**
 * The checks quarkus-mcp-server makes of an annotated tool's arguments, made for the registered ones: same refusals,
 * same messages, same coercions.
 */
class RawArgumentsTest {

    private final RawArguments raw = new RawArguments(new ObjectMapper());

    @Test
    void theDeclaredArgumentsAreReadAndOthersIgnored() {
        Article article = raw.read(ArticleTool.SUMMARIZE.args, Map.of("text", "Tekst", "title", "Titel",
                "max_bullets", 3, "target", "en-GB", "glossary", Map.of("Folketinget", "the Danish Parliament")));
        assertThat(article).isEqualTo(new Article("Tekst", "Titel", null, null, null,
                Map.of("Folketinget", "the Danish Parliament"), 3));
    }

    @Test
    void numbersAndGlossaryValuesAreCoercedAsTheLibraryDoes() {
        Article article = raw.read(ArticleTool.DIGEST.args, Map.of("text", "Tekst", "max_bullets", 4.0,
                "glossary", new JsonObject().put("Folketinget", 5)));
        assertThat(article.maxBullets()).isEqualTo(4);
        assertThat(article.glossary()).isEqualTo(Map.of("Folketinget", "5"));
    }

    @Test
    void aMissingOrNullRequiredArgumentIsRefused() {
        Map<String, Object> nullText = new HashMap<>();
        nullText.put("text", null);
        assertThatThrownBy(() -> raw.read(ArticleTool.TRANSLATE.args, Map.of("title", "Titel")))
                .isInstanceOf(RawArguments.Refused.class).hasMessage("Missing required argument: text");
        assertThatThrownBy(() -> raw.read(ArticleTool.TRANSLATE.args, nullText))
                .hasMessage("Missing required argument: text");
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNamingTheArgument() {
        assertThatThrownBy(() -> raw.read(ArticleTool.SUMMARIZE.args, Map.of("text", "T", "max_bullets", "three")))
                .hasMessage("Invalid argument [max_bullets] - value does not match the expected JSON type: number");
        assertThatThrownBy(() -> raw.read(ArticleTool.TRANSLATE.args, Map.of("text", 7)))
                .hasMessage("Invalid argument [text] - value does not match the expected JSON type: string");
        assertThatThrownBy(() -> raw.read(ArticleTool.TRANSLATE.args, Map.of("text", "T", "glossary", "x")))
                .hasMessage("Invalid argument [glossary] - value does not match the expected JSON type: object");
        assertThatThrownBy(() -> raw.read(ArticleTool.TRANSLATE.args,
                Map.of("text", "T", "glossary", Map.of("a", Map.of("b", "c")))))
                .hasMessage("Invalid argument [glossary] - unable to convert JSON object");
    }
}
