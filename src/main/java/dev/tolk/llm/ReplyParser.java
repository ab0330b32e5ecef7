package dev.tolk.llm;

/** Turns a model's reply text into a value, or throws {@link UnusableReplyException}. Runs inside the retry. */
@FunctionalInterface
public interface ReplyParser<T> {
    T parse(String reply);
}
