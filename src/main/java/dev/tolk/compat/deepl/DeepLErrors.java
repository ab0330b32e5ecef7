package dev.tolk.compat.deepl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.tolk.web.Problem;
import dev.tolk.web.Problems;

/**
 * A failure in DeepL's error shape: {@link Problems} decides what it is (as for every way in), and this writes it the
 * way DeepL does, {@code {"message": "..."}} with one of DeepL's statuses, so DeepL clients raise the exception they
 * would raise against DeepL. A backend failure, a passed deadline and a bug are all 503 with {@code Retry-After}:
 * DeepL's clients retry a 503, and none of them is the client's fault.
 */
@ApplicationScoped
class DeepLErrors {

    /** DeepL's quota status; also what a full glossary store answers. */
    static final int QUOTA_EXCEEDED = 456;

    private final Problems problems;

    DeepLErrors(Problems problems) {
        this.problems = problems;
    }

    Response response(Throwable failure) {
        Problem problem = problems.of(failure);
        int status = status(problem.status());
        Response.ResponseBuilder out = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new DeepLShapes.Error(problem.detail()));
        if (status == 503 || status == 429) {
            out.header("Retry-After", problems.retryAfterSeconds(problem));
        }
        return out.build();
    }

    /** DeepL's statuses: 400, 403, 404, 413, 429, 456 and 503; anything else a client got wrong is a 400. */
    static int status(int tolk) {
        return switch (tolk) {
            case 400, 403, 404, 413, 429, QUOTA_EXCEEDED -> tolk;
            case 401 -> 403;
            default -> tolk >= 500 ? 503 : 400;
        };
    }
}
