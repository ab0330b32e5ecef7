package dev.tolk.summary;

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

import dev.tolk.article.Article;
import dev.tolk.fidelity.SourceLanguages;
import dev.tolk.fidelity.SourceLanguages.Source;
import dev.tolk.llm.Deadline;
import dev.tolk.llm.LlmConfig;
import dev.tolk.markup.MarkupArticles;
import dev.tolk.streaming.EventStreams;
import dev.tolk.streaming.ItemStream;
import dev.tolk.web.RequestOptions;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Multi;

@Path("/v1/summarize")
@Tag(name = "Summary")
public class SummaryResource {

    private final MarkupArticles articles;
    private final SourceLanguages sources;
    private final SummaryService summaries;
    private final LlmConfig llm;
    private final EventStreams streams;

    SummaryResource(MarkupArticles articles, SourceLanguages sources, SummaryService summaries, LlmConfig llm,
            EventStreams streams) {
        this.articles = articles;
        this.sources = sources;
        this.summaries = summaries;
        this.llm = llm;
        this.streams = streams;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(summary = "Summarise a Danish article as English bullets",
            description = "Send Accept: text/event-stream to receive the summary as Server-Sent Events (delta, reset, "
                    + "done, error; see the README).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "seed", ref = "#/components/examples/summarizeSeed")))
    public SummaryResponse summarize(@Valid @NotNull SummarizeRequest request,
            @HeaderParam("Cache-Control") String cacheControl) {
        // Markdown and HTML are summarised as their plain text: bullets never carry markup.
        Article article = articles.parse(request.format(), request.title(), request.text()).plain();
        return SummaryResponse.of(summaries.summarize(article, sources.resolve(request.source(), article),
                request.bulletLimit(), request.glossary(), RequestOptions.noCache(cacheControl), Deadline.in(llm.resilience().deadline())));
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
        // Markdown and HTML are summarised as their plain text: bullets never carry markup.
        Article article = articles.parse(request.format(), request.title(), request.text()).plain();
        Source source = sources.resolve(request.source(), article);
        boolean refresh = RequestOptions.noCache(cacheControl);
        Deadline deadline = Deadline.in(llm.resilience().deadline());
        return streams.stream(sse, "summarize", events -> {
            ItemStream bullets = new ItemStream("bullet", events);
            try {
                Summary s = summaries.summarize(article, source, request.bulletLimit(), request.glossary(), refresh,
                        deadline, bullets);
                bullets.settle(s.bullets().stream().map(Bullet::text).toList());
                return SummaryResponse.of(s);
            } finally {
                bullets.close();
            }
        });
    }
}
