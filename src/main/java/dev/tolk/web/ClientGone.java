package dev.tolk.web;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

import io.vertx.core.http.HttpClosedException;

/** Whether a failure is the client hanging up: not a failure of tolk's, logged at DEBUG, never a 500. */
final class ClientGone {

    private static final String RESPONSE_STREAM = "io.quarkus.vertx.utils.VertxOutputStream";

    private ClientGone() {
    }

    /**
     * An I/O failure of the incoming connection: the request body reader reports the closed channel as an
     * IOException. Backend I/O failures never get here; the gateway turns them into 503s.
     */
    static boolean wentAway(Throwable e) {
        if (!(e instanceof IOException)) {
            return false;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ClosedChannelException || c instanceof HttpClosedException || writingResponse(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Quarkus's response stream reports a client that hung up before its answer was written ("Connection has been
     * closed") as a plain IOException, thrown from the stream itself: the answer has nowhere to go.
     */
    private static boolean writingResponse(Throwable c) {
        StackTraceElement[] trace = c.getStackTrace();
        return c instanceof IOException && trace.length > 0 && RESPONSE_STREAM.equals(trace[0].getClassName());
    }
}
