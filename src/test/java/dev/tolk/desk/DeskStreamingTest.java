package dev.tolk.desk;

import static dev.tolk.testing.OpenAiStub.bullets;
import static dev.tolk.testing.OpenAiStub.segments;
import static dev.tolk.testing.OpenAiStub.streamedCompletion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.tolk.testing.Endpoint;
import dev.tolk.testing.Fixtures;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The page while tolk writes: text as it streams, warnings on their rows, and the keyboard alone. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class DeskStreamingTest extends StubbedBackendTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @TestHTTPResource("/")
    URL url;

    private DeskPage page;

    @BeforeEach
    void openPage() {
        page = BROWSER.open(url);
    }

    @Test
    void englishTextIsVisibleBeforeDoneArrives() {
        List<String> english = new ArrayList<>(List.of(DeskPageTest.TITLE_EN));
        english.addAll(Fixtures.seedEnglish());
        // The model's reply trickles out over a few seconds (within the tests' 5 s per-attempt timeout).
        backend.stubFor(ModelCall.TRANSLATION.stub().willReturn(streamedCompletion(segments(english), 10, 900, 700)
                .withChunkedDribbleDelay(30, 2500)));
        backend.stubFor(ModelCall.SUMMARY.stub().willReturn(streamedCompletion(bullets(Endpoint.BULLETS), 20, 850, 90)));

        page.article(DeskPageTest.TITLE, Fixtures.seedDanish()).translate();

        // Read in one go, so the state and the text are of the same moment.
        @SuppressWarnings("unchecked")
        Map<String, Object> firstText = await().atMost(DeskPage.WAIT).until(() -> (Map<String, Object>) page.js(
                "const text = [...document.querySelectorAll('#rows-body td.en .text')].map(e => e.textContent).join('');"
                        + "return {text, state: document.getElementById('results').dataset.state};"),
                seen -> !((String) seen.get("text")).isEmpty());
        assertThat(firstText.get("state")).as("done has not arrived yet").isEqualTo("streaming");
        assertThat((String) firstText.get("text")).as("only part of the English so far")
                .isNotEqualTo(String.join("", english));

        assertThat(page.awaitFinished()).isEqualTo("done");
        assertThat(page.rows()).extracting(r -> r.get("en")).containsExactlyElementsOf(english);
    }

    @Test
    void aNumberLeftInDanishNotationIsFlaggedOnItsRow() {
        List<String> english = new ArrayList<>(Fixtures.seedEnglish());
        english.set(11, english.get(11).replace("19,667", "19.667"));
        backend.stubFor(ModelCall.TRANSLATION.stub().willReturn(streamedCompletion(segments(english), 40, 900, 700)));
        backend.stubFor(ModelCall.SUMMARY.stub().willReturn(streamedCompletion(bullets(Endpoint.BULLETS), 20, 850, 90)));

        page.article(null, Fixtures.seedDanish()).translate();

        assertThat(page.awaitFinished()).isEqualTo("done");
        List<Map<String, String>> rows = page.rows();
        assertThat(rows).hasSize(15);
        Map<String, String> flagged = rows.get(11);
        assertThat(flagged.get("id")).isEqualTo("para-12");
        assertThat(flagged.get("cls")).contains("has-warning");
        assertThat(flagged.get("num")).as("not marked by colour alone").contains("⚠").contains("has a warning");
        assertThat(flagged.get("warnings")).contains("numbers").contains("19.667");
        assertThat(rows.stream().filter(r -> r.get("cls").contains("has-warning")).map(r -> r.get("id")))
                .containsExactly("para-12");
        assertThat(page.text("#warning-bar")).contains("1 fidelity warning").contains("numbers 1")
                .contains("Paragraph 12");
        assertThat(page.consoleErrors()).isEmpty();
    }

    @Test
    void markdownAndHtmlRowsLineUpWithTolksSegments() {
        List<String> english = List.of("Hamas leader in Cairo", "Hamas leader <x1>Ismail Haniyeh</x1> arrived in Cairo "
                + "on Wednesday.", Endpoint.ENGLISH.get(1));
        backend.stubFor(ModelCall.TRANSLATION.stub().willReturn(streamedCompletion(segments(english), 10, 120, 45)));
        backend.stubFor(ModelCall.SUMMARY.stub().willReturn(streamedCompletion(bullets(Endpoint.BULLETS), 10, 120, 45)));
        String second = Endpoint.ARTICLE.split("\n\n")[1];
        Map<String, String> documents = Map.of(
                "markdown", "# Hamas-leder i Kairo\n\nHamas' leder **Ismail Haniyeh** er onsdag ankommet til Kairo.\n\n"
                        + "- " + second + "\n",
                "html", "<h1>Hamas-leder i Kairo</h1>\n<p>Hamas' leder <b>Ismail Haniyeh</b> er onsdag ankommet til "
                        + "Kairo.</p>\n<ul><li>" + second + "</li></ul>");
        for (Map.Entry<String, String> document : documents.entrySet()) {
            page.open();
            page.js("document.getElementById('format').value = arguments[0]", document.getKey());
            page.article(null, document.getValue()).translate();

            assertThat(page.awaitFinished()).as(document.getKey()).isEqualTo("done");
            List<Map<String, String>> rows = page.rows();
            assertThat(rows).extracting(r -> r.get("da")).as(document.getKey()).containsExactly("Hamas-leder i Kairo",
                    "Hamas' leder Ismail Haniyeh er onsdag ankommet til Kairo.", second);
            assertThat(rows).extracting(r -> r.get("en")).as(document.getKey()).containsExactly("Hamas leader in Cairo",
                    "Hamas leader Ismail Haniyeh arrived in Cairo on Wednesday.", Endpoint.ENGLISH.get(1));
        }
        assertThat(page.consoleErrors()).isEmpty();
    }

    @Test
    void theKeyboardAloneTranslates() {
        backend.stubFor(ModelCall.TRANSLATION.stub().willReturn(
                streamedCompletion(segments(Endpoint.ENGLISH), 10, 120, 45)));
        backend.stubFor(ModelCall.SUMMARY.stub().willReturn(streamedCompletion(bullets(Endpoint.BULLETS), 10, 120, 45)));

        assertThat(page.tabTo("text", 10)).as("the text area is reached with Tab").isTrue();
        assertThat(page.js("return getComputedStyle(document.activeElement).outlineStyle")).as("focus is visible")
                .isEqualTo("solid");
        page.type(Endpoint.ARTICLE);
        page.ctrlEnter();

        assertThat(page.awaitFinished()).isEqualTo("done");
        assertThat(page.rows()).extracting(r -> r.get("en")).containsExactlyElementsOf(Endpoint.ENGLISH);
        assertThat(page.bullets()).containsExactlyElementsOf(Endpoint.BULLETS);

        // The summary's bullets and chips are reachable by Tab too, and focusing one highlights its rows.
        assertThat(page.tabTo("bullet-1", 30)).isTrue();
        assertThat(page.js("return [...document.querySelectorAll('#rows-body tr.cited')].map(tr => tr.id)"))
                .isEqualTo(List.of("para-1"));
        assertThat(page.consoleErrors()).isEmpty();
    }
}
