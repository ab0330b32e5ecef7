package dev.tolk.llm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;

/**
 * One attempt with a backend's streaming API, made to look like a blocking call: it waits for the whole reply, so
 * {@link BackendGuard}'s timeout, bulkhead, breaker and retry wrap it exactly as they wrap a blocking call, and the
 * reply is parsed and checked as one. The text is passed on as it arrives.
 * <p>
 * Once the attempt is over (done, failed, or interrupted by the guard's timeout) nothing more from it reaches the
 * sink, so a late token of an abandoned attempt cannot land after the next attempt's reset.
 */
final class StreamedCall {

    private StreamedCall() {
    }

    static ChatResponse chat(Backend backend, ChatRequest request, TokenSink sink) {
        sink.attemptStarted();
        if (backend.streamingModel() == null) {
            ChatResponse response = backend.chatModel().chat(request);
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            if (text != null) {
                sink.token(text);
            }
            return response;
        }
        Gate gate = new Gate(sink);
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        backend.streamingModel().chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                gate.handle = context.streamingHandle();
                gate.token(partial.text());
            }

            @Override
            public void onPartialResponse(String text) {
                gate.token(text);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            // The guard's per-attempt timeout (or shutdown): stop reading the stream, and report it as the
            // interruption it is, which FailureClassifier counts as a timeout.
            gate.close(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Streaming call interrupted", e);
        } catch (ExecutionException e) {
            gate.close(true);
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            gate.close(false);
        }
    }

    /** Passes tokens on until closed; closing and passing on exclude each other. */
    private static final class Gate {
        private final TokenSink sink;
        private boolean open = true;
        private volatile StreamingHandle handle;

        Gate(TokenSink sink) {
            this.sink = sink;
        }

        synchronized void token(String text) {
            if (open && text != null && !text.isEmpty()) {
                sink.token(text);
            }
        }

        /** @param cancel also stop the stream (a failed or abandoned attempt; a finished one has ended anyway) */
        void close(boolean cancel) {
            synchronized (this) {
                if (!open) {
                    return;
                }
                open = false;
            }
            StreamingHandle h = handle;
            if (cancel && h != null && !h.isCancelled()) {
                try {
                    h.cancel();
                } catch (RuntimeException ignored) {
                    // Best effort: the HTTP client's own timeout ends the stream anyway.
                }
            }
        }
    }
}
