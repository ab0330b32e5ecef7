package dev.tolk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The kinds of model call tolk makes, told apart by the name of the JSON schema it asks for (so a stub can answer a
 * translation call and a summary call of the same request differently without matching on prompt text).
 */
public enum ModelCall {

    TRANSLATION("translation"),
    SUMMARY("summary");

    /** Input and output tokens every good reply reports. */
    public static final int INPUT_TOKENS = 120;
    public static final int OUTPUT_TOKENS = 45;

    private final String schema;

    ModelCall(String schema) {
        this.schema = schema;
    }

    /** A stub for this kind of call to the primary backend. */
    public MappingBuilder stub() {
        return post(urlEqualTo(OpenAiStub.CHAT)).withRequestBody(bySchema());
    }

    /** A stub for this kind of call to the fallback backend. */
    public MappingBuilder fallbackStub() {
        return post(urlEqualTo(OpenAiStub.FALLBACK_CHAT)).withRequestBody(bySchema());
    }

    /** A usable reply for {@link Endpoint#ARTICLE}. */
    public ResponseDefinitionBuilder goodReply() {
        String content = this == TRANSLATION ? OpenAiStub.segments(Endpoint.ENGLISH)
                : OpenAiStub.bullets(Endpoint.BULLETS);
        return OpenAiStub.completion(content, INPUT_TOKENS, OUTPUT_TOKENS);
    }

    /**
     * A well-formed chat completion whose JSON breaks this call's contract: a translation with fewer segments than
     * were sent, a summary without a single bullet.
     */
    public ResponseDefinitionBuilder contractViolation() {
        String content = this == TRANSLATION ? OpenAiStub.segments(List.of(Endpoint.ENGLISH.get(0)))
                : OpenAiStub.bullets(List.of());
        return OpenAiStub.completion(content, INPUT_TOKENS, OUTPUT_TOKENS);
    }

    public List<LoggedRequest> sent(WireMockServer server) {
        return server.findAll(postRequestedFor(urlEqualTo(OpenAiStub.CHAT)).withRequestBody(bySchema()));
    }

    public List<LoggedRequest> sentToFallback(WireMockServer server) {
        return server.findAll(postRequestedFor(urlEqualTo(OpenAiStub.FALLBACK_CHAT)).withRequestBody(bySchema()));
    }

    private com.github.tomakehurst.wiremock.matching.StringValuePattern bySchema() {
        return matchingJsonPath("$.response_format.json_schema.name", equalTo(schema));
    }
}
