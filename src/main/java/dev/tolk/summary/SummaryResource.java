package dev.tolk.summary;

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

import dev.tolk.article.Article;
import dev.tolk.fidelity.SourceLanguages;
import dev.tolk.llm.Deadline;
import dev.tolk.llm.LlmConfig;
import dev.tolk.markup.MarkupArticles;
import dev.tolk.web.RequestOptions;
import io.smallrye.common.annotation.RunOnVirtualThread;

@Path("/v1/summarize")
@Tag(name = "Summary")
public class SummaryResource {

    private final MarkupArticles articles;
    private final SourceLanguages sources;
    private final SummaryService summaries;
    private final LlmConfig llm;

    SummaryResource(MarkupArticles articles, SourceLanguages sources, SummaryService summaries, LlmConfig llm) {
        this.articles = articles;
        this.sources = sources;
        this.summaries = summaries;
        this.llm = llm;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(summary = "Summarise a Danish article as English bullets")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "seed", ref = "#/components/examples/summarizeSeed")))
    public SummaryResponse summarize(@Valid @NotNull SummarizeRequest request,
            @HeaderParam("Cache-Control") String cacheControl) {
        // Markdown and HTML are summarised as their plain text: bullets never carry markup.
        Article article = articles.parse(request.format(), request.title(), request.text()).plain();
        return SummaryResponse.of(summaries.summarize(article, sources.resolve(request.source(), article),
                request.bulletLimit(), request.glossary(), RequestOptions.noCache(cacheControl), Deadline.in(llm.resilience().deadline())));
    }
}
