package dev.tolk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/** Posts with {@code Accept: text/event-stream} and reads the whole event stream back. */
public final class SseEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One Server-Sent Event: its name and its data parsed as JSON. */
    public record Event(String name, JsonNode data) {
    }

    private SseEvents() {
    }

    public static Response post(String path, Object body) {
        return given().accept("text/event-stream").contentType(ContentType.JSON).body(body).when().post(path);
    }

    /** The events of a complete stream, in order (RFC: blank-line separated blocks of {@code field: value} lines). */
    public static List<Event> parse(String stream) {
        List<Event> out = new ArrayList<>();
        for (String block : stream.replace("\r\n", "\n").split("\n\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String value = line.substring(5);
                    data.append(data.isEmpty() ? "" : "\n").append(value.startsWith(" ") ? value.substring(1) : value);
                }
            }
            if (!data.isEmpty()) {
                try {
                    out.add(new Event(name, JSON.readTree(data.toString())));
                } catch (Exception e) {
                    throw new IllegalStateException("Event data is not JSON: " + data, e);
                }
            }
        }
        return out;
    }

    public static List<Event> named(List<Event> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).toList();
    }

    /**
     * What a client following the README ends up with per item: the deltas appended in order, an item's text
     * dropped at each {@code reset} naming it.
     */
    public static Map<Integer, String> replay(List<Event> events, String field) {
        Map<Integer, String> items = new TreeMap<>();
        for (Event e : events) {
            switch (e.name()) {
                case "delta" -> items.merge(e.data().get(field).asInt(), e.data().get("text").asText(), String::concat);
                case "reset" -> items.remove(e.data().get(field).asInt());
                default -> {
                }
            }
        }
        return items;
    }
}
