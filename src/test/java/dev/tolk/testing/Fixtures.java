package dev.tolk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The seed article (Ritzau, Danish) and a faithful English translation of its paragraphs. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static String seedDanish() {
        return read("fixtures/hamas-kairo.da.txt").strip();
    }

    public static List<String> seedParagraphs() {
        return List.of(seedDanish().split("\n\n"));
    }

    public static List<String> seedEnglish() {
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode s : JSON.readTree(read("fixtures/hamas-kairo.en.json")).get("segments")) {
                out.add(s.asText());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
