package dev.tolk.glossary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Glossaries in this pod's memory: without Redis, for a single replica; gone on restart. */
final class MemoryShelf implements GlossaryStore.Shelf {

    private record Kept(StoredGlossary glossary, Map<String, String> entries) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    @Override
    public void put(StoredGlossary glossary, Map<String, String> entries) {
        kept.put(glossary.id(), new Kept(glossary, Collections.unmodifiableMap(new LinkedHashMap<>(entries))));
    }

    @Override
    public List<StoredGlossary> list() {
        return kept.values().stream().map(Kept::glossary).toList();
    }

    @Override
    public Optional<StoredGlossary> get(String id) {
        return Optional.ofNullable(kept.get(id)).map(Kept::glossary);
    }

    @Override
    public Optional<Map<String, String>> entries(String id) {
        return Optional.ofNullable(kept.get(id)).map(Kept::entries);
    }

    @Override
    public boolean delete(String id) {
        return kept.remove(id) != null;
    }

    @Override
    public long count() {
        return kept.size();
    }
}
