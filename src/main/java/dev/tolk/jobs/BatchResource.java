package dev.tolk.jobs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tolk.pipeline.CharacterQuota;
import dev.tolk.web.RequestOptions;
import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * Many articles in one synchronous call. The whole batch fails only when the request is malformed; an article that
 * fails gets its own problem, and the others their results.
 */
@Path("/v1/articles/batch")
@Tag(name = "Batch and jobs", description = "Many articles at once: synchronously (a batch) or in the background (a job, polled or called back)")
@SecurityRequirement(name = "bearer")
public class BatchResource {

    private final ArticleRunner runner;
    private final CharacterQuota quota;

    BatchResource(ArticleRunner runner, CharacterQuota quota) {
        this.runner = runner;
        this.quota = quota;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(operationId = "batch", summary = "Translate and/or summarise up to 50 articles; per-article results or problems, in order")
    public BatchResponse batch(@Valid @NotNull BatchRequest request,
            @HeaderParam("Cache-Control") String cacheControl) {
        // The articles run on threads of their own, without the caller: the whole batch is charged here, up front.
        quota.charge(ArticleCharacters.of(request.articles()));
        return new BatchResponse(runner.runAll(request.articles(),
                request.options(RequestOptions.noCache(cacheControl))));
    }
}
