package dev.tolk.fidelity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import dev.tolk.testing.Fixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The fidelity checks' CPU per article, single-threaded: what an uncached translation of the seed article (15
 * paragraphs) runs — every segment checked against its source, then the article as a whole — and what a summary of it
 * runs (5 bullets). The per-check methods say where the time goes. Run with {@code bench/checks-jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-XX:+UseSerialGC", "-Xmx256m" })
public class ChecksBenchmark {

    private FidelityChecks checks;
    private NameCheck names;
    private List<String> danish;
    private List<String> english;
    private String source;
    private final List<String> bullets = List.of(
            "Hamas leader Ismail Haniyeh is in Cairo for talks with Egyptian officials.",
            "Israel has offered to halt the war in Gaza for at least a week in exchange for more hostages, Axios reports.",
            "Around 130 hostages and prisoners of war are believed to remain in Gaza.",
            "The Hamas-run Health Ministry says 19,667 people have been killed and more than 52,000 wounded.",
            "According to the UN, over 80 percent of the Gaza Strip's population has been displaced.");

    @Setup
    public void setUp() {
        checks = FidelityTesting.checks(new SimpleMeterRegistry());
        names = new NameCheck(Exonyms.load());
        danish = Fixtures.seedParagraphs();
        english = Fixtures.seedEnglish();
        source = Fixtures.seedDanish();
    }

    /** Everything an uncached translation of the seed article runs: 15 segments, then the article. */
    @Benchmark
    public void translationChecks(Blackhole bh, CpuClock cpu) {
        cpu.ops++;
        checks.forgetSources(); // a new article: nothing read before
        for (int i = 0; i < danish.size(); i++) {
            bh.consume(checks.checkSegment(danish.get(i), english.get(i), Map.of()));
        }
        bh.consume(checks.checkArticle(danish, english));
    }

    /** A summary of the seed article: five bullets against the whole Danish. */
    @Benchmark
    public void summaryChecks(Blackhole bh, CpuClock cpu) {
        cpu.ops++;
        checks.forgetSources();
        for (String b : bullets) {
            bh.consume(checks.checkBullet(b, source));
            bh.consume(checks.checkSources(List.of(1), danish.size()));
        }
    }

    @Benchmark
    public void numbersOnly(Blackhole bh, CpuClock cpu) {
        cpu.ops++;
        for (int i = 0; i < danish.size(); i++) {
            bh.consume(NumberCheck.segment(danish.get(i), english.get(i)));
        }
    }

    @Benchmark
    public void namesOnly(Blackhole bh, CpuClock cpu) {
        cpu.ops++;
        for (int i = 0; i < danish.size(); i++) {
            bh.consume(names.check(danish.get(i), english.get(i)));
        }
    }

    @Benchmark
    public void languageFirstPassOnly(Blackhole bh, CpuClock cpu) {
        cpu.ops++;
        for (int i = 0; i < danish.size(); i++) {
            bh.consume(FunctionWords.read(english.get(i)));
        }
        bh.consume(FunctionWords.read(String.join("\n\n", english)));
    }
}
