package dev.tolk.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An RFC 9457 problem document. {@code type} is a stable URN per kind of problem, so clients can branch on it
 * without parsing {@code detail}. Documented in {@code META-INF/openapi.yaml}. Made by {@link Problems}, the one place
 * that decides which failure is which problem; every way in sends it in its own form (a response, an SSE event, a
 * tool error, a DeepL or LibreTranslate error body).
 *
 * @param retryAfter how long the client should wait before trying again (503, 504, 429), or null; sent as the
 *                   {@code Retry-After} header, not in the body
 */
public record Problem(String type, String title, int status, String detail, @JsonIgnore Duration retryAfter) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static final String INVALID_REQUEST = "urn:tolk:problem:invalid-request";
    public static final String MALFORMED_JSON = "urn:tolk:problem:malformed-json";
    public static final String TOO_LARGE = "urn:tolk:problem:text-too-large";
    public static final String UNSUPPORTED_LANGUAGE = "urn:tolk:problem:unsupported-language";
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:tolk:problem:unsupported-media-type";
    public static final String BACKEND_UNAVAILABLE = "urn:tolk:problem:backend-unavailable";
    public static final String DEADLINE_EXCEEDED = "urn:tolk:problem:deadline-exceeded";
    public static final String NOT_FOUND = "urn:tolk:problem:not-found";
    public static final String JOB_NOT_FOUND = "urn:tolk:problem:job-not-found";
    public static final String JOB_FINISHED = "urn:tolk:problem:job-finished";
    public static final String API_KEY_MISSING = "urn:tolk:problem:api-key-missing";
    public static final String API_KEY_INVALID = "urn:tolk:problem:api-key-invalid";
    public static final String RATE_LIMITED = "urn:tolk:problem:rate-limited";
    public static final String QUOTA_EXCEEDED = "urn:tolk:problem:quota-exceeded";
    public static final String TOO_DEEPLY_NESTED = "urn:tolk:problem:too-deeply-nested";
    public static final String REQUEST_TIMEOUT = "urn:tolk:problem:request-timeout";
    public static final String HTTP = "urn:tolk:problem:http";
    public static final String INTERNAL = "urn:tolk:problem:internal";

    public Problem(String type, String title, int status, String detail) {
        this(type, title, status, detail, null);
    }

    /** {@code Retry-After} in whole seconds, at least 1 (rounded up: a client must not come back too early). */
    @JsonIgnore
    public Long retryAfterSeconds() {
        return retryAfter == null ? null : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(this);
        if (retryAfter != null) {
            response.header("Retry-After", retryAfterSeconds());
        }
        return response.build();
    }

    /**
     * The document as a map, for an SSE {@code error} event: the status line is already sent, so {@code Retry-After}
     * travels as the {@code retryAfter} member (seconds).
     */
    public Map<String, Object> toEventData() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type);
        out.put("title", title);
        out.put("status", status);
        out.put("detail", detail);
        if (retryAfter != null) {
            out.put("retryAfter", retryAfterSeconds());
        }
        return out;
    }
}
