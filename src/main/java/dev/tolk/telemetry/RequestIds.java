package dev.tolk.telemetry;

import java.util.UUID;

/**
 * Request ids: the caller's own (from {@code X-Request-Id}, so a gateway's id ties its logs to tolk's), reduced to
 * characters that are safe in a log line and a header, and cut to a bounded length; a new random one otherwise.
 * Written by hand because it is one loop: no library rule says which characters an id may hold.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key: every log line of a request carries it ({@code mdc.requestId} in the JSON log). */
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    /**
     * @param sent      the caller's header value, or {@code null}
     * @param maxLength the longest id kept
     * @return the caller's id without unsafe characters and cut to {@code maxLength}, or a new id when nothing is
     *         left of it
     */
    public static String accept(String sent, int maxLength) {
        if (sent != null) {
            StringBuilder kept = new StringBuilder(Math.min(sent.length(), maxLength));
            for (int i = 0; i < sent.length() && kept.length() < maxLength; i++) {
                char c = sent.charAt(i);
                if (isSafe(c)) {
                    kept.append(c);
                }
            }
            if (!kept.isEmpty()) {
                return kept.toString();
            }
        }
        return UUID.randomUUID().toString();
    }

    /** Letters, digits and the punctuation common in ids; no spaces, quotes, control characters or line breaks. */
    private static boolean isSafe(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == '+' || c == '=' || c == '@';
    }
}
