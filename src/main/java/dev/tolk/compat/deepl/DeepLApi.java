package dev.tolk.compat.deepl;

import java.util.UUID;

import jakarta.ws.rs.BadRequestException;

/** What the DeepL resources share: their OpenAPI tag, and how a glossary id is read. */
final class DeepLApi {

    static final String TAG = "DeepL API v2";
    static final String TAG_DESCRIPTION = "DeepL's API, served by tolk: point a DeepL client, CMS plugin or script at "
            + "tolk's URL. Danish in, English out; errors are DeepL's {\"message\"} bodies with DeepL's statuses.";

    private DeepLApi() {
    }

    /** A glossary id as DeepL gives them out (a UUID); anything else is a 400, as DeepL answers it. */
    static String glossaryId(String id) {
        String candidate = id == null ? "" : id.strip();
        try {
            return UUID.fromString(candidate).toString().equals(candidate.toLowerCase(java.util.Locale.ROOT))
                    ? candidate.toLowerCase(java.util.Locale.ROOT) : invalid();
        } catch (IllegalArgumentException e) {
            return invalid();
        }
    }

    private static String invalid() {
        throw new BadRequestException("Invalid glossary ID.");
    }
}
