package dev.tolk.compat.deepl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tolk.compat.ArticleBatch;
import dev.tolk.compat.CompatConfig;
import dev.tolk.compat.WarningsHeader;
import dev.tolk.fidelity.Warning;
import dev.tolk.glossary.GlossaryStore;
import dev.tolk.pipeline.TranslatedCharacters;
import dev.tolk.translation.TranslationResponse;
import io.smallrye.common.annotation.RunOnVirtualThread;

/** DeepL's {@code POST /v2/translate}: each text one article through the pipeline, answered in request order. */
@Path("/v2/translate")
@Tag(name = DeepLApi.TAG, description = DeepLApi.TAG_DESCRIPTION)
@SecurityRequirement(name = "deeplAuthKey")
public class DeepLTranslateResource {

    private final ArticleBatch batch;
    private final GlossaryStore glossaries;
    private final DeepLAuth auth;
    private final DeepLErrors errors;
    private final CompatConfig config;

    DeepLTranslateResource(ArticleBatch batch, GlossaryStore glossaries, DeepLAuth auth, DeepLErrors errors,
            CompatConfig config) {
        this.batch = batch;
        this.glossaries = glossaries;
        this.auth = auth;
        this.errors = errors;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(operationId = "deeplTranslate", summary = "Translate texts (DeepL API v2)",
            description = "Form fields as DeepL's clients send them (repeat text for several texts), or the same as a "
                    + "JSON object with text an array. Each text is one article, translated with the same cache and "
                    + "checks as /v1/translate. tolk's fidelity warnings are in tolk_warnings and the "
                    + WarningsHeader.NAME + " header.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = DeepLTranslateBody.class)))
    @APIResponse(responseCode = "200", description = "The translations, in request order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeepLShapes.Translations.class)))
    public Response translateForm(MultivaluedMap<String, String> form,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return translate(DeepLTranslateBody.fromForm(form), authorization);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    // Documented with translateForm: OpenAPI has one operation per path and method, with both bodies.
    public Response translateJson(DeepLTranslateBody body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (body == null) {
            throw new BadRequestException("The request body must be a JSON object.");
        }
        return translate(body, authorization);
    }

    /** Any other body: DeepL's 400 rather than the /v1 problem document a 415 would get. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response translateOther() {
        throw new BadRequestException("Send the parameters as application/x-www-form-urlencoded or application/json.");
    }

    @ServerExceptionMapper
    Response error(Exception e) {
        return errors.response(e);
    }

    /**
     * {@code Cache-Control} is not read here (DeepL's API has no such option): DeepL's Java client sends
     * {@code no-cache} on every request (its HttpURLConnection has caching off), which would skip tolk's cache for
     * every desk using it.
     */
    private Response translate(DeepLTranslateBody body, String authorization) {
        auth.check(authorization, body.authKey());
        Map<String, String> glossary = glossary(body);
        List<TranslationResponse> done = batch.translate(body.tasks(glossary, config));
        List<DeepLShapes.Translation> out = new ArrayList<>(done.size());
        List<List<Warning>> warnings = new ArrayList<>(done.size());
        for (int i = 0; i < done.size(); i++) {
            TranslationResponse t = done.get(i);
            out.add(new DeepLShapes.Translation(DeepLLanguages.detected(t.source()), t.text(),
                    body.showBilled() ? TranslatedCharacters.of(body.text().get(i)) : null,
                    t.warnings().isEmpty() ? null : t.warnings()));
            warnings.add(t.warnings());
        }
        return Response.ok(new DeepLShapes.Translations(out))
                .header(WarningsHeader.NAME, WarningsHeader.value(warnings)).build();
    }

    /** The entries of {@code glossary_id}: they become the request glossary, as /v1's {@code glossary} field does. */
    private Map<String, String> glossary(DeepLTranslateBody body) {
        if (body.glossaryId() == null || body.glossaryId().isBlank()) {
            return Map.of();
        }
        if (body.sourceLang() == null || body.sourceLang().isBlank()) {
            throw new BadRequestException("Use of a glossary requires the source_lang parameter to be specified.");
        }
        return glossaries.entries(DeepLApi.glossaryId(body.glossaryId()))
                .orElseThrow(() -> new BadRequestException("Glossary not found: " + body.glossaryId().strip()));
    }
}
