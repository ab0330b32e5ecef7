/**
 * LibreTranslate's API, served by tolk: {@code POST /translate}, {@code POST /detect}, {@code GET /languages} and
 * {@code GET /frontend/settings}, in the shapes of LibreTranslate's own {@code app.py}, with its {@code {"error": ...}}
 * bodies, so LibreTranslate's clients, browser add-ons and web page work against tolk by changing the URL. Each
 * {@code q} is one article through the pipeline; the presented {@code api_key} is read in {@link LibreAuth} only.
 */
package dev.tolk.compat.libretranslate;
