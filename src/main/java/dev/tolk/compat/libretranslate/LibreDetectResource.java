package dev.tolk.compat.libretranslate;

import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@code POST /detect}: the language of {@code q}. */
@Path("/detect")
@Tag(name = LibreApi.TAG, description = LibreApi.TAG_DESCRIPTION)
// No HTTP-level scheme: LibreTranslate's key is the api_key field of the body, which an OpenAPI security scheme
// cannot describe (the body schema documents it); an empty requirement says so explicitly.
@SecurityRequirementsSet
public class LibreDetectResource {

    private final Detections detections;
    private final LibreAuth auth;
    private final LibreErrors errors;

    LibreDetectResource(Detections detections, LibreAuth auth, LibreErrors errors) {
        this.detections = detections;
        this.auth = auth;
        this.errors = errors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "libretranslateDetect", summary = "Detect the language of a text (LibreTranslate API)",
            description = "Also accepted as a form or multipart form.")
    @APIResponse(responseCode = "200", description = "The language", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = LibreShapes.Detection.class)))
    public List<LibreShapes.Detection> detectJson(LibreTranslateBody body) {
        if (body == null) {
            throw new BadRequestException("Invalid JSON format");
        }
        auth.check(body.apiKey());
        return List.of(detections.detect(String.join("\n\n", body.texts())));
    }

    @POST
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public List<LibreShapes.Detection> detectForm(@BeanParam LibreTranslateBody.Form form) {
        return detectJson(form.body());
    }

    @ServerExceptionMapper
    Response error(Exception e) {
        return errors.response(e);
    }
}
