package dev.tolk.compat.deepl;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tolk.compat.CompatConfig;
import dev.tolk.pipeline.TranslatedCharacters;
import dev.tolk.security.CallerUsage;

/**
 * DeepL's account and language calls: what its clients ask at start (usage, to check the key; the languages, to fill
 * their menus) and the glossary language pairs. DeepL's clients send some of them as POST with a form body, so both
 * methods are served.
 */
@Path("/v2")
@Tag(name = DeepLApi.TAG, description = DeepLApi.TAG_DESCRIPTION)
@SecurityRequirement(name = "deeplAuthKey")
@Produces(MediaType.APPLICATION_JSON)
public class DeepLInfoResource {

    private final TranslatedCharacters translated;
    private final DeepLAuth auth;
    private final DeepLErrors errors;
    private final CompatConfig config;
    private final CallerUsage callerUsage;

    DeepLInfoResource(TranslatedCharacters translated, DeepLAuth auth, DeepLErrors errors, CompatConfig config,
            CallerUsage callerUsage) {
        this.translated = translated;
        this.auth = auth;
        this.errors = errors;
        this.config = config;
        this.callerUsage = callerUsage;
    }

    @GET
    @Path("usage")
    @Operation(operationId = "deeplUsage", summary = "Characters translated and the limit (DeepL API v2)",
            description = "With API keys on: the calling key's characters this month (UTC, all replicas, counted as "
                    + "DeepL bills them) and its charactersPerMonth (tolk.compat.usage-limit when it has none). With "
                    + "keys off: the characters this replica has translated since it started, and "
                    + "tolk.compat.usage-limit.")
    @APIResponse(responseCode = "200", description = "Usage", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeepLShapes.Usage.class)))
    public DeepLShapes.Usage usage(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("auth_key") @Parameter(hidden = true) String authKey) {
        auth.check(authorization, authKey);
        return callerUsage.now().map(u -> new DeepLShapes.Usage(u.characters().used(),
                u.characters().limit() != null ? u.characters().limit() : config.usageLimit()))
                .orElseGet(() -> new DeepLShapes.Usage(translated.total(), config.usageLimit()));
    }

    @POST
    @Path("usage")
    @Operation(hidden = true)
    public DeepLShapes.Usage usagePost(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @RestForm("auth_key") String authKey) {
        return usage(authorization, authKey);
    }

    @GET
    @Path("languages")
    @Operation(operationId = "deeplLanguages", summary = "Source or target languages (DeepL API v2)")
    @APIResponse(responseCode = "200", description = "DA as source; EN-GB and EN-US as targets", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = DeepLShapes.Language.class)))
    public List<DeepLShapes.Language> languages(
            @QueryParam("type") @Parameter(description = "source (default) or target") String type,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("auth_key") @Parameter(hidden = true) String authKey) {
        auth.check(authorization, authKey);
        return "target".equalsIgnoreCase(type) ? DeepLLanguages.TARGETS : DeepLLanguages.SOURCES;
    }

    @POST
    @Path("languages")
    @Operation(hidden = true)
    public List<DeepLShapes.Language> languagesPost(@RestForm("type") String type,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @RestForm("auth_key") String authKey) {
        return languages(type, authorization, authKey);
    }

    @GET
    @Path("glossary-language-pairs")
    @Operation(operationId = "deeplGlossaryLanguagePairs", summary = "Language pairs glossaries may have (DeepL API v2)")
    @APIResponse(responseCode = "200", description = "da → en", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeepLShapes.LanguagePairs.class)))
    public DeepLShapes.LanguagePairs glossaryLanguagePairs(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("auth_key") @Parameter(hidden = true) String authKey) {
        auth.check(authorization, authKey);
        return new DeepLShapes.LanguagePairs(List.of(
                new DeepLShapes.LanguagePair(DeepLLanguages.GLOSSARY_SOURCE, DeepLLanguages.GLOSSARY_TARGET)));
    }

    @ServerExceptionMapper
    Response error(Exception e) {
        return errors.response(e);
    }
}
