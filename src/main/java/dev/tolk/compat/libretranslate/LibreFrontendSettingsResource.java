package dev.tolk.compat.libretranslate;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

import dev.tolk.article.LimitsConfig;
import dev.tolk.compat.CompatConfig;

/** {@code GET /frontend/settings}: what LibreTranslate's page and clients read at start. */
@Path("/frontend/settings")
@Tag(name = LibreApi.TAG, description = LibreApi.TAG_DESCRIPTION)
// No HTTP-level scheme: LibreTranslate's key is the api_key field of the body, which an OpenAPI security scheme
// cannot describe (the body schema documents it); an empty requirement says so explicitly.
@SecurityRequirementsSet
public class LibreFrontendSettingsResource {

    private final LimitsConfig limits;
    private final CompatConfig config;
    private final LibreAuth auth;

    LibreFrontendSettingsResource(LimitsConfig limits, CompatConfig config, LibreAuth auth) {
        this.limits = limits;
        this.config = config;
        this.auth = auth;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "libretranslateFrontendSettings", summary = "Client settings (LibreTranslate API)",
            description = "charLimit is tolk.limits.max-text-chars; no file translation, no suggestions.")
    public LibreShapes.FrontendSettings settings() {
        LibreShapes.Language da = LibreApi.LANGUAGES.get(0);
        LibreShapes.Language en = LibreApi.LANGUAGES.get(1);
        return new LibreShapes.FrontendSettings(limits.maxTextChars(), config.frontendTimeout().toMillis(),
                auth.keysRequired(), auth.keysRequired(), false, false, List.of(),
                new LibreShapes.FrontendLanguages(new LibreShapes.Named(da.code(), da.name()),
                        new LibreShapes.Named(en.code(), en.name())));
    }
}
