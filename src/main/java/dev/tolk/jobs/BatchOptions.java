package dev.tolk.jobs;

/**
 * What a batch or job asks of each of its articles.
 *
 * @param refresh skip cache reads and overwrite what is cached ({@code Cache-Control: no-cache} on the request)
 */
record BatchOptions(boolean translate, boolean summarize, boolean refresh) {
}
