package dev.tolk.security;

/** The presented key matches no configured key (or none is configured): 403. */
public class ApiKeyInvalidException extends RuntimeException {
    public ApiKeyInvalidException(String detail) {
        super(detail);
    }
}
