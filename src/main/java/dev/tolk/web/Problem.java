package dev.tolk.web;

import java.time.Duration;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document. {@code type} is a stable URN per kind of problem, so clients can branch on it
 * without parsing {@code detail}. Documented in {@code META-INF/openapi.yaml}.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static final String INVALID_REQUEST = "urn:tolk:problem:invalid-request";
    public static final String MALFORMED_JSON = "urn:tolk:problem:malformed-json";
    public static final String TOO_LARGE = "urn:tolk:problem:text-too-large";
    public static final String UNSUPPORTED_LANGUAGE = "urn:tolk:problem:unsupported-language";
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:tolk:problem:unsupported-media-type";
    public static final String BACKEND_UNAVAILABLE = "urn:tolk:problem:backend-unavailable";
    public static final String DEADLINE_EXCEEDED = "urn:tolk:problem:deadline-exceeded";
    public static final String NOT_FOUND = "urn:tolk:problem:not-found";
    public static final String HTTP = "urn:tolk:problem:http";
    public static final String INTERNAL = "urn:tolk:problem:internal";

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** For 503/429: {@code Retry-After} in whole seconds, at least 1. */
    public Response toResponse(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Response.status(status).type(MEDIA_TYPE).header("Retry-After", seconds).entity(this).build();
    }
}
