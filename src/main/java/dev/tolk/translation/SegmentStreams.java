package dev.tolk.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.tolk.cache.TieredCache;
import dev.tolk.llm.TokenSink;
import dev.tolk.markup.Placeholders;
import dev.tolk.streaming.ItemStream;

/**
 * Wires a streamed translation: segments this pod has cached are sent at once, and each chunk's reply streams into
 * the response segments it stands for (a chunk holds each distinct segment once; an article may repeat one).
 */
final class SegmentStreams {

    private SegmentStreams() {
    }

    /**
     * @param keys   the cache key of each response segment, in response order
     * @param markup the segments carry placeholders (markdown, HTML): they are left out of what is streamed
     * @return for a chunk's keys, the sink its model call streams to
     */
    static Function<List<String>, TokenSink> start(ItemStream stream, List<String> keys, boolean markup,
            boolean refresh, TieredCache<SegmentTranslation> cache) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            positions.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
        }
        if (!refresh) {
            var cached = cache.peekLocal(positions.keySet());
            for (int i = 0; i < keys.size(); i++) {
                var hit = cached.get(keys.get(i));
                if (hit != null) {
                    stream.append(i, markup ? Placeholders.strip(hit.value().text()) : hit.value().text());
                }
            }
        }
        return chunkKeys -> stream.reply(SegmentsReply::streamedIndex,
                n -> n < chunkKeys.size() ? positions.get(chunkKeys.get(n)) : List.of(), markup);
    }

    /** What a streamed translation's segments settle to: as translated, or without placeholders for markup. */
    static List<String> preview(Translation t, boolean markup) {
        List<String> all = new ArrayList<>();
        t.title().ifPresent(all::add);
        all.addAll(t.paragraphs());
        return markup ? all.stream().map(Placeholders::strip).toList() : all;
    }
}
