package dev.tolk.mcp;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;

import dev.tolk.streaming.EventSink;
import dev.tolk.task.AcceptedTask;
import io.quarkiverse.mcp.server.Progress;

/**
 * Turns a streamed job's events into MCP progress notifications, for a client that sent a progress token. The
 * pipeline streams each item (a translated segment, a summary bullet) as the model writes it, in {@code delta}
 * events that carry the item's number; an item counts once its first text arrives. The chunks of a long article run
 * in parallel and each writes its segments in order, so the count climbs as chunks progress and reaches the total
 * when the last chunk is under way. A {@code reset} (a retry or re-ask) does not take progress back: MCP progress
 * only ever increases. Closed when the call ends: a digest whose summary failed returns while its translation still
 * runs, and MCP allows no notification after the response.
 */
final class ProgressEvents implements EventSink, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProgressEvents.class);

    private final Progress progress;
    /** The item number's name in a delta, and what the message calls items: {@code segment}, {@code bullet}. */
    private final String item;
    private final String activity;
    private final Integer total;
    private final Set<Integer> begun = new HashSet<>();
    private boolean closed;

    private ProgressEvents(Progress progress, String item, String activity, Integer total) {
        this.progress = progress;
        this.item = item;
        this.activity = activity;
        this.total = total;
    }

    /** Progress in translated segments: the title and each paragraph. */
    static ProgressEvents segments(Progress progress, AcceptedTask task) {
        var article = task.article().article();
        return new ProgressEvents(progress, "segment", "Translating",
                (article.title().isPresent() ? 1 : 0) + article.paragraphs().size());
    }

    /** Progress in summary bullets, whose number is not known beforehand. */
    static ProgressEvents bullets(Progress progress) {
        return new ProgressEvents(progress, "bullet", "Summarising", null);
    }

    /**
     * What the job should report to: this, or {@link EventSink#NONE} when the client sent no progress token (the job
     * is then not streamed at all, and uses the backend's ordinary API).
     */
    EventSink sink() {
        return progress.token().isPresent() ? this : EventSink.NONE;
    }

    @Override
    public synchronized void send(String event, Object data) {
        if (closed || !"delta".equals(event) || !(data instanceof Map<?, ?> delta)
                || !(delta.get(item) instanceof Integer n) || !begun.add(n)) {
            return;
        }
        int done = begun.size();
        var notification = progress.notificationBuilder().setProgress(done);
        if (total != null) {
            notification.setTotal(total);
        }
        String count = total != null ? done + " of " + total : String.valueOf(done);
        notification.setMessage(activity + ": " + count + " " + item + (done == 1 && total == null ? "" : "s"));
        try {
            notification.build().sendAndForget();
        } catch (RuntimeException e) {
            // An EventSink never throws: the work goes on (it may be a cache load others share) if the client left.
            LOG.debugf("Progress notification not sent: %s", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
