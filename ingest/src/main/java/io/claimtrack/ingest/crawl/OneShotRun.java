package io.claimtrack.ingest.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Counts the tasks of a one-shot run, so the run knows when everything it started is done. */
public final class OneShotRun {
    private static final int MAX_FAILURES = 200;

    private final Map<Outcome.Status, Integer> byStatus = new EnumMap<>(Outcome.Status.class);
    private final List<String> failures = new ArrayList<>();
    private int pending;

    /** A completion callback for one more task of this run. */
    public synchronized Consumer<Outcome.Done> track(FetchTask task) {
        pending++;
        return done -> finished(task, done);
    }

    private synchronized void finished(FetchTask task, Outcome.Done done) {
        pending--;
        byStatus.merge(done.status(), 1, Integer::sum);
        boolean bad =
                switch (done.status()) {
                    case FAILED, NOT_HTML, ROBOTS_DISALLOWED, EXTRACTION_FAILED -> true;
                    default -> false;
                };
        if (bad && failures.size() < MAX_FAILURES) {
            failures.add(
                    task.url()
                            + ": "
                            + done.status()
                            + (done.detail() == null ? "" : " " + done.detail()));
        }
        notifyAll();
    }

    /** Waits until no task is pending; false on timeout. */
    public synchronized boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (pending > 0) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    public synchronized Map<Outcome.Status, Integer> byStatus() {
        return new EnumMap<>(byStatus);
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    public synchronized int count(Outcome.Status status) {
        return byStatus.getOrDefault(status, 0);
    }
}
