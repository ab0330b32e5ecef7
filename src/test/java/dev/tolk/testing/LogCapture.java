package dev.tolk.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Everything the application logs while open, caught in process by a handler on the root logger (the JBoss
 * LogManager Quarkus runs on), each record with its MDC as it was when logged.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    private LogCapture() {
        setLevel(Level.ALL);
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.root.addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        ExtLogRecord ext = ExtLogRecord.wrap(record);
        ext.copyAll(); // the MDC and the formatted message as they are now, on the logging thread
        records.add(ext);
    }

    public List<ExtLogRecord> records() {
        return List.copyOf(records);
    }

    /** Records at INFO or above: what a production log shows. */
    public List<ExtLogRecord> infoAndAbove() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue()).toList();
    }

    /** A record as a log pipeline would see it: message, logger, MDC and the whole chain of causes. */
    public static String rendered(ExtLogRecord r) {
        StringBuilder out = new StringBuilder().append(r.getLoggerName()).append(' ').append(r.getFormattedMessage())
                .append(' ').append(r.getMdcCopy());
        for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
            out.append(" | ").append(t);
            for (Throwable s : t.getSuppressed()) {
                out.append(" | ").append(s);
            }
        }
        return out.toString();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
