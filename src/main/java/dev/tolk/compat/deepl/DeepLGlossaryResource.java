package dev.tolk.compat.deepl;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tolk.glossary.GlossaryConfig;
import dev.tolk.glossary.GlossaryStore;
import dev.tolk.glossary.StoredGlossary;
import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * DeepL's glossary calls (v2), so a desk manages its house terms with DeepL's own tools: create from TSV or CSV entries,
 * list, get, get entries, delete. Kept in {@link GlossaryStore} (Redis when configured, else this pod's memory).
 */
@Path("/v2/glossaries")
@Tag(name = DeepLApi.TAG, description = DeepLApi.TAG_DESCRIPTION)
@SecurityRequirement(name = "deeplAuthKey")
@RunOnVirtualThread
public class DeepLGlossaryResource {

    static final String TSV = "text/tab-separated-values";

    private final GlossaryStore store;
    private final GlossaryConfig.Store limits;
    private final DeepLAuth auth;
    private final DeepLErrors errors;

    DeepLGlossaryResource(GlossaryStore store, GlossaryConfig config, DeepLAuth auth, DeepLErrors errors) {
        this.store = store;
        this.limits = config.store();
        this.auth = auth;
        this.errors = errors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deeplCreateGlossary", summary = "Create a glossary (DeepL API v2)",
            description = "A form, as DeepL's clients send it, or the same as JSON. da → en only. Its id, sent as "
                    + "glossary_id with a translation, makes its entries the request glossary: in the prompt, the "
                    + "cache key and the checks.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = DeepLGlossaryBody.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeepLShapes.Glossary.class)))
    public Response createForm(MultivaluedMap<String, String> form,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return create(DeepLGlossaryBody.fromForm(form), authorization);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    // Documented with createForm: OpenAPI has one operation per path and method, with both bodies.
    public Response createJson(DeepLGlossaryBody body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (body == null) {
            throw new BadRequestException("The request body must be a JSON object.");
        }
        return create(body, authorization);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deeplListGlossaries", summary = "List glossaries (DeepL API v2)")
    public DeepLShapes.Glossaries list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("auth_key") @Parameter(hidden = true) String authKey) {
        auth.check(authorization, authKey);
        return new DeepLShapes.Glossaries(store.list().stream().map(DeepLShapes.Glossary::of).toList());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deeplGetGlossary", summary = "A glossary's details (DeepL API v2)")
    public DeepLShapes.Glossary get(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("auth_key") @Parameter(hidden = true) String authKey) {
        auth.check(authorization, authKey);
        return DeepLShapes.Glossary.of(found(id));
    }

    @GET
    @Path("{id}/entries")
    @Produces(TSV)
    @Operation(operationId = "deeplGlossaryEntries", summary = "A glossary's entries as TSV (DeepL API v2)")
    public String entries(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("auth_key") @Parameter(hidden = true) String authKey) {
        auth.check(authorization, authKey);
        return GlossaryEntries.tsv(store.entries(DeepLApi.glossaryId(id)).orElseThrow(DeepLGlossaryResource::notFound));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deeplDeleteGlossary", summary = "Delete a glossary (DeepL API v2)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("auth_key") @Parameter(hidden = true) String authKey) {
        auth.check(authorization, authKey);
        if (!store.delete(DeepLApi.glossaryId(id))) {
            throw notFound();
        }
        return Response.noContent().build();
    }

    @ServerExceptionMapper
    Response error(Exception e) {
        return errors.response(e);
    }

    private Response create(DeepLGlossaryBody body, String authorization) {
        auth.check(authorization, body.authKey());
        String name = body.checkedName();
        var entries = GlossaryEntries.read(body.entriesFormat(), body.entries(), limits);
        try {
            StoredGlossary created = store.create(name, DeepLLanguages.GLOSSARY_SOURCE,
                    DeepLLanguages.GLOSSARY_TARGET, entries);
            return Response.status(Response.Status.CREATED).entity(DeepLShapes.Glossary.of(created)).build();
        } catch (GlossaryStore.FullException e) {
            throw new WebApplicationException(e.getMessage(), DeepLErrors.QUOTA_EXCEEDED);
        }
    }

    private StoredGlossary found(String id) {
        return store.get(DeepLApi.glossaryId(id)).orElseThrow(DeepLGlossaryResource::notFound);
    }

    /** Not {@code NotFoundException}: its problem detail is the generic "No such resource". */
    private static WebApplicationException notFound() {
        return new WebApplicationException("Glossary not found.", Response.Status.NOT_FOUND);
    }
}
