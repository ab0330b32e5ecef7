package dev.tolk.llm;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Keeps a backend's {@code Retry-After}. The LangChain4j model clients (Quarkus REST clients) turn an error reply into
 * an {@code HttpException} of status and body only, so the header was lost before {@link BackendGuard}'s backoff
 * could honour it. This mapper runs first (a lower priority value than the clients' own mappers) and only for error
 * replies carrying the header, and throws the same kind of exception with the wait attached.
 * <p>
 * {@code @Provider} registers it for every REST client of the application: tolk's only REST clients are the model
 * clients built by {@link ChatModelFactory}.
 */
@Provider
public class RetryAfterExceptionMapper implements ResponseExceptionMapper<BackendHttpException> {

    static final String RETRY_AFTER = "Retry-After";

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && header(headers) != null;
    }

    @Override
    public BackendHttpException toThrowable(Response response) {
        String body;
        try {
            body = response.readEntity(String.class);
        } catch (RuntimeException e) {
            body = null;
        }
        if (body == null || body.isBlank()) {
            body = "HTTP " + response.getStatus();
        }
        Duration wait = parse(response.getHeaderString(RETRY_AFTER));
        return new BackendHttpException(response.getStatus(), body, wait);
    }

    @Override
    public int getPriority() {
        return Priorities.USER - 1000;
    }

    /**
     * {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110); {@code null} when it is neither. A date in the
     * past means "now".
     */
    static Duration parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static Object header(MultivaluedMap<String, Object> headers) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<Object>> e : headers.entrySet()) {
            if (RETRY_AFTER.equalsIgnoreCase(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
