package dev.tolk.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The application's configuration as a pod of the manifests would have it: {@code application.properties} in the
 * prod profile, under the environment the manifests set (SmallRye Config resolves profiles, expressions and the
 * environment variable names as Quarkus does).
 */
final class AppConfig {

    private final SmallRyeConfig config;

    private AppConfig(SmallRyeConfig config) {
        this.config = config;
    }

    static AppConfig prod(Map<String, String> environment) {
        try {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .withProfile("prod")
                    .withSources(new PropertiesConfigSource(
                            Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
                    .withSources(new EnvConfigSource(environment, 300))
                    .build();
            return new AppConfig(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int httpPort() {
        return config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
    }

    /** A SmallRye Health path ({@code liveness}, {@code readiness}, {@code startup}) as Quarkus serves it. */
    String healthPath(String kind) {
        String defaultPath = switch (kind) {
            case "liveness" -> "live";
            case "readiness" -> "ready";
            case "startup" -> "started";
            default -> throw new IllegalArgumentException(kind);
        };
        String root = string("quarkus.smallrye-health.root-path", "health");
        String leaf = string("quarkus.smallrye-health." + kind + "-path", defaultPath);
        return nonApplication(root + "/" + leaf);
    }

    String metricsPath() {
        return nonApplication(string("quarkus.micrometer.export.prometheus.path", "metrics"));
    }

    Duration shutdownTimeout() {
        return duration("quarkus.shutdown.timeout", "0s");
    }

    Duration shutdownDelay() {
        return config.getOptionalValue("quarkus.shutdown.delay-enabled", Boolean.class).orElse(false)
                ? duration("quarkus.shutdown.delay", "0s") : Duration.ZERO;
    }

    private String nonApplication(String path) {
        return path.startsWith("/") ? path : "/" + string("quarkus.http.non-application-root-path", "q") + "/" + path;
    }

    private String string(String key, String fallback) {
        return config.getOptionalValue(key, String.class).orElse(fallback);
    }

    private Duration duration(String key, String fallback) {
        return new DurationConverter().convert(string(key, fallback));
    }
}
