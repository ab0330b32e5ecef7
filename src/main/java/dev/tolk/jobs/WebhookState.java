package dev.tolk.jobs;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the delivery of a job's webhook is going, shown on the job document.
 *
 * @param state      {@code pending}, {@code delivered} (a 2xx answer) or {@code failed} (gave up)
 * @param lastStatus the receiver's HTTP status at the last attempt, if it answered
 * @param lastError  why the last attempt got no answer (connection, timeout, address refused), if so
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WebhookDelivery", description = "How the delivery of the job's webhook is going")
public record WebhookState(String url, String state, int attempts, Integer lastStatus, String lastError,
        Instant lastAttemptAt, Instant nextAttemptAt) {

    static WebhookState pending(String url, Instant now) {
        return new WebhookState(url, "pending", 0, null, null, null, now);
    }

    @JsonIgnore
    boolean isPending() {
        return "pending".equals(state);
    }

    WebhookState delivered(Instant at, int status) {
        return new WebhookState(url, "delivered", attempts + 1, status, null, at, null);
    }

    WebhookState retrying(Instant at, Integer status, String error, Instant next) {
        return new WebhookState(url, "pending", attempts + 1, status, error, at, next);
    }

    WebhookState gaveUp() {
        return new WebhookState(url, "failed", attempts, lastStatus, lastError, lastAttemptAt, null);
    }
}
