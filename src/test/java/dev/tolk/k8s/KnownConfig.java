package dev.tolk.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;

/**
 * The configuration keys tolk reads, and whether an environment variable name maps to one of them (MicroProfile
 * Config's rule: a property's name with every character other than a letter or digit as {@code _}, upper-cased).
 * tolk's own keys come from its {@code @ConfigMapping} interfaces, found in the compiled classes; the Quarkus keys the
 * manifests use are listed by hand.
 */
final class KnownConfig {

    /** Quarkus's own keys that the manifests or the README tell ops to set. */
    private static final List<String> QUARKUS = List.of("quarkus.http.port", "quarkus.redis.hosts",
            "quarkus.otel.sdk.disabled", "quarkus.otel.exporter.otlp.endpoint", "quarkus.log.level");


    private static final List<Pattern> ENV_NAMES = envNames();

    private KnownConfig() {
    }

    static boolean reads(String environmentVariable) {
        return ENV_NAMES.stream().anyMatch(p -> p.matcher(environmentVariable).matches());
    }

    private static List<Pattern> envNames() {
        Set<String> properties = new HashSet<>(QUARKUS);
        for (Class<?> mapping : configMappings()) {
            properties.addAll(ConfigMappings.getProperties(ConfigMappings.ConfigClass.configClass(mapping)).keySet());
        }
        return properties.stream().map(KnownConfig::envPattern).toList();
    }

    /** {@code tolk.llm.base-url} → {@code TOLK_LLM_BASE_URL}; a map's {@code *} stands for any name. */
    private static Pattern envPattern(String property) {
        StringBuilder regex = new StringBuilder();
        String[] parts = property.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[A-Z0-9_]+");
            }
            regex.append(Pattern.quote(parts[i].replaceAll("[^A-Za-z0-9]", "_").toUpperCase()));
        }
        return Pattern.compile(regex.toString());
    }

    private static List<Class<?>> configMappings() {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> out = files.map(classes::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && f.startsWith("dev/tolk/"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .map(KnownConfig::load)
                    .filter(c -> c.isInterface() && c.isAnnotationPresent(ConfigMapping.class))
                    .<Class<?>> map(c -> c).toList();
            if (out.isEmpty()) {
                throw new IllegalStateException("no @ConfigMapping found under " + classes.toAbsolutePath());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, KnownConfig.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(name, e);
        }
    }
}
