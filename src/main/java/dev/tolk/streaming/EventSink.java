package dev.tolk.streaming;

/**
 * Sends one Server-Sent Event. Never throws: once the client is gone, events are dropped, and the work goes on
 * (it may be a cache load other requests share).
 */
@FunctionalInterface
public interface EventSink {

    /** Not streaming: nobody listens, and the work is done without streaming it. */
    EventSink NONE = (event, data) -> {
    };

    void send(String event, Object data);
}
