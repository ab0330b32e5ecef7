package dev.tolk.compat.libretranslate;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/** {@code GET /languages}: Danish, translated into English. */
@Path("/languages")
@Tag(name = LibreApi.TAG, description = LibreApi.TAG_DESCRIPTION)
// No HTTP-level scheme: LibreTranslate's key is the api_key field of the body, which an OpenAPI security scheme
// cannot describe (the body schema documents it); an empty requirement says so explicitly.
@SecurityRequirementsSet
public class LibreLanguagesResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "libretranslateLanguages", summary = "Languages and their targets (LibreTranslate API)")
    @APIResponse(responseCode = "200", description = "The languages", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = LibreShapes.Language.class)))
    public List<LibreShapes.Language> languages() {
        return LibreApi.LANGUAGES;
    }
}
