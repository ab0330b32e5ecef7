package dev.tolk.jobs;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.quarkus.arc.Unremovable;

/**
 * Checks {@link MaxArticles} against the configured limit. A bean (so the config can be injected) that Hibernate
 * Validator looks up by type at run time, which ArC cannot see at build time: hence unremovable.
 */
@ApplicationScoped
@Unremovable
public class MaxArticlesCheck implements ConstraintValidator<MaxArticles, List<?>> {

    /** Looked up when used: Quarkus builds its validators at static init, before run-time config exists. */
    private final Provider<BatchConfig> config;

    MaxArticlesCheck(Provider<BatchConfig> config) {
        this.config = config;
    }

    @Override
    public boolean isValid(List<?> articles, ConstraintValidatorContext context) {
        if (articles != null && !articles.isEmpty() && articles.size() <= config.get().maxArticles()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must have 1 to " + config.get().maxArticles() + " articles")
                .addConstraintViolation();
        return false;
    }
}
