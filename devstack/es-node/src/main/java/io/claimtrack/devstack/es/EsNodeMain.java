package io.claimtrack.devstack.es;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginBundle;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Main class of the Elasticsearch child JVM: one single-node cluster from the server jar on the
 * class path and the transport-netty4 module installed into {@code <home>/modules}.
 *
 * <p>Arguments: {@code <home> <http port> <cluster name>}. Stops cleanly on SIGTERM, and also when
 * stdin reaches end of file (the parent closed the pipe or died): no orphan nodes.
 */
public final class EsNodeMain {
    /**
     * Console only: the parent sends the child's output to {@code <home>/logs/elasticsearch.log}.
     */
    private static final String LOG_CONFIG =
            """
            status = error
            appender.file.type = File
            appender.file.name = file
            appender.file.fileName = ${sys:es.logs.base_path}${sys:file.separator}elasticsearch.log
            appender.file.layout.type = PatternLayout
            appender.file.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n
            rootLogger.level = info
            rootLogger.appenderRef.file.ref = file
            logger.deprecation.name = org.elasticsearch.deprecation
            logger.deprecation.level = error
            # Known and harmless here: no native libraries, no incubator vector module.
            logger.nativeaccess.name = org.elasticsearch.nativeaccess
            logger.nativeaccess.level = error
            logger.vectorization.name = org.apache.lucene.internal.vectorization
            logger.vectorization.level = error
            logger.esvectorization.name = org.elasticsearch.simdvec
            logger.esvectorization.level = error
            """;

    private EsNodeMain() {}

    /** Starts the node and blocks until the JVM is asked to stop. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EsNodeMain <home> <http-port> <cluster-name>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path modules = home.resolve("modules");
        NettyModule.install(modules.resolve("transport-netty4"));
        Path config = Files.createDirectories(home.resolve("config"));
        Files.writeString(config.resolve("log4j2.properties"), LOG_CONFIG);
        Settings settings = settings(home, Integer.parseInt(args[1]), args[2]);
        Environment environment = new Environment(settings, config);

        LogConfigurator.configureESLogging();
        LogConfigurator.configure(environment, false);
        Set<PluginBundle> moduleBundles = PluginsLoader.loadModulesBundles(modules, false);
        PluginsLoader loader =
                PluginsLoader.createPluginsLoader(moduleBundles, Set.of(), new HashMap<>(), false);
        Node node = new Node(environment, loader);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> closeQuietly(node, stopped), "es-node-stop"));
        node.start();
        System.out.println("claimtrack-es-node: started, http port " + args[1]);
        watchParent(System.in);
        stopped.await();
    }

    static Settings settings(Path home, int httpPort, String clusterName) {
        return Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", clusterName)
                .put("node.name", "claimtrack-dev")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", 0)
                // A nearly full dev or CI disk must not turn indices read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // Tests clean up with wildcard deletes.
                .put("action.destructive_requires_name", false)
                .build();
    }

    private static void closeQuietly(Node node, CountDownLatch stopped) {
        try {
            node.prepareForClose();
            node.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("claimtrack-es-node: error while stopping: " + e);
        } finally {
            stopped.countDown();
        }
    }

    /** Exits the JVM (running the shutdown hook) once stdin reaches EOF. */
    private static void watchParent(InputStream in) {
        Thread watcher =
                new Thread(
                        () -> {
                            byte[] buffer = new byte[64];
                            try {
                                while (in.read(buffer) >= 0) {
                                    // Only EOF matters.
                                }
                            } catch (IOException e) {
                                // A broken pipe means the same as EOF: the parent is gone.
                                System.err.println("parent-watch: stdin failed: " + e);
                            }
                            System.exit(0);
                        },
                        "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
