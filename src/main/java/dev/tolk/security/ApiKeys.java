package dev.tolk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * The configured keys, read from {@code tolk.auth.keys-file} at start and again every
 * {@code tolk.auth.reload-interval}. Polled rather than watched: Kubernetes rotates a mounted Secret by swapping a
 * {@code ..data} symlink in the directory, which a {@code WatchService} on the file does not report (and inotify does
 * not work on every volume type); comparing the file's bytes every few seconds always sees the new keys. The read is
 * Vert.x's asynchronous one, so the timer never blocks an event loop. An unreadable or invalid file keeps the keys
 * read before; with keys on and none at all, {@link KeysReadiness} is DOWN and every request is refused.
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private final AuthConfig config;
    private final Vertx vertx;
    private volatile List<ApiKey> keys = List.of();
    private volatile byte[] lastRead;
    private volatile String lastProblem;
    private long timer = -1;

    ApiKeys(AuthConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            LOG.info("API keys are off (tolk.auth.enabled=false): every way in is open");
            return;
        }
        Optional<Path> file = config.keysFile();
        if (file.isEmpty()) {
            refuseAll("tolk.auth.keys-file (TOLK_AUTH_KEYS_FILE) is not set");
            return;
        }
        try {
            loaded(Files.readAllBytes(file.get()));
        } catch (IOException e) {
            refuseAll("cannot read " + file.get() + " (" + e.getClass().getSimpleName() + ")");
        }
        timer = vertx.setPeriodic(config.reloadInterval().toMillis(), id -> reload(file.get()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Whether keys are required at all. */
    public boolean enabled() {
        return config.enabled();
    }

    /**
     * The key whose SHA-256 matches {@code presented}'s. Every configured hash is compared, in constant time each
     * ({@link MessageDigest#isEqual}), and the loop never stops early, so timing tells nothing about which hash (or how
     * much of one) matched.
     */
    public Optional<ApiKey> find(String presented) {
        byte[] hash = sha256(presented);
        ApiKey found = null;
        for (ApiKey key : keys) {
            if (MessageDigest.isEqual(key.sha256(), hash)) {
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Keys on and none usable: why, for readiness; null when all is well. */
    String unusable() {
        return config.enabled() && keys.isEmpty() ? lastProblem : null;
    }

    int count() {
        return keys.size();
    }

    private void reload(Path file) {
        vertx.fileSystem().readFile(file.toString()).onComplete(read -> {
            if (read.succeeded()) {
                Buffer content = read.result();
                loaded(content.getBytes());
            } else if (!("cannot read " + file).equals(lastProblem)) {
                lastProblem = "cannot read " + file;
                LOG.errorf("API keys: cannot read %s (%s); keeping the %d keys read before", file,
                        read.cause().getClass().getSimpleName(), keys.size());
            }
        });
    }

    private void loaded(byte[] content) {
        if (lastRead != null && Arrays.equals(lastRead, content)) {
            return;
        }
        lastRead = content;
        try {
            List<ApiKey> read = KeyFile.parse(content);
            boolean first = lastProblem == null && keys.isEmpty();
            keys = read;
            if (read.isEmpty()) {
                refuseAll(config.keysFile().orElseThrow() + " holds no key");
                return;
            }
            lastProblem = null;
            LOG.infof("API keys %s: %d from %s (%s)", first ? "loaded" : "changed", read.size(),
                    config.keysFile().orElseThrow(), read.stream().map(ApiKey::name).collect(Collectors.joining(", ")));
        } catch (KeyFile.InvalidException e) {
            lastProblem = config.keysFile().orElseThrow() + " is invalid: " + e.getMessage();
            LOG.errorf("API keys: %s; keeping the %d keys read before", lastProblem, keys.size());
        }
    }

    private void refuseAll(String why) {
        lastProblem = why;
        LOG.errorf("API keys are on (tolk.auth.enabled) but no key is configured: %s. Readiness is DOWN and every "
                + "request that needs a key is refused.", why);
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
