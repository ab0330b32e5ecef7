package dev.tolk.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import dev.tolk.testing.ModelCall;
import dev.tolk.testing.OpenAiStub;

/**
 * Short one-paragraph Danish articles (no names or numbers, so the fidelity checks pass on the first reply), each with
 * its English, and stubs that answer each article with its own translation and summary.
 */
final class Articles {

    /** Danish → English; the first word of each is unique, so a stub can tell them apart. */
    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("Regeringen fremlægger i dag et nyt forslag om skat.", "The government presents a new tax proposal today.");
        ALL.put("Vejret bliver koldt og vådt hele ugen i hele landet.", "The weather will be cold and wet all week across the country.");
        ALL.put("Borgerne har skrevet til kommunen om de nye regler.", "The citizens have written to the municipality about the new rules.");
        ALL.put("Skolerne åbner igen efter ferien med nye lærere.", "The schools open again after the holiday with new teachers.");
        ALL.put("Togene kører langsomt på grund af sne og is.", "The trains are running slowly because of snow and ice.");
    }

    static final List<String> DANISH = List.copyOf(ALL.keySet());

    private Articles() {
    }

    static String danish(int i) {
        return DANISH.get(i);
    }

    static String english(int i) {
        return ALL.get(DANISH.get(i));
    }

    static String bullet(int i) {
        return "Summary: " + english(i);
    }

    /** Translation and summary stubs for every article. */
    static void stubAll(WireMockServer backend) {
        for (int i = 0; i < DANISH.size(); i++) {
            backend.stubFor(translation(i).willReturn(OpenAiStub.completion(OpenAiStub.segments(List.of(english(i))), 40, 20)));
            backend.stubFor(summary(i).willReturn(OpenAiStub.completion(OpenAiStub.bullets(List.of(bullet(i))), 50, 15)));
        }
    }

    static MappingBuilder translation(int i) {
        return ModelCall.TRANSLATION.stub().withRequestBody(containing(firstWord(i)));
    }

    static MappingBuilder summary(int i) {
        return ModelCall.SUMMARY.stub().withRequestBody(containing(firstWord(i)));
    }

    static Map<String, Object> article(String id, int i) {
        return Map.of("id", id, "text", danish(i));
    }

    static String firstWord(int i) {
        return danish(i).substring(0, danish(i).indexOf(' '));
    }
}
