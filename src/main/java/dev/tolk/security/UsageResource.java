package dev.tolk.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.smallrye.common.annotation.RunOnVirtualThread;

/** {@code GET /v1/usage}: the calling key, its limits and how much of each it has used. */
@Path("/v1/usage")
@Tag(name = UsageResource.TAG, description = "The calling API key's limits and use")
@SecurityRequirement(name = "bearer")
public class UsageResource {

    static final String TAG = "Usage";

    private final CallerUsage usage;

    UsageResource(CallerUsage usage) {
        this.usage = usage;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(operationId = "usage", summary = "The calling key's limits and use",
            description = "Requests this minute and characters this month (UTC), counted across all replicas. With "
                    + "API keys off (tolk.auth.enabled=false) nothing is counted per key: every field is null.")
    @APIResponse(responseCode = "200", description = "Usage", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Usage.class)))
    public Usage usage() {
        return usage.now().orElse(new Usage(null, null, null));
    }
}
