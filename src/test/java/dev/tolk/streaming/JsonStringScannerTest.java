package dev.tolk.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonStringScannerTest {

    private static final String REPLY = "```json\n{\"segments\": [\"He said \\\"nej\\\".\\nNext line\", "
            + "\"K\\u00f8benhavn \\ud83d\\ude00 \\\\ done\"], \"n\": 2, \"nested\": {\"k\": [\"x\"]}}\n```";

    /** Every string value's content, by path, after feeding {@code reply} in pieces of {@code size}. */
    private static Map<List<Object>, String> scan(String reply, int size) {
        Map<List<Object>, String> out = new LinkedHashMap<>();
        JsonStringScanner scanner = new JsonStringScanner((path, chunk) -> out.merge(path, chunk, String::concat));
        for (int i = 0; i < reply.length(); i += size) {
            scanner.feed(reply.substring(i, Math.min(reply.length(), i + size)));
        }
        return out;
    }

    @Test
    void reportsStringValuesWithTheirPathsWhateverThePieces() {
        for (int size = 1; size <= REPLY.length(); size++) {
            Map<List<Object>, String> found = scan(REPLY, size);
            assertThat(found).as("pieces of %d", size).containsExactly(
                    Map.entry(List.of("segments", 0), "He said \"nej\".\nNext line"),
                    Map.entry(List.of("segments", 1), "København 😀 \\ done"),
                    Map.entry(List.of("nested", "k", 0), "x"));
        }
    }

    @Test
    void reportsTextAsItArrivesNotOnlyWhenTheStringEnds() {
        Map<List<Object>, String> found = scan("{\"segments\": [\"Hamas leader arr", 1000);
        assertThat(found).containsExactly(Map.entry(List.of("segments", 0), "Hamas leader arr"));
    }

    @Test
    void neverSplitsASurrogatePair() {
        List<String> chunks = new java.util.ArrayList<>();
        JsonStringScanner scanner = new JsonStringScanner((path, chunk) -> chunks.add(chunk));
        String emoji = "😀";
        scanner.feed("[\"a" + emoji.charAt(0));
        scanner.feed(emoji.charAt(1) + "b\"]");
        assertThat(chunks).containsExactly("a", emoji + "b");
    }

    @Test
    void keysAreNotValues() {
        assertThat(scan("{\"segments\": [], \"a\": {\"b\": \"c\"}}", 3)).containsExactly(Map.entry(List.of("a", "b"), "c"));
    }
}
