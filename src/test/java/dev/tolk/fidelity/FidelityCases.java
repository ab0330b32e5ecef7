package dev.tolk.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.tolk.testing.Fixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The cases of {@code fixtures/fidelity-cases.tsv}: Danish news sentences with a faithful English rendering that must
 * pass and broken ones that must fail with a given check. {@link #main} prints the false alarms and misses, the figures
 * the fidelity note reports before and after a change ({@code mvn test-compile exec:java} is not needed: run it from
 * the IDE or with {@code java -cp target/test-classes:target/classes:...}).
 */
record FidelityCases(String expect, String danish, String english) {

    static final String RESOURCE = "fixtures/fidelity-cases.tsv";

    boolean bullet() {
        return expect.startsWith("bullet:");
    }

    /** The code the broken rendering must get; null for a faithful one. */
    String code() {
        String e = bullet() ? expect.substring("bullet:".length()) : expect;
        return e.equals("pass") ? null : e;
    }

    String source() {
        return danish.equals("@seed") ? Fixtures.seedDanish() : danish;
    }

    List<Warning> check(FidelityChecks checks) {
        return bullet() ? checks.checkBullet(english, source()) : checks.checkSegment(danish, english, Map.of());
    }

    /** Whether the checks get this case right: no warning on a faithful rendering, the expected code on a broken one. */
    boolean right(List<Warning> warnings) {
        return code() == null ? warnings.isEmpty() : warnings.stream().anyMatch(w -> w.code().equals(code()));
    }

    static List<FidelityCases> all() {
        try (InputStream in = FidelityCases.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            List<FidelityCases> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalArgumentException(RESOURCE + ": expected 3 columns: " + line);
                }
                out.add(new FidelityCases(cols[0], cols[1], cols[2]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints every case the checks get wrong, then the false-alarm and miss counts. */
    public static void main(String[] args) {
        FidelityChecks checks = FidelityTesting.checks(new SimpleMeterRegistry());
        int faithful = 0, falseAlarms = 0, broken = 0, misses = 0;
        for (FidelityCases c : all()) {
            List<Warning> warnings = c.check(checks);
            boolean right = c.right(warnings);
            if (c.code() == null) {
                faithful++;
                falseAlarms += right ? 0 : 1;
            } else {
                broken++;
                misses += right ? 0 : 1;
            }
            if (!right) {
                System.out.println((c.code() == null ? "FALSE ALARM " : "MISS (" + c.code() + ") ") + c.english()
                        + "\n    " + warnings);
            }
        }
        System.out.printf("faithful %d, false alarms %d; broken %d, misses %d%n", faithful, falseAlarms, broken, misses);
    }
}
