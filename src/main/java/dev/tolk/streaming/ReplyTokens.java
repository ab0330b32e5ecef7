package dev.tolk.streaming;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import dev.tolk.llm.TokenSink;

/**
 * Turns the tokens of one model call's JSON reply into item deltas. Leading and trailing whitespace of an item is
 * held back (the parsed reply strips it), so a clean reply streams exactly the final text and needs no correction.
 */
final class ReplyTokens implements TokenSink {

    private final ItemStream stream;
    private final Function<List<Object>, Integer> local;
    private final IntFunction<List<Integer>> items;
    private final Set<Integer> touched = new LinkedHashSet<>();
    private final boolean placeholders;
    private final Map<Integer, Trim> trims = new HashMap<>();
    private final Map<Integer, PlaceholderFilter> filters = new HashMap<>();
    private JsonStringScanner scanner = new JsonStringScanner(this::text);

    ReplyTokens(ItemStream stream, Function<List<Object>, Integer> local, IntFunction<List<Integer>> items,
            boolean placeholders) {
        this.stream = stream;
        this.local = local;
        this.items = items;
        this.placeholders = placeholders;
    }

    @Override
    public synchronized void attemptStarted() {
        touched.forEach(stream::reset);
        touched.clear();
        trims.clear();
        filters.clear();
        scanner = new JsonStringScanner(this::text);
    }

    @Override
    public synchronized void token(String text) {
        scanner.feed(text);
    }

    private void text(List<Object> path, String chunk) {
        Integer n = local.apply(path);
        if (n == null || n < 0) {
            return;
        }
        String text = placeholders ? filters.computeIfAbsent(n, k -> new PlaceholderFilter()).accept(chunk) : chunk;
        String ready = trims.computeIfAbsent(n, k -> new Trim()).accept(text);
        if (ready.isEmpty()) {
            return;
        }
        for (int item : items.apply(n)) {
            touched.add(item);
            stream.append(item, ready);
        }
    }

    /** Drops leading whitespace and holds trailing whitespace until more text follows it. */
    private static final class Trim {
        private boolean started;
        private final StringBuilder held = new StringBuilder();

        String accept(String chunk) {
            StringBuilder out = new StringBuilder(chunk.length());
            for (int i = 0; i < chunk.length(); i++) {
                char c = chunk.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (started) {
                        held.append(c);
                    }
                } else {
                    started = true;
                    out.append(held).append(c);
                    held.setLength(0);
                }
            }
            return out.toString();
        }
    }
}
