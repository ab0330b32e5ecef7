package dev.tolk.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one request may send at the HTTP and JSON layer, before tolk's own text limit ({@code tolk.limits}) applies.
 * The body size itself is Quarkus's {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "tolk.http")
public interface HttpLimitsConfig {

    /** Jackson's limits on a JSON document, checked while it is read (a body over them is a 400). */
    Json json();

    /**
     * Time from the end of a JSON request's headers to the end of its body. A client that stalls mid-upload (slowloris)
     * is answered 408 and disconnected after it instead of holding a connection until the idle timeout: 1 MiB (the
     * body limit) at 300 kbit/s, a poor mobile link, takes ~28 s.
     */
    @WithDefault("30s")
    Duration uploadTimeout();

    interface Json {

        /**
         * Objects and arrays inside each other. tolk's deepest request (a batch of articles with glossaries, or an
         * MCP call) is under 8 deep; 32 leaves room while a 10 000-deep body is refused before it costs a stack.
         */
        @WithDefault("32")
        int maxNestingDepth();

        /** Digits of one JSON number: every numeric field is a small count; 100 digits is far beyond any double. */
        @WithDefault("100")
        int maxNumberLength();

        /**
         * Characters of one field name. Glossary terms are field names (each at most 200 characters, validated
         * later); 1000 leaves room for that and refuses a 500 000-character key at once.
         */
        @WithDefault("1000")
        int maxNameLength();

        /**
         * Characters of one JSON string: the body limit (1 MiB) already bounds it; this also bounds what tolk reads
         * from Redis and replies, so it is 2 000 000, above any article (tolk.limits.max-text-chars is 100 000).
         */
        @WithDefault("2000000")
        int maxStringLength();
    }
}
