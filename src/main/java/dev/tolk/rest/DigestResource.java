package dev.tolk.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tolk.pipeline.Digest;
import dev.tolk.pipeline.Pipeline;
import io.smallrye.common.annotation.RunOnVirtualThread;

/** The digest a desk wants in one call: translation and summary. */
@Path("/v1/articles")
@Tag(name = "Digest", description = "Translation and summary of one article in one call")
@SecurityRequirement(name = "bearer")
public class DigestResource {

    private final Pipeline pipeline;

    DigestResource(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(operationId = "digest", summary = "Translation and summary of a Danish article in one call")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "seed", ref = "#/components/examples/digestSeed")))
    public DigestResponse digest(@Valid @NotNull DigestRequest request, @HeaderParam("Cache-Control") String cacheControl) {
        Digest digest = pipeline.digest(request.task(cacheControl));
        String id = request.id() != null && !request.id().isBlank() ? request.id() : UUID.randomUUID().toString();
        return new DigestResponse(id, digest.translation(), digest.summary());
    }
}
