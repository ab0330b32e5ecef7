package dev.tolk.streaming;

/**
 * Sends one Server-Sent Event. Never throws: once the client is gone, events are dropped, and the work goes on
 * (it may be a cache load other requests share).
 */
@FunctionalInterface
public interface EventSink {
    void send(String event, Object data);
}
