package dev.tolk.fidelity;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The benchmark thread's CPU time per operation, printed after each iteration ("cpu: N us/op"). On a machine whose
 * cores other builds share, JMH's wall-clock score measures the neighbours too; the thread's own CPU time barely does.
 */
@State(Scope.Thread)
public class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long startNanos;
    long ops;

    @Setup(Level.Iteration)
    public void start() {
        ops = 0;
        startNanos = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void stop(BenchmarkParams params) {
        long cpu = THREADS.getCurrentThreadCpuTime() - startNanos;
        System.out.printf("cpu: %.1f us/op (%s, %d ops)%n", cpu / 1000.0 / Math.max(ops, 1),
                params.getBenchmark().replaceFirst(".*\\.", ""), ops);
    }
}
