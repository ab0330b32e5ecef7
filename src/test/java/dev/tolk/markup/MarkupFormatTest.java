package dev.tolk.markup;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static dev.tolk.testing.OpenAiStub.chat;
import static dev.tolk.testing.OpenAiStub.completion;
import static dev.tolk.testing.OpenAiStub.segments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tolk.testing.Fixtures;
import dev.tolk.testing.Metrics;
import dev.tolk.testing.ModelCall;
import dev.tolk.testing.OpenAiStub;
import dev.tolk.testing.StubbedBackendTest;
import dev.tolk.testing.TestBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * {@code format: "html" | "markdown"} through the API: the model sees words and placeholders only, the reply keeps
 * every tag, attribute and URL of the source, a reply that breaks a placeholder is re-asked and never cached, and
 * summaries read the plain text.
 */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class MarkupFormatTest extends StubbedBackendTest {

    private static final String TITLE_EN = "Hamas leader in Cairo to discuss the war in Gaza";
    private static final List<String> EN = Fixtures.seedEnglish();

    /** The HTML fixture's segments in English, placeholders where the source has them. */
    private static final List<String> HTML_EN = List.of(
            TITLE_EN,
            "Hamas leader <x1>Ismail Haniyeh</x1> arrived in Cairo on Wednesday for talks with Egyptian officials, "
                    + "<x2>Reuters</x2> reports.",
            EN.get(1),
            "Photo: Ismail Haniyeh in Cairo",
            "Overnight into Wednesday, the American outlet <x1>Axios</x1> reported that Israel has reportedly offered "
                    + "to halt the war in Gaza for at least a week in exchange for more releases of hostages. Axios "
                    + "cites two <x2>\"Israeli officials\"</x2> and <x3>\"an informed source\"</x3>.",
            EN.get(6),
            EN.get(12),
            "On Tuesday, the <x1>Ministry of Health in the Gaza Strip</x1>, which is controlled by Hamas, announced "
                    + "that <x2>19,667 people have been registered as killed</x2> in the war that began on 7 October."
                    + "<x3/>The death toll in the Gaza Strip is approaching 20,000.",
            EN.get(14));

    private static final List<String> MARKDOWN_EN = List.of(
            TITLE_EN,
            "Hamas leader <x1>Ismail Haniyeh</x1> arrived in Cairo on Wednesday for talks with Egyptian officials, "
                    + "<x2>Reuters</x2> reports.",
            "The negotiations",
            EN.get(1),
            EN.get(6),
            EN.get(12),
            EN.get(14),
            "On Tuesday, the <x1>Ministry of Health in the Gaza Strip</x1>, which is controlled by Hamas, announced "
                    + "that 19,667 people have been registered as killed in the war that began on 7 October. See <x2/> "
                    + "and <x3/>.");

    @Test
    void htmlKeepsEveryTagAndAttributeAndTheModelSeesNoMarkupOrUrl() {
        backend.stubFor(chat().willReturn(completion(segments(HTML_EN), 900, 700)));
        String html = read("fixtures/hamas-kairo.da.html");

        JsonPath reply = translate(Map.of("format", "html", "text", html)).then().statusCode(200).extract().jsonPath();

        assertThat(reply.getList("warnings")).isEmpty();
        String out = reply.getString("text");
        assertThat(tags(out)).as("same elements, same attributes, same order").isEqualTo(tags(html));
        assertThat(attribute(out, "a[href]", "href")).isEqualTo(attribute(html, "a[href]", "href"))
                .contains("https://www.reuters.com/world/middle-east/?ref=tolk&lang=da");
        assertThat(out).contains("title=\"Læs artiklen hos Reuters\"", "alt=\"Ismail Haniyeh i Kairo\"",
                "<!-- redaktionel note: tjek tal -->", "<script>var label = \"Lederen af Hamas\";</script>",
                "<a href=\"https://www.axios.com/2023/12/19/israel-hamas\" hreflang=\"en\">Axios</a>",
                "<strong>19,667 people have been registered as killed</strong> in the war that began on 7 October."
                        + "<br>The death toll",
                "\n  <ul class=\"facts\">\n    <li>");
        String visible = Jsoup.parseBodyFragment(out).body().text();
        assertThat(visible).contains(TITLE_EN, "Photo: Ismail Haniyeh in Cairo", EN.get(14))
                .doesNotContain("Lederen", "Drøftelserne", "Gazastriben");

        List<LoggedRequest> sent = OpenAiStub.sent(backend);
        assertThat(sent).hasSize(1);
        List<String> segments = texts(OpenAiStub.fencedPayload(sent.get(0)).get("segments"));
        assertThat(segments).hasSize(HTML_EN.size());
        assertThat(segments.get(1)).isEqualTo("Lederen af Hamas, <x1>Ismail Haniyeh</x1>, er onsdag kommet til Kairo "
                + "for at have drøftelser med egyptiske embedsmænd, skriver <x2>Reuters</x2>.");
        assertThat(String.join("\n", segments)).doesNotContain("http", "href", "<a", "<strong", "title=", "Læs artiklen",
                "var label", "redaktionel");
        String system = OpenAiStub.body(sent.get(0)).get("messages").get(0).get("content").asText();
        assertThat(system).contains("<x1>");
    }

    @Test
    void markdownKeepsItsSyntaxLinksAndCodeAndTheModelSeesNoUrl() {
        backend.stubFor(chat().willReturn(completion(segments(MARKDOWN_EN), 900, 700)));
        String md = read("fixtures/hamas-kairo.da.md");

        JsonPath reply = translate(Map.of("format", "markdown", "text", md)).then().statusCode(200).extract()
                .jsonPath();

        assertThat(reply.getList("warnings")).isEmpty();
        String out = reply.getString("text");
        assertThat(out).startsWith("# " + TITLE_EN + "\n\nHamas leader **Ismail Haniyeh** arrived in Cairo")
                .contains("[Reuters](https://www.reuters.com/world/middle-east/?ref=tolk \"Læs artiklen\") reports.",
                        "\n## The negotiations\n",
                        "\n- " + EN.get(6) + "\n- " + EN.get(12) + "\n",
                        "\n> " + EN.get(14) + "\n",
                        "\n```json\n{\"kilde\": \"Sundhedsministeriet i Gazastriben\", \"dræbte\": 19667}\n```\n",
                        "the _Ministry of Health in the Gaza Strip_, which",
                        "See `data.json` and https://www.example.ps/moh.")
                .endsWith("\n");
        assertThat(out.lines().count()).isEqualTo(md.lines().count());

        List<String> segments = texts(OpenAiStub.fencedPayload(OpenAiStub.last(backend)).get("segments"));
        assertThat(segments).hasSize(MARKDOWN_EN.size());
        assertThat(String.join("\n", segments)).doesNotContain("http", "](", "**", "`", "```", "dræbte\":", "# ", "- ");
        assertThat(segments.get(1)).endsWith("skriver <x2>Reuters</x2>.");
    }

    @Test
    void aReplyThatDropsAPlaceholderIsReaskedThenWarnedAndNotCached() {
        String html = "<p>Lederen af Hamas, <a href=\"https://www.reuters.com/\">Ismail Haniyeh</a>, er onsdag kommet "
                + "til Kairo for at have drøftelser med egyptiske embedsmænd, skriver <b>Reuters</b>.</p>";
        // Drops the link's placeholders, and swaps nothing else: only the markup check can fail.
        backend.stubFor(chat().willReturn(completion(segments(List.of("Hamas leader Ismail Haniyeh arrived in Cairo "
                + "on Wednesday for talks with Egyptian officials, <x2>Reuters</x2> reports.")), 200, 60)));
        Metrics before = Metrics.scrape();

        JsonPath reply = translate(Map.of("format", "html", "text", html)).then().statusCode(200).extract().jsonPath();

        assertThat(OpenAiStub.sent(backend)).as("the first call and one re-ask").hasSize(2);
        assertThat(reply.getList("warnings.code")).containsExactly("markup");
        assertThat(reply.getString("warnings[0].detail")).contains("Paragraph 1").contains("missing <x1> </x1>");
        assertThat(Metrics.scrape().get("tolk_fidelity_failures_total", "check", "markup")
                - before.get("tolk_fidelity_failures_total", "check", "markup")).as("both replies counted").isEqualTo(2);
        JsonNode reask = OpenAiStub.body(OpenAiStub.last(backend)).get("messages");
        assertThat(reask.get(3).get("content").asText()).contains("markup").contains("<x1>");
        // What could be restored is: the <b>, not the lost link; never a dangling tag.
        assertThat(reply.getString("text")).isEqualTo("<p>Hamas leader Ismail Haniyeh arrived in Cairo on Wednesday "
                + "for talks with Egyptian officials, <b>Reuters</b> reports.</p>");

        translate(Map.of("format", "html", "text", html)).then().statusCode(200);
        assertThat(OpenAiStub.sent(backend)).as("a reply with a markup warning is not cached").hasSize(4);
    }

    @Test
    void aReaskThatRestoresThePlaceholdersIsKeptAndCached() {
        String md = "Lederen af Hamas, [Ismail Haniyeh](https://www.reuters.com/), er onsdag kommet til Kairo for at "
                + "have drøftelser med egyptiske embedsmænd, skriver **Reuters**.";
        backend.stubFor(chat().atPriority(5).willReturn(completion(segments(List.of("Hamas leader <x1>Ismail "
                + "Haniyeh</x1> arrived in Cairo on Wednesday for talks with Egyptian officials, </x2>Reuters<x2> "
                + "reports.")), 200, 60)));
        backend.stubFor(chat().atPriority(1).withRequestBody(matchingJsonPath("$.messages[2].role", equalTo("assistant")))
                .willReturn(completion(segments(List.of("Hamas leader <x1>Ismail Haniyeh</x1> arrived in Cairo on "
                        + "Wednesday for talks with Egyptian officials, <x2>Reuters</x2> reports.")), 300, 60)));

        JsonPath reply = translate(Map.of("format", "markdown", "text", md)).then().statusCode(200).extract()
                .jsonPath();

        assertThat(reply.getList("warnings")).isEmpty();
        assertThat(reply.getString("text")).isEqualTo("Hamas leader [Ismail Haniyeh](https://www.reuters.com/) "
                + "arrived in Cairo on Wednesday for talks with Egyptian officials, **Reuters** reports.");
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
        assertThat(translate(Map.of("format", "markdown", "text", md)).jsonPath().getBoolean("cached")).isTrue();
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
    }

    @Test
    void theFormatIsPartOfTheCacheKey() {
        String words = "Lederen af Hamas, Ismail Haniyeh, er onsdag kommet til Kairo for at have drøftelser med "
                + "egyptiske embedsmænd, skriver Reuters.";
        backend.stubFor(chat().willReturn(completion(segments(List.of(EN.get(0))), 200, 60)));

        translate(Map.of("text", words)).then().statusCode(200).extract().jsonPath();
        JsonPath markdown = translate(Map.of("format", "markdown", "text", words)).then().statusCode(200).extract()
                .jsonPath();

        assertThat(markdown.getBoolean("cached")).isFalse();
        assertThat(markdown.getString("text")).isEqualTo(EN.get(0));
        assertThat(OpenAiStub.sent(backend)).hasSize(2);
        assertThat(translate(Map.of("format", "markdown", "text", words)).jsonPath().getBoolean("cached")).isTrue();
    }

    @Test
    void summariesReadThePlainTextAndTheDigestReturnsHtml() {
        backend.stubFor(ModelCall.TRANSLATION.stub().willReturn(completion(segments(HTML_EN), 900, 700)));
        backend.stubFor(ModelCall.SUMMARY.stub().willReturn(completion(OpenAiStub.bullets(List.of(
                "Hamas leader Ismail Haniyeh arrived in Cairo for talks with Egyptian officials.")), 500, 40)));
        String html = read("fixtures/hamas-kairo.da.html");

        JsonPath digest = given().contentType(ContentType.JSON).body(Map.of("format", "html", "text", html))
                .post("/v1/articles").then().statusCode(200).extract().jsonPath();

        assertThat(tags(digest.getString("translation.text"))).isEqualTo(tags(html));
        assertThat(digest.getList("summary.bullets", String.class)).containsExactly(
                "Hamas leader Ismail Haniyeh arrived in Cairo for talks with Egyptian officials.");
        String summarised = ModelCall.SUMMARY.sent(backend).get(0).getBodyAsString();
        assertThat(summarised).contains("Lederen af Hamas, Ismail Haniyeh, er onsdag kommet til Kairo")
                .doesNotContain("<x1>", "<a ", "href", "reuters.com", "<strong>", "var label");

        given().contentType(ContentType.JSON).body(Map.of("format", "markdown", "text",
                "## Overskrift\n\nLederen af **Hamas** er i [Kairo](https://x.dk/kairo) for at drøfte krigen i Gaza."))
                .post("/v1/summarize").then().statusCode(200);
        String plain = OpenAiStub.body(OpenAiStub.last(backend)).get("messages").get(1).get("content").asText();
        assertThat(plain).contains("Lederen af Hamas er i Kairo for at drøfte krigen i Gaza")
                .doesNotContain("**", "x.dk", "##");
    }

    @Test
    void anUnknownFormatOrABodyWithoutTextIsABadRequest() {
        for (String path : List.of("/v1/translate", "/v1/summarize", "/v1/articles")) {
            given().contentType(ContentType.JSON).body(Map.of("format", "pdf", "text", "Hej verden"))
                    .post(path).then().statusCode(400).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo("urn:tolk:problem:invalid-request"))
                    .body("detail", org.hamcrest.Matchers.containsString("format"));
            given().contentType(ContentType.JSON).body(Map.of("format", "html",
                    "text", "<p> </p><img src=\"a.jpg\" alt=\"Billede\"><pre>kode</pre>"))
                    .post(path).then().statusCode(400).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo("urn:tolk:problem:invalid-request"));
            given().contentType(ContentType.JSON).body(Map.of("format", "markdown", "text", "```\nkode\n```\n\n---"))
                    .post(path).then().statusCode(400)
                    .body("type", org.hamcrest.Matchers.equalTo("urn:tolk:problem:invalid-request"));
        }
        assertThat(OpenAiStub.sent(backend)).isEmpty();
    }

    @Test
    void englishHtmlWithSourceAutoComesBackAsSentWithoutABackendCall() {
        String html = "<h2 class=\"t\">Hamas leader in Cairo</h2>\n<p>Hamas leader <a href=\"https://www.reuters.com/\">"
                + "Ismail Haniyeh</a> arrived in Cairo on Wednesday for talks with Egyptian officials, Reuters reports. "
                + "The talks will focus in particular on developments in the war with Israel in Gaza.</p>";

        JsonPath reply = translate(Map.of("format", "html", "source", "auto", "text", html)).then().statusCode(200)
                .extract().jsonPath();

        assertThat(reply.getString("source")).isEqualTo("en");
        assertThat(reply.getString("text")).isEqualTo(html);
        assertThat(OpenAiStub.sent(backend)).isEmpty();
    }

    @Test
    void malformedHtmlIsTolerated() {
        backend.stubFor(chat().willReturn(completion(segments(List.of(EN.get(0), EN.get(1))), 200, 60)));
        String broken = "<p>Lederen af Hamas, Ismail Haniyeh, er onsdag kommet til Kairo for at have drøftelser med "
                + "egyptiske embedsmænd, skriver Reuters.<p>Drøftelserne vil navnlig handle om udviklingen i krigen "
                + "med Israel i Gaza, hedder det i en meddelelse fra Hamas.</div>";

        String out = translate(Map.of("format", "html", "text", broken)).then().statusCode(200).extract().jsonPath()
                .getString("text");

        assertThat(out).isEqualTo("<p>" + EN.get(0) + "</p><p>" + EN.get(1) + "</p>");
    }

    private static Response translate(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/translate");
    }

    /** Every element's name and attributes (values decoded), in document order; the body itself left out. */
    static List<String> tags(String html) {
        List<String> out = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).body().select("*")) {
            if (e.normalName().equals("body")) {
                continue;
            }
            StringBuilder tag = new StringBuilder(e.normalName());
            e.attributes().forEach(a -> tag.append(' ').append(a.getKey()).append("=").append(a.getValue()));
            out.add(tag.toString());
        }
        return out;
    }

    private static List<String> attribute(String html, String selector, String name) {
        return Jsoup.parseBodyFragment(html).select(selector).stream().map(e -> e.attr(name)).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = MarkupFormatTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
