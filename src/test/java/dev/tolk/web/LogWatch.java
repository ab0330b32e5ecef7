package dev.tolk.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the service logs at WARN or above while a hostile request is handled (Quarkus tests run the service
 * in the test's JVM, on the JBoss LogManager behind java.util.logging): a client's bad request must not be logged as
 * tolk's error, and no input may flood the log.
 */
final class LogWatch extends Handler {

    private final List<String> records = new CopyOnWriteArrayList<>();

    static LogWatch install() {
        LogWatch watch = new LogWatch();
        watch.setLevel(Level.WARNING);
        Logger.getLogger("").addHandler(watch);
        return watch;
    }

    void uninstall() {
        Logger.getLogger("").removeHandler(this);
    }

    List<String> warningsAndErrors() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            records.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
