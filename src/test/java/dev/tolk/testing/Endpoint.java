package dev.tolk.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The three endpoints that call a model, so that one fault matrix covers them all: which kinds of model call each
 * request makes, how to post a small article to it, and where the result is in its reply.
 */
public enum Endpoint {

    TRANSLATE("/v1/translate", List.of(ModelCall.TRANSLATION)) {
        @Override
        Map<String, Object> body(String text) {
            return Map.of("text", text, "target", "en");
        }

        @Override
        public void assertServed(JsonPath reply, String model) {
            assertThat(reply.getString("text")).isEqualTo(String.join("\n\n", ENGLISH));
            assertThat(reply.getString("model")).isEqualTo(model);
        }
    },
    SUMMARIZE("/v1/summarize", List.of(ModelCall.SUMMARY)) {
        @Override
        Map<String, Object> body(String text) {
            return Map.of("text", text, "maxBullets", 3);
        }

        @Override
        public void assertServed(JsonPath reply, String model) {
            assertThat(reply.getList("bullets", String.class)).containsExactlyElementsOf(BULLETS);
            assertThat(reply.getString("model")).isEqualTo(model);
        }
    },
    /** The digest: a translation call and a summary call, run concurrently. */
    ARTICLES("/v1/articles", List.of(ModelCall.TRANSLATION, ModelCall.SUMMARY)) {
        @Override
        Map<String, Object> body(String text) {
            return Map.of("id", "desk-1", "text", text, "maxBullets", 3);
        }

        @Override
        public void assertServed(JsonPath reply, String model) {
            assertThat(reply.getString("translation.text")).isEqualTo(String.join("\n\n", ENGLISH));
            assertThat(reply.getString("translation.model")).isEqualTo(model);
            assertThat(reply.getList("summary.bullets", String.class)).containsExactlyElementsOf(BULLETS);
            assertThat(reply.getString("summary.model")).isEqualTo(model);
        }
    };

    /** A two-paragraph Danish article: small, so every request is one call per kind. */
    public static final String ARTICLE = "Hamas' leder Ismail Haniyeh er onsdag ankommet til Kairo.\n\n"
            + "Ifølge Gazas sundhedsministerium er 19.667 mennesker blevet dræbt.";
    public static final List<String> ENGLISH = List.of("Hamas leader Ismail Haniyeh arrived in Cairo on Wednesday.",
            "According to Gaza's health ministry, 19,667 people have been killed.");
    public static final List<String> BULLETS = List.of("Hamas leader Ismail Haniyeh arrived in Cairo on Wednesday.");

    private final String path;
    private final List<ModelCall> calls;

    Endpoint(String path, List<ModelCall> calls) {
        this.path = path;
        this.calls = calls;
    }

    public String path() {
        return path;
    }

    /** The model calls one request makes (each with its own retries). */
    public List<ModelCall> calls() {
        return calls;
    }

    /** Whether the endpoint may answer while one of its calls is still running (the digest fails as soon as one half did). */
    public boolean concurrent() {
        return calls.size() > 1;
    }

    public Response post() {
        return post(ARTICLE);
    }

    /** Posts {@code text}; it must keep {@link #ARTICLE}'s two paragraphs for {@link ModelCall#goodReply()} to fit. */
    public Response post(String text) {
        return given().contentType(ContentType.JSON).body(body(text)).when().post(path);
    }

    abstract Map<String, Object> body(String text);

    /** The reply carries the stubbed translation and/or summary, attributed to {@code model}. */
    public abstract void assertServed(JsonPath reply, String model);
}
