package dev.tolk.jobs;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchResponse", description = "One item per article, in request order")
public record BatchResponse(List<ItemResult> results) {
}
