package dev.tolk.jobs;

/** A {@code callbackUrl} tolk will not call: not http(s), or an internal address that is not allowed (400). */
public class CallbackRefusedException extends RuntimeException {

    public CallbackRefusedException(String reason) {
        super("callbackUrl: " + reason);
    }
}
