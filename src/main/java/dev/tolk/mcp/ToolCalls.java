package dev.tolk.mcp;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tolk.web.Problem;
import dev.tolk.web.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.mcp.server.ToolResponse;

/**
 * Runs one tool call: every failure of the work becomes a tool error made from tolk's problem document (the library
 * would turn an exception it does not know into a JSON-RPC protocol error, which a model cannot act on), and every
 * call is counted in {@code tolk_mcp_tool_calls_total{tool, outcome}}: {@code ok}, or the problem's kind
 * ({@code backend-unavailable}, {@code invalid-request}, ...). Calls refused before the work (an unknown tool, by the
 * library; a missing {@code text}, by {@link RawArguments}) are not counted here.
 */
@ApplicationScoped
class ToolCalls {

    static final String METRIC = "tolk.mcp.tool.calls";
    private static final String PROBLEM_PREFIX = "urn:tolk:problem:";

    private final Problems problems;
    private final MeterRegistry metrics;

    ToolCalls(Problems problems, MeterRegistry metrics) {
        this.problems = problems;
        this.metrics = metrics;
    }

    ToolResponse run(String tool, Supplier<ToolResponse> work) {
        Problem problem;
        try {
            ToolResponse response = work.get();
            count(tool, "ok");
            return response;
        } catch (ToolArguments.Invalid e) {
            problem = Problems.invalid(e.getMessage());
        } catch (RuntimeException e) {
            problem = problems.of(e);
        }
        count(tool, problem.type().startsWith(PROBLEM_PREFIX) ? problem.type().substring(PROBLEM_PREFIX.length())
                : problem.type());
        return ToolResults.error(problem);
    }

    private void count(String tool, String outcome) {
        Counter.builder(METRIC).description("MCP tool calls by tool and outcome").tag("tool", tool)
                .tag("outcome", outcome).register(metrics).increment();
    }
}
