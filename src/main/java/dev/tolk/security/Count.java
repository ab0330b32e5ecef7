package dev.tolk.security;

import java.time.Duration;

/**
 * The outcome of counting: whether the amount fit under the limit (and was added), the total now, and how long until
 * the window starts afresh.
 */
record Count(boolean admitted, long total, Duration resetsIn) {
}
