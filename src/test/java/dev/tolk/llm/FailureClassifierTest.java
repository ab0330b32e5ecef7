package dev.tolk.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedHashMap;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;

/**
 * How failures are read, in the shapes the LangChain4j clients actually throw them (LangChain4j's exception with the
 * client's {@code HttpException} as cause). The end-to-end behaviour is in {@link BackendFaultsTest}.
 */
class FailureClassifierTest {

    @Test
    void retryAfterKeptByTheClientMapperIsFoundThroughLangChain4jsException() {
        var limited = new RateLimitException(new BackendHttpException(429, "slow down", Duration.ofSeconds(7)));

        assertThat(FailureClassifier.retryAfter(limited)).contains(Duration.ofSeconds(7));
        assertThat(FailureClassifier.httpStatus(limited)).hasValue(429);
        assertThat(FailureClassifier.isTransient(limited)).isTrue();
    }

    @Test
    void noRetryAfterWithoutTheHeader() {
        assertThat(FailureClassifier.retryAfter(new RateLimitException(new HttpException(429, "slow down")))).isEmpty();
    }

    @Test
    void retryAfterIsDelaySecondsOrAnHttpDate() {
        assertThat(RetryAfterExceptionMapper.parse(" 12 ")).isEqualTo(Duration.ofSeconds(12));
        String inTwentySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
        assertThat(RetryAfterExceptionMapper.parse(inTwentySeconds)).isBetween(Duration.ofSeconds(15),
                Duration.ofSeconds(20));
        assertThat(RetryAfterExceptionMapper.parse("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(RetryAfterExceptionMapper.parse("soon")).isNull();
        assertThat(RetryAfterExceptionMapper.parse("-3")).isNull();
        assertThat(RetryAfterExceptionMapper.parse(null)).isNull();
    }

    @Test
    void theMapperOnlyTakesErrorRepliesCarryingRetryAfter() {
        var mapper = new RetryAfterExceptionMapper();
        var headers = new MultivaluedHashMap<String, Object>();
        headers.add("retry-after", "3");

        assertThat(mapper.handles(429, headers)).isTrue();
        assertThat(mapper.handles(503, headers)).isTrue();
        assertThat(mapper.handles(200, headers)).isFalse();
        assertThat(mapper.handles(429, new MultivaluedHashMap<>())).isFalse();
    }

    @Test
    void anAttemptInterruptedByTheGuardsTimeoutIsATimeout() {
        var interrupted = new ProcessingException(new InterruptedException());

        assertThat(FailureClassifier.outcome(interrupted)).isEqualTo("timeout");
        assertThat(FailureClassifier.isTransient(interrupted)).isTrue();
    }

    @Test
    void aConnectionTheServerClosedIsAnIoErrorAndRetried() {
        var closed = new RuntimeException(new io.vertx.core.http.HttpClosedException("Connection was closed"));

        assertThat(FailureClassifier.outcome(closed)).isEqualTo("io_error");
        assertThat(FailureClassifier.isTransient(closed)).isTrue();
    }

    @Test
    void badRequestsAreNeitherRetriedNorHeldAgainstTheBackend() {
        var badRequest = new InvalidRequestException(new HttpException(400, "bad"));
        var unauthorised = new InvalidRequestException(new HttpException(401, "no key"));

        assertThat(FailureClassifier.isTransient(badRequest)).isFalse();
        assertThat(FailureClassifier.countsAgainstBreaker(badRequest)).isFalse();
        assertThat(FailureClassifier.isTransient(unauthorised)).isFalse();
        assertThat(FailureClassifier.countsAgainstBreaker(unauthorised)).isTrue();
        assertThat(FailureClassifier.isTransient(new CircuitBreakerOpenException())).isFalse();
    }
}
