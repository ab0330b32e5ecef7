package dev.tolk.web;

import static dev.tolk.web.HostileInputTest.assertNoJavaInside;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.testing.DemoBackendProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Requests that go wrong at the HTTP layer, below tolk's resources: a stalled upload is cut off, unknown paths and
 * {@code OPTIONS *} are answered properly, CORS is closed, and what Vert.x refuses while still decoding the request
 * (malformed headers, 414, 431; README lists them) is refused fast without hurting the service.
 */
@QuarkusTest
@TestProfile(DemoBackendProfile.class)
// After @QuarkusTest, so its checks run while RestAssured still points at the test app.
@ExtendWith(StillServing.class)
class HttpLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();


    @Test
    void aStalledUploadIsCutOffWithA408() throws Exception {
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/translate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"text\":\"Hej ").getBytes(StandardCharsets.UTF_8));
            out.flush();
            // ... and nothing more: the test profile's tolk.http.upload-timeout is 3 s
            RawHttp.Reply reply = RawHttp.read(socket.getInputStream(), start);

            assertThat(reply.status()).isEqualTo(408);
            assertThat(reply.millis()).isBetween(2_500L, 10_000L);
            assertThat(reply.header("connection")).isEqualToIgnoringCase("close");
            JsonNode problem = JSON.readTree(reply.body());
            assertThat(problem.path("type").asText()).isEqualTo(Problem.REQUEST_TIMEOUT);
        }
    }

    @Test
    void aSlowButSteadyUploadIsNotCutOff() throws Exception {
        String body = "{\"text\":\"Hej verden, her er en artikel.\"}";
        byte[] head = ("POST /v1/translate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i += 20) {
                out.write(bytes, i, Math.min(20, bytes.length - i));
                out.flush();
                Thread.sleep(500); // well within the 3 s the whole body has
            }
            assertThat(RawHttp.read(socket.getInputStream(), System.nanoTime()).status()).isEqualTo(200);
        }
    }

    @Test
    void anUnknownPathIsAProblemDocument() throws Exception {
        for (String method : new String[] { "GET", "POST" }) {
            RawHttp.Reply reply = RawHttp.send(RestAssured.port, RawHttp.request(method, "/no/such/thing",
                    Map.of("Content-Length", "0"), new byte[0]), 5_000);
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("content-type")).startsWith(Problem.MEDIA_TYPE);
            assertThat(JSON.readTree(reply.body()).path("type").asText()).isEqualTo(Problem.NOT_FOUND);
        }
    }

    @Test
    void theWrongMethodIsAProblemDocument() throws Exception {
        RawHttp.Reply reply = RawHttp.send(RestAssured.port, RawHttp.request("GET", "/v1/translate", Map.of(), new byte[0]),
                5_000);
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("content-type")).startsWith(Problem.MEDIA_TYPE);
        assertNoJavaInside(reply.body());
    }

    @Test
    void optionsStarIsAnsweredWithWhatTheServerAllows() throws Exception {
        RawHttp.Reply reply = RawHttp.send(RestAssured.port, RawHttp.request("OPTIONS", "*", Map.of(), new byte[0]), 5_000);
        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.header("allow")).contains("POST");
    }

    @Test
    void corsIsClosedByDefault() {
        var preflight = RestAssured.given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").when().options("/v1/translate");
        assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isNull();
        var post = RestAssured.given().header("Origin", "https://evil.example").contentType("application/json")
                .body("{\"text\":\"Hej\"}").when().post("/v1/translate");
        assertThat(post.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    /** Refused by Vert.x while it decodes the request, before any route: a bare 4xx (README), fast, nothing broken. */
    @ParameterizedTest
    @ValueSource(strings = { "non-ASCII header", "two Content-Lengths", "negative Content-Length", "16 KiB query",
            "64 KiB of headers", "LF without CR", "garbage request line", "bad Host: bracket", "bad Host: port",
            "bad Host: spaces", "LF in a header", "LF in a chunk", "bad chunk size" })
    void malformedRequestsAreRefusedFast(String what) throws Exception {
        byte[] request = switch (what) {
            case "non-ASCII header" -> bytes("GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\nX-Name: R\u00f8d\u00ff\u0001\r\n\r\n");
            case "two Content-Lengths" -> bytes("POST /v1/translate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 13\r\nContent-Length: 14\r\n\r\n{\"text\":\"Hej\"}");
            case "negative Content-Length" -> bytes("POST /v1/translate HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{\"text\":\"Hej\"}");
            case "16 KiB query" -> bytes("GET /v1/jobs?x=" + "a".repeat(16 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            case "64 KiB of headers" -> bytes("GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(64 * 1024)
                    + "\r\n\r\n");
            case "bad Host: bracket" -> hostile("[::1");
            case "bad Host: port" -> hostile("localhost:99999999999");
            case "bad Host: spaces" -> hostile("local host/../x");
            case "LF in a header" -> bytes("GET /q/health/ready HTTP/1.1\r\nHost: localhost\nX-A: b\r\n\r\n");
            case "LF in a chunk" -> bytes("POST /v1/translate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n5\n{\"tex\r\n0\r\n\r\n");
            case "bad chunk size" -> bytes("POST /v1/translate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{\"tex\r\n0\r\n\r\n");
            case "LF without CR" -> bytes("GET /q/health/ready HTTP/1.1\nHost: localhost\n\n");
            default -> bytes("\u0001\u0002 GARBAGE\r\n\r\n");
        };
        RawHttp.Reply reply = RawHttp.send(RestAssured.port, request, 5_000);
        assertThat(reply.millis()).isLessThan(5_000);
        if (reply.status() != -1) {
            // A broken Host is the client's business as long as tolk does not fail on it: served or refused, never 5xx.
            assertThat(reply.status()).as(what).isBetween(what.startsWith("bad Host") ? 200 : 400, 499);
            assertNoJavaInside(reply.body());
        }
    }

    /** A translate request with a broken Host header. */
    private static byte[] hostile(String host) {
        String body = "{\"text\":\"Hej verden.\"}";
        return bytes("POST /v1/translate HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
