package dev.tolk.translation;

import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A long article is sent in chunks that run in parallel, at most {@code tolk.chunk.max-parallel} at a time. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
@TestProfile(LongArticleTest.OneParagraphPerChunk.class)
class LongArticleTest extends StubbedBackendTest {

    public static class OneParagraphPerChunk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tolk.chunk.max-input-tokens", "1", "tolk.chunk.max-parallel", "4");
        }
    }

    private static final int PARAGRAPHS = 12;
    private static final int DELAY_MILLIS = 400;

    @Test
    void chunksOverlapButNoMoreThanTheLimitRunAtOnce() {
        List<String> danish = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            danish.add("dette er et afsnit uden navne og tal, og det handler om vejret i byen i går og i dag " + "x".repeat(i));
        }
        backend.stubFor(chat().willReturn(completion(segments(List.of(
                "this is a paragraph without names or numbers, and it is about the weather in the town yesterday and today")),
                30, 25).withFixedDelay(DELAY_MILLIS)));

        given().contentType(ContentType.JSON).body(Map.of("text", String.join("\n\n", danish)))
                .post("/v1/translate").then().statusCode(200);

        List<LoggedRequest> sent = OpenAiStub.sent(backend);
        assertThat(sent).hasSize(PARAGRAPHS);
        int mostAtOnce = 0;
        for (LoggedRequest r : sent) {
            long start = r.getLoggedDate().getTime();
            int running = (int) sent.stream().map(o -> o.getLoggedDate().getTime())
                    .filter(t -> t <= start && t > start - DELAY_MILLIS).count();
            mostAtOnce = Math.max(mostAtOnce, running);
        }
        assertThat(mostAtOnce).as("chunks overlap").isGreaterThan(1).as("bounded by max-parallel").isLessThanOrEqualTo(4);
    }
}
