package dev.tolk.bench;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;

/**
 * The benchmark's reference point (bench/run.sh): a bare JSON endpoint in the same app, with the same HTTP stack,
 * JSON codec and body size as {@code /v1/translate} but no work. Its request rate is the ceiling a cache hit of
 * tolk is compared with. Off unless {@code tolk.bench.enabled=true} (TOLK_BENCH_ENABLED): it is not part of the
 * API, and a disabled endpoint is a plain 404.
 */
@Path("/bench/echo")
@EndpointDisabled(name = "tolk.bench.enabled", stringValue = "false", disableIfMissing = true)
public class EchoResource {

    /** Parses the body and sends it back. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Object> echo(Map<String, Object> body) {
        return body;
    }
}
