package dev.tolk.streaming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;

import dev.tolk.llm.TokenSink;

/**
 * The text items of one streamed response (translated segments, summary bullets) as the client has them so far. It
 * sends {@code delta} events as text arrives and a {@code reset} event when text already sent is taken back (a retry,
 * the fallback backend, a re-ask), and keeps track of what was sent so that {@link #settle} can make the client's
 * copy equal to the final text before {@code done}. Model calls of one article run in parallel: every method is
 * synchronized, so events are whole and in a consistent order.
 */
public final class ItemStream {

    private final String field;
    private final EventSink sink;
    private final Map<Integer, StringBuilder> sent = new TreeMap<>();
    private boolean closed;

    /** @param field the name of the item index in events: {@code segment} or {@code bullet} */
    public ItemStream(String field, EventSink sink) {
        this.field = field;
        this.sink = sink;
    }

    public synchronized void append(int item, String text) {
        if (closed || text.isEmpty()) {
            return;
        }
        sent.computeIfAbsent(item, i -> new StringBuilder()).append(text);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(field, item);
        data.put("text", text);
        sink.send("delta", data);
    }

    /** Takes back what was sent for {@code item}, if anything. */
    public synchronized void reset(int item) {
        StringBuilder had = sent.remove(item);
        if (closed || had == null || had.isEmpty()) {
            return;
        }
        sink.send("reset", Map.of(field, item));
    }

    /**
     * Corrects what the client has to the final items (reset and the whole text for any that differ: cached items
     * not sent yet, a re-asked reply that lost to the first, text the reply parser cleaned), then stops: nothing a
     * late model call does reaches the client after this.
     */
    public synchronized void settle(List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            StringBuilder had = sent.get(i);
            if (had == null || !had.toString().equals(items.get(i))) {
                reset(i);
                append(i, items.get(i));
            }
        }
        for (Integer extra : new ArrayList<>(sent.keySet())) {
            if (extra >= items.size()) {
                reset(extra);
            }
        }
        closed = true;
    }

    /** Stops sending (the request failed or ended). */
    public synchronized void close() {
        closed = true;
    }

    /**
     * A sink for one model call's reply (with its retries and re-ask).
     *
     * @param local the reply's item number for the path of a string in the reply, or -1 for strings that are not
     *              item text
     * @param items the response items a reply item stands for (one, or more when an article repeats a paragraph)
     */
    public TokenSink reply(Function<List<Object>, Integer> local, IntFunction<List<Integer>> items) {
        return new ReplyTokens(this, local, items, false);
    }

    /** The same, for a reply whose items carry markup placeholders: they are left out of what is sent. */
    public TokenSink reply(Function<List<Object>, Integer> local, IntFunction<List<Integer>> items,
            boolean placeholders) {
        return new ReplyTokens(this, local, items, placeholders);
    }
}
