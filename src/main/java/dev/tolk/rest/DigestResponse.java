package dev.tolk.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tolk.summary.SummaryResponse;
import dev.tolk.translation.TranslationResponse;

@Schema(name = "DigestResponse", description = "The translation and the summary of one article")
public record DigestResponse(String id, TranslationResponse translation, SummaryResponse summary) {
}
