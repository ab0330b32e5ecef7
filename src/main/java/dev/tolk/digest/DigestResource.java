package dev.tolk.digest;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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

import dev.tolk.fidelity.SourceLanguages;
import dev.tolk.fidelity.SourceLanguages.Source;
import dev.tolk.llm.Deadline;
import dev.tolk.llm.LlmConfig;
import dev.tolk.markup.MarkedUpArticle;
import dev.tolk.markup.MarkupArticles;
import dev.tolk.summary.Summary;
import dev.tolk.summary.SummaryResponse;
import dev.tolk.summary.SummaryService;
import dev.tolk.translation.TargetVariant;
import dev.tolk.translation.TranslationResponse;
import dev.tolk.translation.Translation;
import dev.tolk.translation.TranslationService;
import dev.tolk.web.RequestOptions;
import io.smallrye.common.annotation.RunOnVirtualThread;

/** The digest a desk wants in one call: translation and summary, produced concurrently. */
@Path("/v1/articles")
@Tag(name = "Digest")
public class DigestResource {

    private final MarkupArticles articles;
    private final SourceLanguages sources;
    private final TranslationService translations;
    private final SummaryService summaries;
    private final LlmConfig llm;

    DigestResource(MarkupArticles articles, SourceLanguages sources, TranslationService translations,
            SummaryService summaries, LlmConfig llm) {
        this.articles = articles;
        this.sources = sources;
        this.translations = translations;
        this.summaries = summaries;
        this.llm = llm;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(summary = "Translation and summary of a Danish article in one call")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "seed", ref = "#/components/examples/digestSeed")))
    public DigestResponse digest(@Valid @NotNull DigestRequest request, @HeaderParam("Cache-Control") String cacheControl) {
        MarkedUpArticle article = articles.parse(request.format(), request.title(), request.text());
        Source source = sources.resolve(request.source(), article.plain());
        TargetVariant target = TargetVariant.of(request.target() == null ? "en" : request.target());
        boolean refresh = RequestOptions.noCache(cacheControl);
        int bullets = request.maxBullets() == null ? 5 : request.maxBullets();
        Deadline deadline = Deadline.in(llm.resilience().deadline());

        CompletableFuture<Translation> translation = CompletableFuture.supplyAsync(
                () -> translations.translate(article.article(), article.format(), source, target, request.glossary(),
                        refresh, deadline),
                Thread.ofVirtual()::start);
        // The summary reads the plain text, so its bullets never carry markup.
        Summary summary = summaries.summarize(article.plain(), source, bullets, request.glossary(), refresh, deadline);
        String id = request.id() != null && !request.id().isBlank() ? request.id() : UUID.randomUUID().toString();
        Translation t = deadline.await(translation);
        return new DigestResponse(id, TranslationResponse.of(t, article.render(t.paragraphs()), source.code(), target),
                SummaryResponse.of(summary));
    }
}
