/**
 * DeepL's API v2, served by tolk: {@code /v2/translate}, {@code /v2/usage}, {@code /v2/languages},
 * {@code /v2/glossaries} and {@code /v2/glossary-language-pairs}, in DeepL's shapes, statuses and
 * {@code {"message": ...}} error bodies, so DeepL's own client libraries and every tool built on them work against
 * tolk by changing the server URL. Each text is one article through the pipeline; a {@code glossary_id} is a
 * glossary of {@link dev.tolk.glossary.GlossaryStore}; the presented key is read in {@link DeepLAuth} only.
 */
package dev.tolk.compat.deepl;
