package dev.tolk.fidelity;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A request glossary reaches the prompt, keys only the paragraphs that use its terms, and is checked. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class GlossaryFlowTest extends StubbedBackendTest {

    private static final Map<String, String> GLOSSARY = Map.of("våbenhvile", "truce");

    @Test
    void aGlossaryTermRetranslatesOnlyTheParagraphThatUsesIt() {
        List<String> english = Fixtures.seedEnglish();
        String truce = english.get(3).replace("a ceasefire", "a truce");
        backend.stubFor(chat().atPriority(5).willReturn(completion(segments(english), 800, 600)));
        backend.stubFor(chat().atPriority(1).withRequestBody(containing("truce"))
                .willReturn(completion(segments(List.of(truce)), 150, 30)));

        translate(null);
        assertThat(OpenAiStub.sent(backend)).hasSize(1);

        JsonPath withGlossary = translate(GLOSSARY);
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
        var payload = OpenAiStub.fencedPayload(OpenAiStub.last(backend));
        assertThat(payload.get("segments")).hasSize(1);
        assertThat(payload.get("segments").get(0).asText()).contains("våbenhvile");
        String user = OpenAiStub.body(OpenAiStub.last(backend)).get("messages").get(1).get("content").asText();
        assertThat(user.substring(0, user.indexOf("<article>"))).contains("\"våbenhvile\":\"truce\"");
        assertThat(withGlossary.getList("warnings")).isEmpty();
        assertThat(withGlossary.getString("text").split("\n\n")[3]).contains("truce");
    }

    @Test
    void anIgnoredGlossaryTermIsReaskedThenFlagged() {
        backend.stubFor(chat().willReturn(completion(segments(Fixtures.seedEnglish()), 800, 600)));

        JsonPath reply = translate(GLOSSARY);
        assertThat(reply.getList("warnings.code")).containsExactly("glossary");
        assertThat(reply.getString("warnings[0].detail")).contains("Paragraph 4").contains("truce");
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
    }

    private JsonPath translate(Map<String, String> glossary) {
        Map<String, Object> body = glossary == null ? Map.of("text", Fixtures.seedDanish())
                : Map.of("text", Fixtures.seedDanish(), "glossary", glossary);
        return given().contentType(ContentType.JSON).body(body).post("/v1/translate")
                .then().statusCode(200).extract().jsonPath();
    }
}
