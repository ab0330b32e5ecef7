package dev.tolk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

/** A client hanging up mid-request is not a server failure: no 500, no ERROR with a stack trace. */
class ProblemsTest {

    @Test
    void aClientClosingTheConnectionMidRequestIsNotAnInternalError() {
        var closed = new IOException(new IOException(new HttpClosedException("Connection was closed")));
        var channel = new IOException(new ClosedChannelException());

        assertThat(ClientGone.wentAway(closed)).isTrue();
        assertThat(ClientGone.wentAway(channel)).isTrue();
        assertThat(new Problems(null, null).of(closed).status()).isEqualTo(400);
    }

    @Test
    void aClientGoneBeforeItsAnswerIsWrittenIsNotAnInternalError() {
        var gone = new IOException("Connection has been closed");
        gone.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.quarkus.vertx.utils.VertxOutputStream", "awaitWriteable", null, 115) });
        var failedToWrite = new IOException(new IOException("Failed to write", gone));

        assertThat(ClientGone.wentAway(failedToWrite)).isTrue();
        assertThat(ClientGone.wentAway(new IOException("Connection has been closed"))).as("not from the stream")
                .isFalse();
    }

    @Test
    void otherFailuresStayInternalErrors() {
        assertThat(ClientGone.wentAway(new IOException("disk full"))).isFalse();
        assertThat(ClientGone.wentAway(new IllegalStateException(new ClosedChannelException()))).isFalse();
        assertThat(new Problems(null, null).of(new IllegalStateException("bug")).status()).isEqualTo(500);
    }
}
