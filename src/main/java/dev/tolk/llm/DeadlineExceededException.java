package dev.tolk.llm;

/** The request's overall deadline passed before a backend answered: the client gets a 504. */
public class DeadlineExceededException extends RuntimeException {

    public DeadlineExceededException(String message) {
        super(message);
    }
}
