package dev.tolk.security;

/** Keys are on and the request carried none: 401 on {@code /v1} (DeepL and LibreTranslate answer 403). */
public class ApiKeyMissingException extends RuntimeException {
    public ApiKeyMissingException(String detail) {
        super(detail);
    }
}
