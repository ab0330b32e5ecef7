package dev.tolk.pipeline;

import dev.tolk.summary.SummaryResponse;
import dev.tolk.translation.TranslationResponse;

/** The translation and the summary of one article, made in one go. */
public record Digest(TranslationResponse translation, SummaryResponse summary) {
}
