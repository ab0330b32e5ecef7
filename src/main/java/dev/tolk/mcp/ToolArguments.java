package dev.tolk.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.tolk.language.TargetVariant;
import dev.tolk.markup.Format;
import dev.tolk.rest.SummarizeRequest;
import dev.tolk.rest.TranslationRequest;
import dev.tolk.task.ArticleTask;

/**
 * Checks a tool call's arguments and turns them into the pipeline's {@link ArticleTask}. The checks are the ones the
 * {@code /v1} request records declare (Bean Validation, property by property), so a tool argument and the JSON field
 * it mirrors cannot come to accept different values; only the names differ ({@code max_bullets} is
 * {@code maxBullets}), and a violation names the tool argument. A missing {@code text} and a value of the wrong JSON
 * type are refused earlier, by {@link RawArguments} (also as a tool error, not a protocol error).
 */
@ApplicationScoped
class ToolArguments {

    /** The arguments of one call as sent; null where the caller left one out. */
    record Article(String text, String title, String source, String format, String target,
            Map<String, String> glossary, Integer maxBullets) {
    }

    /** The arguments break a rule; the message says which, by argument name. */
    static final class Invalid extends RuntimeException {
        Invalid(String detail) {
            super(detail);
        }
    }

    private final Validator validator;

    ToolArguments(Validator validator) {
        this.validator = validator;
    }

    /**
     * @throws Invalid naming every argument that breaks a rule
     */
    ArticleTask task(Article a) {
        List<String> problems = new ArrayList<>();
        check(problems, "text", TranslationRequest.class, "text", a.text());
        check(problems, "title", TranslationRequest.class, "title", a.title());
        check(problems, "source", TranslationRequest.class, "source", a.source());
        check(problems, "format", TranslationRequest.class, "format", a.format());
        check(problems, "target", TranslationRequest.class, "target", a.target());
        check(problems, "glossary", TranslationRequest.class, "glossary", a.glossary());
        check(problems, "max_bullets", SummarizeRequest.class, "maxBullets", a.maxBullets());
        if (!problems.isEmpty()) {
            throw new Invalid(String.join("; ", problems));
        }
        return ArticleTask.of(a.title(), a.text()).withFormat(Format.of(a.format())).withSource(a.source())
                .withTarget(TargetVariant.of(a.target())).withGlossary(a.glossary())
                .withMaxBullets(a.maxBullets() == null ? ArticleTask.DEFAULT_BULLETS : a.maxBullets());
    }

    private void check(List<String> problems, String argument, Class<?> request, String property, Object value) {
        validator.validateValue(request, property, value).stream().map(ConstraintViolation::getMessage).distinct()
                .sorted().forEach(message -> problems.add(argument + ": " + message));
    }
}
