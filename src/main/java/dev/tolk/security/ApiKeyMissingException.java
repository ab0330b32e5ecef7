package dev.tolk.security;

import dev.tolk.web.Problem;
import dev.tolk.web.ProblemException;

/** Keys are on and the request carried none: 401 on {@code /v1} (DeepL and LibreTranslate answer 403). */
public class ApiKeyMissingException extends ProblemException {
    public ApiKeyMissingException(String detail) {
        super(new Problem(Problem.API_KEY_MISSING, "API key missing", 401, detail));
    }
}
