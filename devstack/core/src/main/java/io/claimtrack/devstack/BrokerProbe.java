package io.claimtrack.devstack;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Broker readiness: the port accepts, then an AdminClient's describeCluster lists a node. */
final class BrokerProbe implements ChildProcess.Probe, AutoCloseable {
    private final String bootstrap;
    private final int port;
    private Admin admin;

    BrokerProbe(String bootstrap, int port) {
        this.bootstrap = bootstrap;
        this.port = port;
    }

    @Override
    public boolean ready() throws Exception {
        if (admin == null) {
            // A plain connect first: the AdminClient logs a warning for every refused connection.
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(Ports.HOST, port), 500);
            }
            admin =
                    Admin.create(
                            Map.of(
                                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000));
        }
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
        return !cluster.nodes().get(4, TimeUnit.SECONDS).isEmpty();
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
