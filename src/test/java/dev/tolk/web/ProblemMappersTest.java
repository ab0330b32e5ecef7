package dev.tolk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

/** A client hanging up mid-request is not a server failure: no 500, no ERROR with a stack trace. */
class ProblemMappersTest {

    @Test
    void aClientClosingTheConnectionMidRequestIsNotAnInternalError() {
        var closed = new IOException(new IOException(new HttpClosedException("Connection was closed")));
        var channel = new IOException(new ClosedChannelException());

        assertThat(ProblemMappers.clientWentAway(closed)).isTrue();
        assertThat(ProblemMappers.clientWentAway(channel)).isTrue();
        assertThat(new ProblemMappers().unexpected(closed).getStatus()).isEqualTo(400);
    }

    @Test
    void otherFailuresStayInternalErrors() {
        assertThat(ProblemMappers.clientWentAway(new IOException("disk full"))).isFalse();
        assertThat(ProblemMappers.clientWentAway(new IllegalStateException(new ClosedChannelException()))).isFalse();
        assertThat(new ProblemMappers().unexpected(new IllegalStateException("bug")).getStatus()).isEqualTo(500);
    }
}
