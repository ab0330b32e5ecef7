package dev.tolk.compat.libretranslate;

import java.util.List;

/** What the LibreTranslate resources share: their OpenAPI tag and tolk's languages in LibreTranslate's terms. */
final class LibreApi {

    static final String TAG = "LibreTranslate API";
    static final String TAG_DESCRIPTION = "LibreTranslate's API, served by tolk: point a LibreTranslate client, "
            + "browser add-on or script at tolk's URL. Danish in, English out; errors are LibreTranslate's "
            + "{\"error\"} bodies.";

    /** English is listed so LibreTranslate's page can offer it as the target of Danish. */
    static final List<LibreShapes.Language> LANGUAGES = List.of(
            new LibreShapes.Language("da", "Danish", List.of("en")),
            new LibreShapes.Language("en", "English", List.of()));

    private LibreApi() {
    }
}
