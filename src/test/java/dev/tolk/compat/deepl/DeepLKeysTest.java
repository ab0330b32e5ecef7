package dev.tolk.compat.deepl;

import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.deepl.api.AuthorizationException;
import com.deepl.api.QuotaExceededException;
import com.deepl.api.TooManyRequestsException;
import com.deepl.api.Usage;

import dev.tolk.security.KeysTestProfile;
import dev.tolk.security.TestKeys;
import dev.tolk.testing.Endpoint;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** DeepL's own Java client against tolk with API keys on: its exceptions are the ones DeepL itself would cause. */
@QuarkusTest
@TestProfile(KeysTestProfile.class)
@QuarkusTestResource(TestBackend.class)
class DeepLKeysTest extends StubbedBackendTest {

    private static final int ARTICLE_CHARS = Endpoint.ARTICLE.codePointCount(0, Endpoint.ARTICLE.length());

    @TestHTTPResource("/")
    URL root;

    @Test
    void withoutAKeyIs403InDeepLsShape() {
        given().when().get("/v2/usage").then().statusCode(403).contentType("application/json")
                .body("message", containsString("Authorization: DeepL-Auth-Key <key>"));
        given().formParam("text", "Hej").formParam("target_lang", "EN-GB").when().post("/v2/translate").then()
                .statusCode(403);
    }

    @Test
    void anUnknownKeyIsTheClientsAuthorizationException() {
        assertThatThrownBy(() -> DeepLClients.at(root, "not-a-key:fx", 0).getUsage())
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> DeepLClients.at(root, "not-a-key:fx", 0).translateText(Endpoint.ARTICLE, "da", "en-GB"))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aGoodKeyTranslatesAndUsageIsThatKeysCountAndLimit() throws Exception {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        var client = DeepLClients.at(root, TestKeys.DEEPL.secret(), 0);
        long before = client.getUsage().getCharacter().getCount();

        assertThat(client.translateText(Endpoint.ARTICLE, "da", "en-GB").getText())
                .isEqualTo(String.join("\n\n", Endpoint.ENGLISH));

        Usage usage = client.getUsage();
        assertThat(usage.getCharacter().getCount() - before).isEqualTo(ARTICLE_CHARS);
        assertThat(usage.getCharacter().getLimit()).isEqualTo(1_000_000L);
        // The legacy auth_key form field is read too.
        given().formParam("auth_key", TestKeys.DEEPL.secret()).when().post("/v2/usage").then().statusCode(200)
                .body("character_limit", equalTo(1_000_000));
    }

    @Test
    void aUsedUpQuotaIsTheClientsQuotaExceededException() throws Exception {
        backend.stubFor(chat().willReturn(completion(segments(Endpoint.ENGLISH), 120, 45)));
        var client = DeepLClients.at(root, TestKeys.DEEPL_QUOTA.secret(), 0);
        client.translateText(Endpoint.ARTICLE, "da", "en-GB");

        assertThatThrownBy(() -> client.translateText(Endpoint.ARTICLE, "da", "en-GB"))
                .isInstanceOf(QuotaExceededException.class).hasMessageContaining("characters this month");
        given().header("Authorization", "DeepL-Auth-Key " + TestKeys.DEEPL_QUOTA.secret())
                .formParam("text", Endpoint.ARTICLE).formParam("target_lang", "EN-GB").when().post("/v2/translate")
                .then().statusCode(456);
    }

    @Test
    void tooManyRequestsIsTheClientsTooManyRequestsException() throws Exception {
        long window = 3000; // the test rate window: both calls in the same one
        Thread.sleep(window - System.currentTimeMillis() % window + 20);
        var client = DeepLClients.at(root, TestKeys.DEEPL_RATE.secret(), 0);
        client.getUsage();

        assertThatThrownBy(client::getUsage).isInstanceOf(TooManyRequestsException.class);
    }
}
