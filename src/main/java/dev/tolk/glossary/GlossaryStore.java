package dev.tolk.glossary;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.cache.SharedRedis;

/**
 * Glossaries desks create and delete with DeepL's tools ({@code /v2/glossaries}); a {@code glossary_id} becomes the
 * request glossary of a translation, so its terms reach the prompt, the cache key and the checks exactly as a
 * {@code /v1} request's {@code glossary} does.
 * <p>
 * Kept here, next to the house glossary, rather than in the DeepL adapter: it is tolk's state (like the cache, in
 * Redis when there is one, shared by every replica and surviving restarts), not DeepL's wire format, and any other way
 * in may name a stored glossary later. Without Redis it lives in this pod's memory: fine for one replica, lost on
 * restart.
 */
@ApplicationScoped
public class GlossaryStore {

    private static final Logger LOG = Logger.getLogger(GlossaryStore.class);

    /** More glossaries than {@code tolk.glossary.store.max-glossaries}. */
    public static class FullException extends RuntimeException {
        FullException(int max) {
            super("The maximum number of glossaries (" + max + ") has been reached.");
        }
    }

    private final Shelf shelf;
    private final int maxGlossaries;

    GlossaryStore(SharedRedis redis, GlossaryConfig config, ObjectMapper json) {
        this.maxGlossaries = config.store().maxGlossaries();
        if (redis.api().isPresent()) {
            LOG.info("Glossaries: stored in Redis, shared by every replica");
            this.shelf = new RedisShelf(redis.api().get(), config.store().timeout(), json);
        } else {
            LOG.info("Glossaries: stored in memory (set QUARKUS_REDIS_HOSTS to share them and keep them over restarts)");
            this.shelf = new MemoryShelf();
        }
    }

    /**
     * @param entries Danish term → required English, in the order given
     * @throws FullException when {@code tolk.glossary.store.max-glossaries} are stored already (a bound against
     *                       filling memory or Redis, not a quota: replicas creating at once may each pass it by one)
     */
    public StoredGlossary create(String name, String sourceLang, String targetLang, Map<String, String> entries) {
        if (shelf.count() >= maxGlossaries) {
            throw new FullException(maxGlossaries);
        }
        StoredGlossary glossary = new StoredGlossary(UUID.randomUUID().toString(), name, sourceLang, targetLang,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), entries.size());
        shelf.put(glossary, entries);
        return glossary;
    }

    /** Every glossary, oldest first. */
    public List<StoredGlossary> list() {
        return shelf.list().stream().sorted(Comparator.comparing(StoredGlossary::created)).toList();
    }

    public Optional<StoredGlossary> get(String id) {
        return shelf.get(id);
    }

    /** Its entries in the order they were given; empty when there is no such glossary. */
    public Optional<Map<String, String>> entries(String id) {
        return shelf.entries(id);
    }

    /** @return whether there was such a glossary */
    public boolean delete(String id) {
        return shelf.delete(id);
    }

    /** Where the glossaries are kept: this pod's memory, or Redis. */
    interface Shelf {
        void put(StoredGlossary glossary, Map<String, String> entries);

        List<StoredGlossary> list();

        Optional<StoredGlossary> get(String id);

        Optional<Map<String, String>> entries(String id);

        boolean delete(String id);

        long count();
    }
}
