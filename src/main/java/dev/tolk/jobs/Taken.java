package dev.tolk.jobs;

/**
 * Work a worker took from the queue and has not finished.
 *
 * @param receipt   what the queue needs to acknowledge it (the Redis stream entry id), or null
 * @param reclaimed whether it was taken over from a worker that stopped before finishing it
 */
record Taken(Work work, String receipt, boolean reclaimed) {
}
