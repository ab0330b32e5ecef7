package dev.tolk.glossary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.llm.BackendUnavailableException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;

/**
 * Glossaries in Redis, shared by every replica and kept over restarts: two hashes keyed by glossary id, one of
 * descriptions (listing reads only these) and one of entries. Each operation is one command, so a glossary is never
 * half written; entries are written before the description and deleted after it, so a listed glossary always has
 * its entries. No TTL: a glossary lives until it is deleted.
 */
final class RedisShelf implements GlossaryStore.Shelf {

    private static final Logger LOG = Logger.getLogger(RedisShelf.class);
    static final String INFO = "tolk:glossary:info";
    static final String ENTRIES = "tolk:glossary:entries";
    private static final TypeReference<LinkedHashMap<String, String>> ENTRY_MAP = new TypeReference<>() {
    };

    private final RedisAPI redis;
    private final Duration timeout;
    private final ObjectMapper json;

    RedisShelf(RedisAPI redis, Duration timeout, ObjectMapper json) {
        this.redis = redis;
        this.timeout = timeout;
        this.json = json;
    }

    @Override
    public void put(StoredGlossary glossary, Map<String, String> entries) {
        await("write", () -> redis.hset(List.of(ENTRIES, glossary.id(), write(entries))));
        await("write", () -> redis.hset(List.of(INFO, glossary.id(), write(glossary))));
    }

    @Override
    public List<StoredGlossary> list() {
        Response all = await("read", () -> redis.hvals(INFO));
        List<StoredGlossary> out = new ArrayList<>();
        if (all != null) {
            all.forEach(value -> out.add(read(value.toString(), StoredGlossary.class)));
        }
        return out;
    }

    @Override
    public Optional<StoredGlossary> get(String id) {
        return Optional.ofNullable(await("read", () -> redis.hget(INFO, id)))
                .map(r -> read(r.toString(), StoredGlossary.class));
    }

    @Override
    public Optional<Map<String, String>> entries(String id) {
        return Optional.ofNullable(await("read", () -> redis.hget(ENTRIES, id)))
                .map(r -> read(r.toString(), ENTRY_MAP));
    }

    @Override
    public boolean delete(String id) {
        Response removed = await("delete", () -> redis.hdel(List.of(INFO, id)));
        await("delete", () -> redis.hdel(List.of(ENTRIES, id)));
        return removed != null && removed.toInteger() > 0;
    }

    @Override
    public long count() {
        Response n = await("read", () -> redis.hlen(INFO));
        return n == null ? 0 : n.toLong();
    }

    /** One command, bounded by the timeout; Redis down is a 503 with Retry-After, like a backend that is down. */
    private Response await(String op, Supplier<Uni<Response>> command) {
        try {
            return command.get().ifNoItem().after(timeout).fail().await().indefinitely();
        } catch (RuntimeException e) {
            LOG.warnf("Glossary store: Redis %s failed (%s)", op, e.toString());
            throw new BackendUnavailableException("The glossary store (Redis) is unavailable.", null, e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable glossary in Redis", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable glossary entries in Redis", e);
        }
    }
}
