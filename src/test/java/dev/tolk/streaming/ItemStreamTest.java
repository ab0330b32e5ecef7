package dev.tolk.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tolk.llm.TokenSink;

class ItemStreamTest {

    private final List<List<Object>> events = new ArrayList<>();
    private final ItemStream stream = new ItemStream("segment", (name, data) -> events.add(List.of(name, data)));

    private static List<Object> event(String name, Map<String, Object> data) {
        return List.of(name, data);
    }

    /** A reply of segments where reply segment n is response segment n + 1 (as after a cached title). */
    private TokenSink reply() {
        return stream.reply(path -> path.size() == 2 && path.get(1) instanceof Integer i ? i : -1,
                n -> List.of(n + 1));
    }

    @Test
    void streamsSegmentTextWithoutTheWhitespaceTheParserStrips() {
        TokenSink tokens = reply();
        tokens.attemptStarted();
        tokens.token("{\"segments\": [\"  Hello");
        tokens.token(" world  \", \"Bye\"]}");

        assertThat(events).containsExactly(
                event("delta", Map.of("segment", 1, "text", "Hello")),
                event("delta", Map.of("segment", 1, "text", " world")),
                event("delta", Map.of("segment", 2, "text", "Bye")));
        events.clear();
        stream.settle(List.of("Title", "Hello world", "Bye"));
        assertThat(events).as("only the item never sent is sent; the rest already matches")
                .containsExactly(event("delta", Map.of("segment", 0, "text", "Title")));
    }

    @Test
    void aNewAttemptTakesBackWhatTheLastOneSent() {
        TokenSink tokens = reply();
        tokens.attemptStarted();
        tokens.token("{\"segments\": [\"Half");
        tokens.attemptStarted();
        tokens.token("{\"segments\": [\"Whole\"]}");

        assertThat(events).containsExactly(
                event("delta", Map.of("segment", 1, "text", "Half")),
                event("reset", Map.of("segment", 1)),
                event("delta", Map.of("segment", 1, "text", "Whole")));
    }

    @Test
    void settleCorrectsWhatDiffersAndThenNothingMoreIsSent() {
        TokenSink tokens = reply();
        tokens.attemptStarted();
        tokens.token("{\"segments\": [\"Second reply\", \"Extra\"]}");
        events.clear();

        stream.settle(List.of("T", "First reply"));
        tokens.token("late");
        stream.append(0, "late");

        assertThat(events).containsExactly(
                event("delta", Map.of("segment", 0, "text", "T")),
                event("reset", Map.of("segment", 1)),
                event("delta", Map.of("segment", 1, "text", "First reply")),
                event("reset", Map.of("segment", 2)));
    }
}
