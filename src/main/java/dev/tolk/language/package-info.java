/**
 * Which language an article is translated from: {@link dev.tolk.language.SourceLanguages} resolves a request's
 * {@code source} ({@code da} or {@code auto}) into a {@link dev.tolk.language.Source}, or refuses a language tolk does
 * not translate.
 */
package dev.tolk.language;
