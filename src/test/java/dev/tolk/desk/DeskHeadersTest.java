package dev.tolk.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.Endpoint;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The page is served by tolk at /, small, self-contained, under a strict CSP; the API's responses are unchanged. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class DeskHeadersTest extends StubbedBackendTest {

    private static final Path PAGE = Path.of("src/main/resources/META-INF/resources");

    @Test
    void thePageAndItsFilesComeWithAStrictContentSecurityPolicy() {
        for (String path : List.of("/", "/index.html", "/desk/main.js", "/desk/desk.css")) {
            Response reply = given().when().get(path);
            assertThat(reply.statusCode()).as(path).isEqualTo(200);
            String csp = reply.header("Content-Security-Policy");
            assertThat(csp).as(path).contains("default-src 'self'").contains("script-src 'self'")
                    .contains("style-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                    .contains("frame-ancestors 'none'");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(given().when().get("/").then().extract().contentType()).startsWith("text/html");
        assertThat(given().when().get("/desk/main.js").then().extract().contentType()).contains("javascript");
    }

    @Test
    void theApiAndTheSwaggerUiKeepTheirOwnHeaders() {
        backend.stubFor(ModelCall.TRANSLATION.stub().willReturn(ModelCall.TRANSLATION.goodReply()));
        Response api = Endpoint.TRANSLATE.post();
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.header("Content-Security-Policy")).isNull();
        assertThat(given().when().get("/q/swagger-ui/").header("Content-Security-Policy")).isNull();
    }

    @Test
    void thePageIsSmallAndHasNoInlineScriptOrStyle() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(PAGE)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(DeskHeadersTest::size).sum();
        }
        assertThat(bytes).as("bytes of HTML, CSS and JavaScript").isLessThan(100_000);

        String html = Files.readString(PAGE.resolve("index.html"));
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("<style")
                .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=")
                .doesNotContain("http://").doesNotContain("https://");
        try (Stream<Path> scripts = Files.walk(PAGE.resolve("desk"))) {
            for (Path js : scripts.filter(p -> p.toString().endsWith(".js")).toList()) {
                assertThat(Files.readString(js)).as(js.toString()).doesNotContain("innerHTML")
                        .doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML").doesNotContain("eval(")
                        .doesNotContain("document.write");
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
