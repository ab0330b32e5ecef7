package dev.tolk.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of a REST call leaves as {@code application/problem+json}, made by {@link Problems}. One mapper per
 * exception family only because RESTEasy Reactive picks the most specific mapper, and Quarkus has its own for
 * validation and JSON errors that would otherwise win.
 */
public class ProblemMappers {

    private final Problems problems;

    ProblemMappers(Problems problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        return problems.response(e);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return problems.response(e);
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e) {
        return problems.response(e);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return problems.response(e);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return problems.response(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return problems.response(e);
    }

    @ServerExceptionMapper
    public Response utf8(InvalidUtf8Exception e) {
        return problems.response(e);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return problems.response(e);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        return problems.response(e);
    }

    @ServerExceptionMapper
    public Response any(Exception e) {
        return problems.response(e);
    }
}
