package io.claimtrack.devstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Class paths of the child JVMs: our launcher module (its jar or classes folder) plus the jars
 * Maven resolved for it at build time, recorded as absolute paths into the local Maven repository.
 */
final class NodeJars {
    static final String KAFKA = "io/claimtrack/devstack/kafka/broker.classpath";
    static final String ELASTICSEARCH = "io/claimtrack/devstack/es/server.classpath";

    private NodeJars() {}

    /** The class path for the child whose recorded class path is the resource {@code resource}. */
    static String classpath(String resource) {
        URL url = NodeJars.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new DevStackException(
                    resource
                            + " is not on the class path: claimtrack-devstack was built without its"
                            + " launcher modules. Build with ./mvnw -pl app -am package.");
        }
        List<String> entries = new ArrayList<>();
        entries.add(root(url, resource).toString());
        for (String entry : read(url).split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (!Files.isRegularFile(Path.of(entry))) {
                throw new DevStackException(
                        entry
                                + " is missing, though the build recorded it for the dev stack (the"
                                + " local Maven repository was cleaned or moved?). Rebuild with"
                                + " ./mvnw -pl app -am package so Maven downloads it again.");
            }
            entries.add(entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path root(URL url, String resource) {
        try {
            if ("jar".equals(url.getProtocol())) {
                URL jar = ((JarURLConnection) url.openConnection()).getJarFileURL();
                return Path.of(jar.toURI());
            }
            Path file = Path.of(url.toURI());
            int depth = Path.of(resource).getNameCount();
            for (int i = 0; i < depth; i++) {
                file = file.getParent();
            }
            return file;
        } catch (IOException | URISyntaxException e) {
            throw new DevStackException("Cannot locate the launcher of " + resource + ": " + e, e);
        }
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new DevStackException("Cannot read " + url + ": " + e, e);
        }
    }
}
