/**
 * Drop-in APIs for the tools desks already have: {@link dev.tolk.compat.deepl} serves DeepL's API v2 and
 * {@link dev.tolk.compat.libretranslate} LibreTranslate's API, so a CMS plugin, browser add-on or script wired to
 * either works against tolk by changing its server URL. Both are thin: they parse their API's request into
 * {@link dev.tolk.task.ArticleTask}s, run them through the {@link dev.tolk.pipeline.Pipeline} ({@link ArticleBatch}),
 * and write the answer, or the {@link dev.tolk.web.Problem} of a failure, in their API's shape.
 */
package dev.tolk.compat;
