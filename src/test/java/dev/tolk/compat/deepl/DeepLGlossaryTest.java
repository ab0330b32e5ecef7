package dev.tolk.compat.deepl;

import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.deepl.api.DeepLClient;
import com.deepl.api.DeepLException;
import com.deepl.api.GlossaryEntries;
import com.deepl.api.GlossaryInfo;
import com.deepl.api.GlossaryNotFoundException;
import com.deepl.api.TextResult;
import com.deepl.api.TextTranslationOptions;

import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A desk manages its terms with DeepL's own client (in-memory store: no Redis here), and a {@code glossary_id} is the
 * request glossary: in the prompt, in the output, checked.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class DeepLGlossaryTest extends StubbedBackendTest {

    private static final String DANISH = "Folketinget vedtog tirsdag finansloven efter en lang debat.";
    private static final String ENGLISH = "The Danish Parliament passed the budget on Tuesday after a long debate.";

    @TestHTTPResource("/")
    URL root;

    @Test
    void createListTranslateWithAndDelete() throws Exception {
        DeepLClient client = DeepLClients.at(root);
        GlossaryEntries entries = new GlossaryEntries(Map.of("Folketinget", "the Danish Parliament",
                "våbenhvile", "truce"));

        GlossaryInfo created = client.createGlossary("Desk terms", "da", "en", entries);

        assertThat(created.getName()).isEqualTo("Desk terms");
        assertThat(created.getSourceLang()).isEqualTo("da");
        assertThat(created.getTargetLang()).isEqualTo("en");
        assertThat(created.getEntryCount()).isEqualTo(2);
        assertThat(created.isReady()).isTrue();
        assertThat(client.listGlossaries()).extracting(GlossaryInfo::getGlossaryId).contains(created.getGlossaryId());
        GlossaryInfo got = client.getGlossary(created.getGlossaryId());
        assertThat(got.getName()).isEqualTo("Desk terms");
        assertThat(got.getCreationTime()).isEqualTo(created.getCreationTime());
        assertThat(client.getGlossaryEntries(created)).isEqualTo(entries);

        backend.stubFor(chat().willReturn(completion(segments(List.of(ENGLISH)), 80, 30)));
        TextResult result = client.translateText(DANISH, "da", "en-GB",
                new TextTranslationOptions().setGlossary(created));
        assertThat(result.getText()).isEqualTo(ENGLISH);
        String user = OpenAiStub.body(OpenAiStub.last(backend)).get("messages").get(1).get("content").asText();
        String instructions = user.substring(0, user.indexOf("<article>"));
        assertThat(instructions).contains("\"Folketinget\":\"the Danish Parliament\"")
                .as("only the entries the text uses").doesNotContain("våbenhvile");

        client.deleteGlossary(created);
        assertThatThrownBy(() -> client.getGlossary(created.getGlossaryId()))
                .isInstanceOf(GlossaryNotFoundException.class);
        assertThatThrownBy(() -> client.deleteGlossary(created)).isInstanceOf(GlossaryNotFoundException.class);
        assertThatThrownBy(() -> client.translateText(DANISH, "da", "en-GB",
                new TextTranslationOptions().setGlossary(created.getGlossaryId())))
                .isExactlyInstanceOf(DeepLException.class).hasMessageContaining("Glossary not found");
    }

    @Test
    void anIgnoredGlossaryTermIsCheckedLikeV1s() throws Exception {
        DeepLClient client = DeepLClients.at(root);
        GlossaryInfo glossary = client.createGlossary("Strict", "da", "en",
                new GlossaryEntries(Map.of("finansloven", "the Finance Act")));
        backend.stubFor(chat().willReturn(completion(segments(List.of(ENGLISH)), 80, 30)));

        TextResult result = client.translateText(DANISH, "da", "en-GB",
                new TextTranslationOptions().setGlossary(glossary));

        assertThat(result.getText()).isEqualTo(ENGLISH);
        assertThat(OpenAiStub.sent(backend).size()).as("asked, then re-asked with the glossary named").isEqualTo(2);
        io.restassured.response.Response raw = io.restassured.RestAssured.given()
                .formParam("text", DANISH).formParam("source_lang", "DA").formParam("target_lang", "EN-GB")
                .formParam("glossary_id", glossary.getGlossaryId()).post("/v2/translate");
        assertThat(raw.jsonPath().getList("translations[0].tolk_warnings.code")).containsExactly("glossary");
        assertThat(raw.header("X-Tolk-Warnings")).isEqualTo("0:glossary");
    }

    @Test
    void csvEntriesWithDeepLsQuotingAndLanguageColumns() throws Exception {
        DeepLClient client = DeepLClients.at(root);

        GlossaryInfo glossary = client.createGlossaryFromCsv("From a spreadsheet", "da", "en",
                "Folketinget,the Danish Parliament,da,en\n\"citat \"\"her\"\"\",\"quote, here\",da,en\n");

        assertThat(client.getGlossaryEntries(glossary))
                .isEqualTo(new GlossaryEntries(Map.of("Folketinget", "the Danish Parliament",
                        "citat \"her\"", "quote, here")));
    }

    @Test
    void refusesWhatDeepLRefuses() {
        DeepLClient client = DeepLClients.at(root);
        GlossaryEntries entries = new GlossaryEntries(Map.of("Folketinget", "the Danish Parliament"));

        assertThatThrownBy(() -> client.createGlossary("German", "de", "en", entries))
                .isExactlyInstanceOf(DeepLException.class).hasMessageContaining("language pair");
        assertThatThrownBy(() -> client.createGlossary("", "da", "en", entries))
                .isExactlyInstanceOf(DeepLException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> client.createGlossaryFromCsv("Dup", "da", "en", "a,b\na,c"))
                .isExactlyInstanceOf(DeepLException.class).hasMessageContaining("repeats");
        assertThatThrownBy(() -> client.getGlossary("invalid_glossary_id"))
                .isExactlyInstanceOf(DeepLException.class).hasMessageContaining("Invalid glossary ID");
        assertThatThrownBy(() -> client.getGlossaryEntries("96ab91fd-e715-41a1-adeb-5d701f84a483"))
                .isInstanceOf(GlossaryNotFoundException.class);
        assertThatThrownBy(() -> client.translateText(DANISH, null, "en-GB",
                new TextTranslationOptions().setGlossaryId("96ab91fd-e715-41a1-adeb-5d701f84a483")))
                .as("the client itself insists on a source language with a glossary")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
