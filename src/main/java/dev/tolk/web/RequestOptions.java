package dev.tolk.web;

import java.util.Locale;

/** Small request-header and defaulting rules shared by every endpoint and adapter. */
public final class RequestOptions {

    private RequestOptions() {
    }

    /** {@code Cache-Control: no-cache} (or no-store) asks for a fresh answer: skip cache reads, refresh entries. */
    public static boolean noCache(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        String cc = cacheControl.toLowerCase(Locale.ROOT);
        return cc.contains("no-cache") || cc.contains("no-store");
    }
}
