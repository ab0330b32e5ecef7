package dev.tolk.web;

/**
 * A failure that already knows its problem document. Thrown where the code that fails is also the code that knows
 * what the client is told (API keys and their limits), so {@link Problems} maps it without importing each such type,
 * and the packages that throw it depend on {@code web}, never the other way round.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
