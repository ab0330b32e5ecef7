package dev.tolk.compat.deepl;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.deepl.api.DeepLClient;
import com.deepl.api.Language;
import com.deepl.api.TextResult;
import com.deepl.api.TextTranslationOptions;
import com.deepl.api.Usage;
import com.fasterxml.jackson.databind.JsonNode;

import dev.tolk.testing.Endpoint;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * DeepL's own Java client, unmodified, against tolk: translating one text and a list, with context and HTML, usage
 * and languages. The client parsing tolk's answers is the acceptance test.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class DeepLClientTest extends StubbedBackendTest {

    static final List<String> DANISH = List.of(
            "Regeringen fremlagde tirsdag sit forslag til finansloven.",
            "Vejret bliver koldt og blæsende i hele landet i weekenden.",
            "Politiet efterlyser vidner til et indbrud i nat.");
    static final List<String> ENGLISH = List.of(
            "The government presented its proposal for the budget on Tuesday.",
            "The weather will be cold and windy across the country at the weekend.",
            "Police are seeking witnesses to a burglary last night.");

    @TestHTTPResource("/")
    URL root;

    @Test
    void translatesOneTextAsOneArticle() throws Exception {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));

        TextResult result = DeepLClients.at(root).translateText(Endpoint.ARTICLE, "da", "en-GB");

        assertThat(result.getText()).isEqualTo(String.join("\n\n", Endpoint.ENGLISH));
        assertThat(result.getDetectedSourceLanguage()).isEqualTo("da");
        assertThat(result.getBilledCharacters()).isEqualTo(Endpoint.ARTICLE.codePointCount(0, Endpoint.ARTICLE.length()));
        JsonNode payload = OpenAiStub.fencedPayload(OpenAiStub.last(backend));
        assertThat(payload.get("segments")).as("one article, its paragraphs the segments").hasSize(2);
        assertThat(OpenAiStub.body(OpenAiStub.last(backend)).get("messages").get(0).get("content").asText())
                .contains("British spelling");
    }

    @Test
    void translatesAListInRequestOrderEachTextItsOwnArticle() throws Exception {
        for (int i = 0; i < DANISH.size(); i++) {
            backend.stubFor(chat().withRequestBody(containing(DANISH.get(i).substring(0, 15)))
                    .willReturn(completion(segments(List.of(ENGLISH.get(i))), 60, 20)));
        }

        List<TextResult> results = DeepLClients.at(root).translateText(DANISH, null, "en-US", null);

        assertThat(results).extracting(TextResult::getText).containsExactlyElementsOf(ENGLISH);
        assertThat(results).extracting(TextResult::getDetectedSourceLanguage).containsOnly("da");
        assertThat(calls()).as("one backend call per text").isEqualTo(3);
    }

    @Test
    void contextReachesTheModelFencedAndIsPartOfTheCacheKeyNotTheText() throws Exception {
        backend.stubFor(chat().willReturn(completion(segments(List.of(ENGLISH.get(0))), 60, 20)));
        DeepLClient client = DeepLClients.at(root);
        String context = "Finansloven er statens budget for det kommende år.";

        TextResult first = client.translateText(DANISH.get(0), "da", "en-GB",
                new TextTranslationOptions().setContext(context));

        assertThat(first.getText()).isEqualTo(ENGLISH.get(0));
        String user = OpenAiStub.body(OpenAiStub.last(backend)).get("messages").get(1).get("content").asText();
        assertThat(user).contains("<context>\n\"" + context + "\"\n</context>");
        assertThat(user.indexOf("</context>")).as("before the article's fence").isLessThan(user.indexOf("<article>"));
        assertThat(OpenAiStub.fencedPayload(OpenAiStub.last(backend)).toString()).doesNotContain("Finansloven er");

        client.translateText(DANISH.get(0), "da", "en-GB", new TextTranslationOptions().setContext(context));
        assertThat(calls()).as("same text, same context: cached").isEqualTo(1);
        client.translateText(DANISH.get(0), "da", "en-GB", new TextTranslationOptions().setContext("Noget andet."));
        assertThat(calls()).as("another context is another translation").isEqualTo(2);
        client.translateText(DANISH.get(0), "da", "en-GB");
        assertThat(calls()).as("no context is another translation").isEqualTo(3);
        String none = OpenAiStub.body(OpenAiStub.last(backend)).get("messages").get(1).get("content").asText();
        assertThat(none).as("no background, no fence for it").doesNotContain("<context>");
    }

    @Test
    void tagHandlingHtmlTranslatesOnlyTheWordsAndKeepsTheMarkup() throws Exception {
        String html = "<p>Lederen af Hamas, <a href=\"https://www.reuters.com/\">Ismail Haniyeh</a>, er "
                + "<strong>onsdag</strong> kommet til Kairo.</p>";
        backend.stubFor(chat().willReturn(completion(segments(List.of(
                "Hamas leader <x1>Ismail Haniyeh</x1> arrived in Cairo on <x2>Wednesday</x2>.")), 60, 20)));

        TextResult result = DeepLClients.at(root).translateText(html, "da", "en-GB",
                new TextTranslationOptions().setTagHandling("html"));

        assertThat(result.getText()).isEqualTo("<p>Hamas leader <a href=\"https://www.reuters.com/\">Ismail Haniyeh</a> "
                + "arrived in Cairo on <strong>Wednesday</strong>.</p>");
        assertThat(OpenAiStub.body(OpenAiStub.last(backend)).toString()).doesNotContain("reuters.com");
    }

    @Test
    void usageCountsTheCharactersTranslatedUnderALargeLimit() throws Exception {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        DeepLClient client = DeepLClients.at(root);
        Usage before = client.getUsage();

        TextResult result = client.translateText(Endpoint.ARTICLE, "da", "en-US");

        Usage after = client.getUsage();
        assertThat(after.getCharacter().getCount() - before.getCharacter().getCount())
                .isEqualTo(result.getBilledCharacters());
        assertThat(after.getCharacter().getLimit()).isGreaterThanOrEqualTo(1_000_000_000L);
        assertThat(after.anyLimitReached()).isFalse();
    }

    @Test
    void listsDanishAsSourceAndBritishAndAmericanEnglishAsTargets() throws Exception {
        DeepLClient client = DeepLClients.at(root);

        assertThat(client.getSourceLanguages()).extracting(Language::getCode).containsExactly("da");
        List<Language> targets = client.getTargetLanguages();
        assertThat(targets).extracting(Language::getCode).containsExactly("en-GB", "en-US");
        assertThat(targets).extracting(Language::getSupportsFormality).containsOnly(false);
        assertThat(client.getGlossaryLanguages()).singleElement().satisfies(pair -> {
            assertThat(pair.getSourceLanguage()).isEqualTo("da");
            assertThat(pair.getTargetLanguage()).isEqualTo("en");
        });
    }

    private int calls() {
        return OpenAiStub.sent(backend).size();
    }
}
