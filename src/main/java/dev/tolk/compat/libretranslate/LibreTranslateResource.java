package dev.tolk.compat.libretranslate;

import java.util.ArrayList;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tolk.compat.ArticleBatch;
import dev.tolk.compat.CompatConfig;
import dev.tolk.compat.WarningsHeader;
import dev.tolk.fidelity.Warning;
import dev.tolk.translation.TranslationResponse;
import io.smallrye.common.annotation.RunOnVirtualThread;

/** LibreTranslate's {@code POST /translate}: each {@code q} one article through the pipeline. */
@Path("/translate")
@Tag(name = LibreApi.TAG, description = LibreApi.TAG_DESCRIPTION)
// No HTTP-level scheme: LibreTranslate's key is the api_key field of the body, which an OpenAPI security scheme
// cannot describe (the body schema documents it); an empty requirement says so explicitly.
@SecurityRequirementsSet
public class LibreTranslateResource {

    private final ArticleBatch batch;
    private final Detections detections;
    private final LibreAuth auth;
    private final LibreErrors errors;
    private final CompatConfig config;

    LibreTranslateResource(ArticleBatch batch, Detections detections, LibreAuth auth, LibreErrors errors,
            CompatConfig config) {
        this.batch = batch;
        this.detections = detections;
        this.auth = auth;
        this.errors = errors;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(operationId = "libretranslateTranslate", summary = "Translate text (LibreTranslate API)",
            description = "q is one article (or an array of them), translated with the same cache and checks as "
                    + "/v1/translate. tolk's fidelity warnings are in tolk_warnings and the " + WarningsHeader.NAME
                    + " header. Also accepted as application/x-www-form-urlencoded and multipart/form-data.")
    @APIResponse(responseCode = "200", description = "The translation", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LibreShapes.Translation.class)))
    public Response translateJson(LibreTranslateBody body) {
        if (body == null) {
            throw new BadRequestException("Invalid JSON format");
        }
        return translate(body);
    }

    @POST
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    // Documented with translateJson: OpenAPI has one operation per path and method, with every body.
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = LibreTranslateBody.class)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(implementation = LibreTranslateBody.class)) })
    public Response translateForm(@BeanParam LibreTranslateBody.Form form) {
        return translate(form.body());
    }

    /** Any other body: LibreTranslate's 400 rather than the /v1 problem document a 415 would get. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response translateOther() {
        throw new BadRequestException("Invalid request: send JSON, a form or a multipart form");
    }

    @ServerExceptionMapper
    Response error(Exception e) {
        return errors.response(e);
    }

    /**
     * {@code Cache-Control} is not read: LibreTranslate's API has no such option, and some HTTP clients send
     * {@code no-cache} on every request, which would skip tolk's cache (see the DeepL adapter).
     */
    private Response translate(LibreTranslateBody body) {
        auth.check(body.apiKey());
        List<String> texts = body.texts();
        List<TranslationResponse> done = batch.translate(body.tasks(config.maxTexts()));
        List<String> translated = new ArrayList<>();
        List<LibreShapes.Detection> detected = new ArrayList<>();
        List<List<Warning>> warnings = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            translated.add(done.get(i).text());
            if (body.detecting()) {
                detected.add(detections.translated(texts.get(i), done.get(i).source()));
            }
            warnings.add(done.get(i).warnings());
        }
        String header = WarningsHeader.value(warnings);
        boolean many = body.batch();
        LibreShapes.Translation out = new LibreShapes.Translation(
                many ? translated : translated.get(0),
                !body.detecting() ? null : many ? detected : detected.get(0),
                !body.alternativesAsked() ? null : many ? texts.stream().map(t -> List.of()).toList() : List.of(),
                header == null ? null : many ? warnings : warnings.get(0));
        return Response.ok(out).header(WarningsHeader.NAME, header).build();
    }
}
