package dev.tolk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import redis.embedded.RedisServer;

/**
 * A real Redis server (embedded-redis ships the binary) on a free port, for the L2 cache and job tests. Tests can stop
 * and restart it through a field annotated {@link Inject}. The Linux binary is Redis 6.2, which has the
 * {@code XAUTOCLAIM} the job queue needs (6.2 or newer).
 */
public class TestRedis implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    /** Handle given to tests. */
    public static final class Handle {
        private final RedisServer server;
        private final int port;

        Handle(RedisServer server, int port) {
            this.server = server;
            this.port = port;
        }

        public int port() {
            return port;
        }

        public void stop() {
            try {
                server.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void start() {
            try {
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Handle handle;

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            handle = new Handle(server, port);
            handle.start();
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(handle, new TestInjector.AnnotatedAndMatchesType(Inject.class, Handle.class));
    }

    @Override
    public void stop() {
        if (handle != null) {
            try {
                handle.stop();
            } catch (RuntimeException ignored) {
                // already stopped by a test
            }
        }
    }
}
