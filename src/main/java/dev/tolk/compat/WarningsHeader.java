package dev.tolk.compat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.tolk.fidelity.Warning;

/**
 * tolk's fidelity warnings as a response header, for clients of APIs that have no place for them in the body (DeepL
 * and LibreTranslate clients ignore both this header and the extra {@code tolk_warnings} field).
 */
public final class WarningsHeader {

    /** {@code X-Tolk-Warnings: 0:numbers, 2:glossary}: the text's position in the request (from 0) and the check. */
    public static final String NAME = "X-Tolk-Warnings";

    private WarningsHeader() {
    }

    /** The header's value for each text's warnings, in request order; null when no text has any. */
    public static String value(List<List<Warning>> perText) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < perText.size(); i++) {
            Set<String> codes = new LinkedHashSet<>();
            perText.get(i).forEach(w -> codes.add(w.code()));
            for (String code : codes) {
                out.add(i + ":" + code);
            }
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }
}
