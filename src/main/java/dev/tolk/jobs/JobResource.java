package dev.tolk.jobs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tolk.web.Problem;
import dev.tolk.web.RequestOptions;
import io.smallrye.common.annotation.RunOnVirtualThread;

/** Async jobs: the batch body in, {@code 202} and a job to poll (or a webhook) out. */
@Path("/v1/jobs")
@Tag(name = "Batch and jobs", description = "Many articles at once: synchronously (a batch) or in the background (a job, polled or called back)")
@SecurityRequirement(name = "bearer")
public class JobResource {

    private final Jobs jobs;

    JobResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(operationId = "submitJob", summary = "Queue up to 50 articles; poll the job at Location, or be called back at callbackUrl")
    @APIResponse(responseCode = "202", description = "Accepted; the job document, its URL in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobDocument.class)))
    public Response submit(@Valid @NotNull JobRequest request, @HeaderParam("Cache-Control") String cacheControl) {
        JobDocument job = jobs.submit(request, RequestOptions.noCache(cacheControl));
        // Relative, as sent: behind a proxy tolk does not know its public host.
        return Response.status(Response.Status.ACCEPTED).header("Location", "/v1/jobs/" + job.id()).entity(job).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(operationId = "getJob", summary = "A job's status, progress, results and errors")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobDocument.class)))
    @APIResponse(responseCode = "404", description = "No such job, or it expired (urn:tolk:problem:job-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public JobDocument get(@PathParam("id") String id) {
        return jobs.find(id);
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(operationId = "cancelJob", summary = "Cancel a job: articles not started are skipped, those running finish")
    @APIResponse(responseCode = "200", description = "The cancelled job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobDocument.class)))
    @APIResponse(responseCode = "404", description = "No such job, or it expired (urn:tolk:problem:job-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The job has already ended (urn:tolk:problem:job-finished)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public JobDocument cancel(@PathParam("id") String id) {
        return jobs.cancel(id);
    }
}
