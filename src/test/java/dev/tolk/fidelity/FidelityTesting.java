package dev.tolk.fidelity;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import dev.tolk.testing.Fixtures;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The fidelity checks outside Quarkus: real config defaults, one shared language detector. */
final class FidelityTesting {

    /** Lingua keeps its models in static maps, so one detector (and one model load) serves every test class. */
    static final LanguageDetector DETECTOR = new LanguageDetector(config(Map.of()));

    private FidelityTesting() {
    }

    /** The {@code @ConfigMapping} with its declared defaults, overridden by {@code properties}. */
    static FidelityConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(FidelityConfig.class)
                // Quarkus's duration syntax ("1s"), as the application reads it
                .withConverter(java.time.Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(FidelityConfig.class);
    }

    /** The seed article's paragraphs as (number, Danish, faithful English), for parameterised tests. */
    static Stream<Arguments> seedParagraphs() {
        List<String> danish = Fixtures.seedParagraphs();
        List<String> english = Fixtures.seedEnglish();
        return IntStream.range(0, danish.size()).mapToObj(i -> Arguments.of(i + 1, danish.get(i), english.get(i)));
    }

    static FidelityChecks checks(io.micrometer.core.instrument.MeterRegistry registry) {
        return new FidelityChecks(config(Map.of()), DETECTOR, registry);
    }
}
