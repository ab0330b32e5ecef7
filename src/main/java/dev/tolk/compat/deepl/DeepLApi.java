package dev.tolk.compat.deepl;

import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.BadRequestException;

/** What the DeepL resources share: their OpenAPI tag, and how a glossary id is read. */
final class DeepLApi {

    static final String TAG = "DeepL API v2";
    static final String TAG_DESCRIPTION = "DeepL's API, served by tolk: point a DeepL client, CMS plugin or script at "
            + "tolk's URL. Danish in, English out; errors are DeepL's {\"message\"} bodies with DeepL's statuses.";

    private DeepLApi() {
    }

    /** A glossary id as DeepL gives them out (a UUID, any case); anything else is a 400, as DeepL answers it. */
    static String glossaryId(String id) {
        String candidate = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        try {
            // fromString also takes short forms such as 1-2-3-4-5: only the canonical form is an id.
            if (UUID.fromString(candidate).toString().equals(candidate)) {
                return candidate;
            }
        } catch (IllegalArgumentException notAUuid) {
            // answered below
        }
        throw new BadRequestException("Invalid glossary ID.");
    }
}
