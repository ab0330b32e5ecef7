package dev.tolk.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import dev.tolk.pipeline.Pipeline;
import dev.tolk.streaming.EventStreams;
import dev.tolk.summary.SummaryResponse;
import dev.tolk.task.AcceptedTask;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Multi;

@Path("/v1/summarize")
@Tag(name = "Summary", description = "A Danish article as English bullets, each citing the paragraphs it rests on")
@SecurityRequirement(name = "bearer")
public class SummaryResource {

    private final Pipeline pipeline;
    private final EventStreams streams;

    SummaryResource(Pipeline pipeline, EventStreams streams) {
        this.pipeline = pipeline;
        this.streams = streams;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(operationId = "summarize", summary = "Summarise a Danish article as English bullets",
            description = "Send Accept: text/event-stream to receive the summary as Server-Sent Events (delta, reset, "
                    + "done, error; see the README).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "seed", ref = "#/components/examples/summarizeSeed")))
    public SummaryResponse summarize(@Valid @NotNull SummarizeRequest request,
            @HeaderParam("Cache-Control") String cacheControl) {
        return pipeline.summarize(request.task(cacheControl));
    }

    /**
     * The same summary as Server-Sent Events ({@code Accept: text/event-stream}); a bad request is an ordinary
     * problem response before the stream starts (see README, "Streaming").
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    // Blocking (a worker thread) for the parsing and language detection before the stream starts; the model
    // calls run on the stream's own virtual thread. (@RunOnVirtualThread is refused for a method returning Multi.)
    @Blocking
    @Operation(hidden = true)
    public Multi<OutboundSseEvent> summarizeStream(@Valid @NotNull SummarizeRequest request,
            @HeaderParam("Cache-Control") String cacheControl, @Context Sse sse) {
        AcceptedTask task = pipeline.accept(request.task(cacheControl));
        return streams.stream(sse, "summarize", events -> pipeline.summarize(task, events));
    }
}
