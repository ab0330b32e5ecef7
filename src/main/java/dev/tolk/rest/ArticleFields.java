package dev.tolk.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.tolk.markup.Format;
import dev.tolk.task.ArticleTask;
import dev.tolk.web.RequestOptions;

/**
 * The fields every {@code /v1} article request shares: their constraints (composed here once, so the three request
 * records cannot drift apart), their documentation, and how they become the pipeline's {@link ArticleTask}.
 */
interface ArticleFields {

    String TEXT_DOC = "Article body; paragraphs separated by blank lines";
    String GLOSSARY_DOC = "Required English renderings of Danish terms, on top of the house glossary; part of the cache "
            + "key, and checked in the output";
    String GLOSSARY_EXAMPLE = "{\"Folketinget\": \"the Danish Parliament\"}";
    String FORMAT_DOC = "Format of text; markdown and HTML structure is kept and only the words are translated";
    String TARGET_DOC = "en and en-GB use British spelling, en-US American";

    String title();

    String text();

    String source();

    Map<String, String> glossary();

    String format();

    /** The task these fields ask for; {@code Cache-Control: no-cache} (or no-store) asks for a fresh answer. */
    default ArticleTask task(String cacheControl) {
        return ArticleTask.of(title(), text()).withFormat(Format.of(format())).withSource(source())
                .withGlossary(glossary()).withRefresh(RequestOptions.noCache(cacheControl));
    }

    @Size(max = 1000)
    @Constraint(validatedBy = {})
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    @interface Title {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @NotBlank
    @Constraint(validatedBy = {})
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    @interface Text {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Pattern(regexp = "da|auto", message = "must be da or auto")
    @Constraint(validatedBy = {})
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    @interface SourceCode {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Pattern(regexp = "en|en-GB|en-US", message = "must be en, en-GB or en-US")
    @Constraint(validatedBy = {})
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    @interface TargetCode {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Pattern(regexp = "text|markdown|html", message = "must be text, markdown or html")
    @Constraint(validatedBy = {})
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    @interface FormatName {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Min(1)
    @Max(10)
    @Constraint(validatedBy = {})
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    @interface BulletCount {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** At most 200 entries; each term and rendering (see {@link GlossaryText}). */
    @Size(max = 200)
    @Constraint(validatedBy = {})
    @Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
    @Retention(RUNTIME)
    @interface GlossarySize {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @NotBlank
    @Size(max = 200)
    @Constraint(validatedBy = {})
    @Target({ TYPE_USE })
    @Retention(RUNTIME)
    @interface GlossaryText {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
