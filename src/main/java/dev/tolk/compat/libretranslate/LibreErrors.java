package dev.tolk.compat.libretranslate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.tolk.web.Problem;
import dev.tolk.web.Problems;

/**
 * A failure in LibreTranslate's error shape: {@link Problems} decides what it is, and this writes it as
 * LibreTranslate's {@code app.py} does, {@code {"error": "..."}} with 400, 403 or 429; a backend failure, a passed
 * deadline or a bug is a 503 with {@code Retry-After} (LibreTranslate itself would say 500).
 */
@ApplicationScoped
class LibreErrors {

    private final Problems problems;

    LibreErrors(Problems problems) {
        this.problems = problems;
    }

    Response response(Throwable failure) {
        Problem problem = problems.of(failure);
        int status = status(problem.status());
        Response.ResponseBuilder out = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new LibreShapes.Error(problem.detail()));
        if (status == 503 || status == 429) {
            out.header("Retry-After", problems.retryAfterSeconds(problem));
        }
        return out.build();
    }

    /** LibreTranslate's statuses: 403 and 429 as they are, 503 for tolk's side, everything else a client sent 400. */
    static int status(int tolk) {
        return switch (tolk) {
            case 403, 429 -> tolk;
            case 401 -> 403;
            default -> tolk >= 500 ? 503 : 400;
        };
    }
}
