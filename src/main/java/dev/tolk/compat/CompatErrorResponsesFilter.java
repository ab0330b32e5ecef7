package dev.tolk.compat;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the error responses of the DeepL ({@code /v2/...}) and LibreTranslate ({@code /translate},
 * {@code /detect}) endpoints in their own shapes, in one place instead of on every method. The {@code /v1} problem
 * documents ({@code web.ProblemResponsesFilter}) never reach these paths.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CompatErrorResponsesFilter implements OASFilter {

    private static final String DEEPL_ERROR = "DeepLError";
    private static final String LIBRE_ERROR = "LibreTranslateError";

    private static final Map<String, String> DEEPL = Map.of(
            "400", "Bad request: a missing or unsupported parameter (the message says which)",
            "403", "The key was refused (once tolk's API keys are on)",
            "429", "Too many requests; see Retry-After",
            "503", "No backend could answer, or the deadline passed; see Retry-After");
    private static final Map<String, String> DEEPL_TRANSLATE = Map.of(
            "413", "A text over tolk.limits.max-text-chars",
            "456", "Quota exceeded (once tolk's quotas are on)");
    private static final Map<String, String> LIBRE = Map.of(
            "400", "Invalid request: a missing or unsupported parameter, or a text over the limit",
            "403", "The key was refused (once tolk's API keys are on)",
            "429", "Slow down; see Retry-After",
            "503", "No backend could answer, or the deadline passed; see Retry-After");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean any = false;
        for (var e : openAPI.getPaths().getPathItems().entrySet()) {
            String path = e.getKey();
            if (path.startsWith("/v2/")) {
                Map<String, String> errors = new TreeMap<>(DEEPL);
                if (path.equals("/v2/translate")) {
                    errors.putAll(DEEPL_TRANSLATE);
                }
                if (path.startsWith("/v2/glossaries/")) {
                    errors.put("404", "No such glossary");
                }
                if (path.equals("/v2/glossaries")) {
                    errors.put("456", "tolk.glossary.store.max-glossaries glossaries are stored already");
                }
                document(e.getValue(), errors, DEEPL_ERROR);
                any = true;
            } else if (path.equals("/translate") || path.equals("/detect")) {
                document(e.getValue(), LIBRE, LIBRE_ERROR);
                any = true;
            }
        }
        if (any) {
            openAPI.getComponents().addSchema(DEEPL_ERROR, error("message", "DeepL's error body"));
            openAPI.getComponents().addSchema(LIBRE_ERROR, error("error", "LibreTranslate's error body"));
        }
    }

    private static void document(PathItem item, Map<String, String> errors, String schema) {
        for (Operation op : item.getOperations().values()) {
            errors.forEach((code, description) -> {
                APIResponse response = OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema))));
                if (code.equals("503") || code.equals("429")) {
                    response.addHeader("Retry-After", OASFactory.createHeader()
                            .description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
                }
                op.getResponses().addAPIResponse(code, response);
            });
        }
    }

    private static Schema error(String field, String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description)
                .addProperty(field, OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
