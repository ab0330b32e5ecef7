package dev.tolk.web;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem responses every {@code /v1} POST shares, in one place instead of five annotations on
 * each endpoint. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Invalid request: missing, empty or invisible text, a field of the wrong type or value, an unknown field, "
                    + "malformed JSON or UTF-8, anything after the JSON value, JSON or markup nested too deeply, a "
                    + "Content-Encoding",
            "408", "The body did not arrive within tolk.http.upload-timeout",
            "413", "Text over the configured limit (tolk.limits.max-text-chars), or a body over "
                    + "quarkus.http.limits.max-body-size",
            "415", "Body not sent as application/json",
            "422", "source: auto found a language tolk does not translate (it translates Danish, Norwegian, Swedish)",
            "503", "No backend could answer (down, failing, breaker open, not configured); see Retry-After",
            "504", "The request deadline passed before a backend answered");

    /** What every {@code /v1} operation may answer when API keys are on (dev.tolk.security). */
    private static final Map<String, String> KEY_PROBLEMS = Map.of(
            "401", "No API key sent (Authorization: Bearer <key>); only when API keys are on",
            "403", "The API key is not valid",
            "429", "The key's requests per minute or characters per month are used up; see Retry-After");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/v1/") && item.getPOST() != null) {
                addProblems(item.getPOST(), PROBLEMS);
            }
            if (path.startsWith("/v1/") && item.getOperations() != null) {
                item.getOperations().values().forEach(op -> addProblems(op, KEY_PROBLEMS));
            }
        });
    }

    private static void addProblems(Operation op, Map<String, String> problems) {
        problems.forEach((code, description) -> {
            APIResponse response = OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
            if (code.equals("503") || code.equals("504") || code.equals("429")) {
                response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
            op.getResponses().addAPIResponse(code, response);
        });
    }

}
