package dev.tolk.llm;

/**
 * Where the text of a streamed model reply goes as it arrives. The gateway calls {@link #attemptStarted()} before
 * every attempt (a retry, the fallback backend, a re-ask), so whatever an earlier attempt already passed on can be
 * taken back. Implementations must not throw: the call may be a cache load other requests wait for.
 */
public interface TokenSink {

    /** Not streaming: the gateway uses the backend's blocking API. */
    TokenSink NONE = new TokenSink() {
        @Override
        public void attemptStarted() {
        }

        @Override
        public void token(String text) {
        }
    };

    void attemptStarted();

    void token(String text);
}
