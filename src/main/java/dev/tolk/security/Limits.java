package dev.tolk.security;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * A key's two limits. Requests per minute: a fixed window (the minute since the epoch, the same on every replica),
 * counted before the request is served. Characters per month (UTC calendar month): counted as DeepL bills them, every
 * character of every article sent, cached paragraphs included, charged when the article is accepted and before any
 * backend work. A request over either limit is refused and not counted.
 * <p>
 * Written here rather than taken from a rate-limit library: Bucket4j's distributed buckets need a Redis client of their
 * own (Redisson, Lettuce or Jedis) beside tolk's one Vert.x client, and SmallRye Fault Tolerance's {@code @RateLimit}
 * counts per replica only. A fixed window in one Lua script is shared, atomic and one round trip.
 */
@ApplicationScoped
public class Limits {

    private static final String PREFIX = "tolk:auth:";

    private final UsageCounters counters;
    private final AuthConfig config;

    Limits(UsageCounters counters, AuthConfig config) {
        this.counters = counters;
        this.config = config;
    }

    /** Counts one request; fails with {@link RateLimitedException} when the key's minute is used up. */
    Uni<Void> admitRequest(ApiKey key) {
        if (key.requestsPerMinute().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        long limit = key.requestsPerMinute().getAsLong();
        Window window = rateWindow();
        return counters.add(window.counter(key, "requests"), 1, limit, window.ttl()).map(count -> {
            if (!count.admitted()) {
                throw new RateLimitedException("The key '" + key.name() + "' may make " + limit
                        + " requests per minute; try again when the minute is over.", window.resetsIn());
            }
            return null;
        }).replaceWithVoid();
    }

    /**
     * Charges {@code characters} to the key's month, or throws {@link QuotaExceededException} (nothing charged) when
     * they would go over its quota. Blocks (briefly: Redis is asked with a timeout) so call it off the event loop.
     */
    void charge(ApiKey key, long characters) {
        if (characters <= 0) {
            return;
        }
        Window month = month();
        long limit = key.charactersPerMonth().orElse(-1);
        Count count = counters.add(month.counter(key, "characters"), characters, limit, month.ttl()).await()
                .indefinitely(); // bounded: the Redis call has its own timeout and falls back to memory
        if (!count.admitted()) {
            throw new QuotaExceededException("The key '" + key.name() + "' has used " + count.total() + " of its "
                    + limit + " characters this month; this request needs " + characters + " more.",
                    month.resetsIn());
        }
    }

    /** Gives back characters {@link #charge charged} for a request the backend then failed; never fails the caller. */
    void refund(ApiKey key, long characters) {
        if (characters > 0) {
            Window month = month();
            counters.add(month.counter(key, "characters"), -characters, -1, month.ttl()).subscribe().with(count -> {
            });
        }
    }

    /** The key's use of this minute and this month. */
    Uni<Usage> usage(ApiKey key) {
        Window minute = rateWindow();
        Window month = month();
        return Uni.combine().all().unis(counters.read(minute.counter(key, "requests")),
                counters.read(month.counter(key, "characters"))).asTuple()
                .map(used -> new Usage(key.name(),
                        new Usage.Limit(boxed(key.requestsPerMinute()), used.getItem1(), "minute", minute.endsAt()),
                        new Usage.Limit(boxed(key.charactersPerMonth()), used.getItem2(), "month", month.endsAt())));
    }

    private Window rateWindow() {
        long size = config.rateWindow().toMillis();
        long now = System.currentTimeMillis();
        long index = now / size;
        return new Window(Long.toString(index), Instant.ofEpochMilli((index + 1) * size), now);
    }

    private static Window month() {
        Instant now = Instant.now();
        YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Window(month.toString(), end, now.toEpochMilli());
    }

    private static Long boxed(OptionalLong limit) {
        return limit.isPresent() ? limit.getAsLong() : null;
    }

    /** One counting window: its id in the Redis key, and when it ends. */
    private record Window(String id, Instant endsAt, long nowMillis) {

        String counter(ApiKey key, String what) {
            return PREFIX + key.name() + ":" + what + ":" + id;
        }

        Duration resetsIn() {
            return Duration.ofMillis(Math.max(1, endsAt.toEpochMilli() - nowMillis));
        }

        /** Kept a minute past its end, so a replica whose clock is a little behind still finds it. */
        Duration ttl() {
            return resetsIn().plusMinutes(1);
        }
    }
}
