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
import dev.tolk.task.AcceptedTask;
import dev.tolk.translation.TranslationResponse;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Multi;

@Path("/v1/translate")
@Tag(name = "Translation", description = "A Danish article in English, paragraph by paragraph (JSON or Server-Sent Events)")
@SecurityRequirement(name = "bearer")
public class TranslationResource {

    private final Pipeline pipeline;
    private final EventStreams streams;

    TranslationResource(Pipeline pipeline, EventStreams streams) {
        this.pipeline = pipeline;
        this.streams = streams;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(operationId = "translate", summary = "Danish article to English translation",
            description = "Paragraphs (blank-line separated) stay paragraphs, in order. Send Cache-Control: no-cache "
                    + "to bypass and refresh the cache. Send Accept: text/event-stream to receive it as Server-Sent "
                    + "Events (delta, reset, done, error; see the README).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "seed", ref = "#/components/examples/translateSeed")))
    public TranslationResponse translate(@Valid @NotNull TranslationRequest request,
            @HeaderParam("Cache-Control") String cacheControl) {
        return pipeline.translate(request.task(cacheControl));
    }

    /**
     * The same translation as Server-Sent Events ({@code Accept: text/event-stream}). The request is accepted before
     * the stream starts, so a bad one is an ordinary problem response; what happens after that is told in events
     * (see README, "Streaming").
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    // Blocking (a worker thread) for the parsing and language detection before the stream starts; the model
    // calls run on the stream's own virtual thread. (@RunOnVirtualThread is refused for a method returning Multi.)
    @Blocking
    @Operation(hidden = true)
    public Multi<OutboundSseEvent> translateStream(@Valid @NotNull TranslationRequest request,
            @HeaderParam("Cache-Control") String cacheControl, @Context Sse sse) {
        AcceptedTask task = pipeline.accept(request.task(cacheControl));
        return streams.stream(sse, "translate", events -> pipeline.translate(task, events));
    }
}
