package dev.tolk.markup;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tolk.web.Problem;

/** A body with no text is an invalid request, like an empty {@code text}: the same problem type. */
class MarkupProblems {

    @ServerExceptionMapper
    public Response noText(NoTextException e) {
        return new Problem(Problem.INVALID_REQUEST, "Invalid request", 400, e.getMessage()).toResponse();
    }
}
