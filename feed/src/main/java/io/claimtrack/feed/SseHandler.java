package io.claimtrack.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.claimtrack.model.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * {@code /events}: server-sent events carrying batches of row changes. Event ids are {@code
 * epoch:seq}; a browser that reconnects sends the last one back ({@code Last-Event-ID}) and gets
 * what it missed, or a {@code reset} event when the server no longer holds it.
 */
final class SseHandler implements HttpHandler {
    static final int MAX_BATCH = 500;
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final FeedView view;
    private final BooleanSupplier running;
    private final AtomicInteger clients = new AtomicInteger();

    SseHandler(FeedView view, BooleanSupplier running) {
        this.view = view;
        this.running = running;
    }

    /** One batch on the wire: the final state of every row the batch touched. */
    record Batch(String epoch, long seq, List<FeedItem> upserts, List<String> removes) {}

    int clients() {
        return clients.get();
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!Http.readOnly(ex)) {
            return;
        }
        String[] cursor = cursor(ex);
        Http.common(ex);
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("X-Accel-Buffering", "no");
        ex.sendResponseHeaders(200, 0);
        clients.incrementAndGet();
        try (OutputStream out = ex.getResponseBody()) {
            write(out, "retry: 2000\n\n");
            stream(out, cursor[0], parseSeq(cursor[1]));
        } catch (IOException e) {
            // The browser went away: nothing to report, its EventSource reconnects if it wants.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.decrementAndGet();
        }
    }

    private void stream(OutputStream out, String epoch, long after)
            throws IOException, InterruptedException {
        while (running.getAsBoolean()) {
            FeedView.Changes ch = view.changesSince(epoch, after, MAX_BATCH);
            if (ch.reset()) {
                String data =
                        Json.mapper()
                                .writeValueAsString(Map.of("epoch", ch.epoch(), "seq", ch.seq()));
                write(out, "event: reset\ndata: " + data + "\n\n");
                return;
            }
            if (!ch.changes().isEmpty()) {
                Batch batch = collapse(ch.epoch(), ch.changes());
                String data = Json.mapper().writeValueAsString(batch);
                write(
                        out,
                        "id: "
                                + epoch
                                + ":"
                                + batch.seq()
                                + "\nevent: changes\ndata: "
                                + data
                                + "\n\n");
                after = batch.seq();
                continue;
            }
            view.awaitChangeAfter(after, HEARTBEAT);
            if (view.seq() <= after) {
                write(out, ": keep-alive\n\n");
            }
        }
    }

    static Batch collapse(String epoch, List<FeedChange> changes) {
        Map<String, FeedItem> last = new LinkedHashMap<>();
        for (FeedChange c : changes) {
            switch (c) {
                case FeedChange.Upsert u -> last.put(u.item().id(), u.item());
                case FeedChange.Remove r -> last.put(r.id(), null);
            }
        }
        List<FeedItem> upserts = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        last.forEach(
                (id, item) -> {
                    if (item == null) {
                        removes.add(id);
                    } else {
                        upserts.add(item);
                    }
                });
        return new Batch(epoch, changes.getLast().seq(), upserts, removes);
    }

    /**
     * {@code [epoch, seq]} from Last-Event-ID, else from the query ({@code epoch}, {@code since}).
     */
    private static String[] cursor(HttpExchange ex) {
        String last = ex.getRequestHeaders().getFirst("Last-Event-ID");
        if (last != null && last.indexOf(':') > 0) {
            int colon = last.lastIndexOf(':');
            return new String[] {last.substring(0, colon), last.substring(colon + 1)};
        }
        Map<String, String> q = Http.query(ex);
        return new String[] {q.getOrDefault("epoch", ""), q.getOrDefault("since", "-1")};
    }

    private static long parseSeq(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
