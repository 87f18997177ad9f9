package io.claimtrack.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Elasticsearch 9 cluster in its own JVM on 127.0.0.1, built from the server jar and
 * the transport-netty4 module that Maven resolved. HTTP port and home directory are fixed at
 * construction, so {@link #stop()} then {@link #start(Duration)} brings the same node back with its
 * indices.
 *
 * <p>Layout of its home: {@code config/}, {@code data/}, {@code modules/transport-netty4/} and
 * {@code logs/} ({@code elasticsearch.log}, {@code stdout.log}).
 */
public final class ElasticsearchNode extends ChildNode {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchNode.class);
    private static final String MAIN = "io.claimtrack.devstack.es.EsNodeMain";
    private static final String CLUSTER = "claimtrack-dev";

    private final Path home;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    /**
     * @param home the node's home directory (created if missing)
     * @param port the HTTP port, 0 for a free one
     * @param heap the JVM heap, e.g. {@code 384m}
     * @param jdk the JDK 21+ to run it with
     */
    public ElasticsearchNode(Path home, int port, String heap, Jdk jdk) {
        super(Ports.resolve("Elasticsearch HTTP", port), heap, jdk);
        this.home = home.toAbsolutePath();
    }

    /** Starts the node and waits until {@code GET /_cluster/health} reports at least yellow. */
    public synchronized void start(Duration timeout) {
        if (process != null && process.isAlive()) {
            return;
        }
        Ports.requireFree("Elasticsearch HTTP", port);
        List<String> command = javaCommand();
        // Netty must not fix the processor count JVM-wide; also keeps restarts clean.
        command.add("-Des.set.netty.runtime.available.processors=false");
        command.add("-cp");
        command.add(NodeJars.classpath(NodeJars.ELASTICSEARCH));
        command.add(MAIN);
        command.add(home.toString());
        command.add(Integer.toString(port));
        command.add(CLUSTER);
        Path logs = home.resolve("logs");
        process =
                ChildProcess.start(
                        "Elasticsearch node",
                        command,
                        home.getParent(),
                        logs.resolve("stdout.log"),
                        List.of(logs.resolve("elasticsearch.log")));
        process.awaitReady(this::healthy, timeout);
        LOG.info("Elasticsearch node up at {} (pid {}, home {})", url(), process.pid(), home);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://" + Ports.HOST + ":" + port;
    }

    /** The node's home directory (configuration, data, logs). */
    public Path home() {
        return home;
    }

    private boolean healthy() throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(
                                        url()
                                                + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                        .timeout(Duration.ofSeconds(3))
                        .GET()
                        .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
