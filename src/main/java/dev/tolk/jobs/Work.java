package dev.tolk.jobs;

/**
 * One unit of queued work: an article of a job, or the delivery of its webhook.
 *
 * @param item the article's index in the job, or {@link #WEBHOOK}
 */
record Work(String job, int item) {

    static final int WEBHOOK = -1;

    static Work webhook(String job) {
        return new Work(job, WEBHOOK);
    }

    boolean isWebhook() {
        return item == WEBHOOK;
    }
}
