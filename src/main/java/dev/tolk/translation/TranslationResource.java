package dev.tolk.translation;

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
import dev.tolk.web.RequestOptions;
import io.smallrye.common.annotation.RunOnVirtualThread;

@Path("/v1/translate")
@Tag(name = "Translation")
public class TranslationResource {

    private final MarkupArticles articles;
    private final SourceLanguages sources;
    private final TranslationService translations;
    private final LlmConfig llm;

    TranslationResource(MarkupArticles articles, SourceLanguages sources, TranslationService translations, LlmConfig llm) {
        this.articles = articles;
        this.sources = sources;
        this.translations = translations;
        this.llm = llm;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @Operation(summary = "Danish article to English translation",
            description = "Paragraphs (blank-line separated) stay paragraphs, in order. Send Cache-Control: no-cache "
                    + "to bypass and refresh the cache.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "seed", ref = "#/components/examples/translateSeed")))
    public TranslationResponse translate(@Valid @NotNull TranslationRequest request,
            @HeaderParam("Cache-Control") String cacheControl) {
        MarkedUpArticle article = articles.parse(request.format(), request.title(), request.text());
        Source source = sources.resolve(request.source(), article.plain());
        Translation t = translations.translate(article.article(), article.format(), source, request.targetVariant(),
                request.glossary(), RequestOptions.noCache(cacheControl), Deadline.in(llm.resilience().deadline()));
        return TranslationResponse.of(t, article.render(t.paragraphs()), source.code(), request.targetVariant());
    }
}
