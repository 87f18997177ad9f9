package io.claimtrack.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a crashed stream thread up to {@code maxFailures} times within {@code window}; one more
 * crash in that window shuts the instance down, so a persistent fault does not spin forever.
 */
final class FailureBudget implements StreamsUncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureBudget.class);

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> failures = new ArrayDeque<>();

    FailureBudget(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable error) {
        Instant now = clock.instant();
        while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
            failures.removeFirst();
        }
        failures.addLast(now);
        if (failures.size() > maxFailures) {
            LOG.error(
                    "stream thread failed {} times within {}; shutting this instance down",
                    failures.size(),
                    window,
                    error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        LOG.warn(
                "stream thread failed ({} of {} allowed within {}); replacing it",
                failures.size(),
                maxFailures,
                window,
                error);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
