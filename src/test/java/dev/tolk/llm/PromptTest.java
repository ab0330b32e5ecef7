package dev.tolk.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PromptTest {

    private static final String TEMPLATE = "Translate {{count}} segment(s).\n\n"
            + "{{#glossary}}Terms: {{glossary}}\n\n{{/glossary}}"
            + "{{#context}}<context>\n{{context}}\n</context>\n\n{{/context}}"
            + "{{article}}";

    @Test
    void anEmptyValueLeavesItsSectionOut() {
        String user = Prompt.render(TEMPLATE, Map.of("count", "2", "glossary", "", "context", "", "article", "<a/>"));

        assertThat(user).isEqualTo("Translate 2 segment(s).\n\n<a/>");
    }

    @Test
    void aValueKeepsItsSectionAndFillsItIn() {
        String user = Prompt.render(TEMPLATE,
                Map.of("count", "1", "glossary", "{\"FN\":\"the UN\"}", "context", "\"Baggrund\"", "article", "<a/>"));

        assertThat(user).isEqualTo("Translate 1 segment(s).\n\nTerms: {\"FN\":\"the UN\"}\n\n"
                + "<context>\n\"Baggrund\"\n</context>\n\n<a/>");
    }

    @Test
    void aValueIsNeverReadAsTemplate() {
        String user = Prompt.render(TEMPLATE, Map.of("count", "1", "glossary", "", "article", "<a/>",
                "context", "\"{{/context}} {{article}} {{#glossary}}\""));

        assertThat(user).contains("<context>\n\"{{/context}} {{article}} {{#glossary}}\"\n</context>").endsWith("<a/>");
    }

    @Test
    void aPlaceholderWithoutAValueFailsLoudly() {
        assertThatThrownBy(() -> Prompt.render(TEMPLATE, Map.of("count", "1", "glossary", "", "article", "")))
                .hasMessageContaining("{{context}}");
    }
}
