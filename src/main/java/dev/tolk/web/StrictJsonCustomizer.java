package dev.tolk.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request JSON is read strictly, so a careless or hostile body is a 400 rather than something tolk guesses at:
 * <ul>
 * <li>fields of the wrong JSON type are refused, not converted: Jackson by default reads {@code 42} or {@code true}
 * into a String field, {@code 2.5} into an int one and {@code "3"} into an Integer, which would send {@code "42"} to a
 * model as an article or quietly round a bullet count;</li>
 * <li>anything after the one JSON value (a second object, garbage) is refused, not ignored;</li>
 * <li>Jackson's stream-read constraints (nesting depth, number, name and string length) come from
 * {@link HttpLimitsConfig}, so a 10 000-deep body or a 100 000-digit number fails fast while being read.</li>
 * </ul>
 * Model replies are read with the same mapper; {@code llm.JsonReply} tolerates trailing text there on purpose.
 */
@Singleton
class StrictJsonCustomizer implements ObjectMapperCustomizer {

    private final HttpLimitsConfig limits;

    StrictJsonCustomizer(HttpLimitsConfig limits) {
        this.limits = limits;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        HttpLimitsConfig.Json json = limits.json();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(json.maxNestingDepth())
                .maxNumberLength(json.maxNumberLength())
                .maxNameLength(json.maxNameLength())
                .maxStringLength(json.maxStringLength())
                .build());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
    }
}
