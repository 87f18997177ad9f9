package io.claimtrack.devstack.es;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * Installs the transport-netty4 module (HTTP and transport) into a node's modules folder from the
 * jars Maven resolved, so it is loaded by its own class loader and stays off the server class path.
 */
final class NettyModule {
    private static final String DESCRIPTOR = "plugin-descriptor.properties";
    private static final String POLICY = "entitlement-policy.yaml";
    private static final String META = "META-INF/es-plugins/transport-netty4/";

    private NettyModule() {}

    static void install(Path dir) throws IOException {
        List<Path> jars = new ArrayList<>(classpath("transport-netty4.classpath"));
        Path moduleJar = jars.getFirst();
        jars.addAll(classpath("netty.classpath"));
        Files.createDirectories(dir);
        for (Path jar : jars) {
            Path target = dir.resolve(jar.getFileName());
            if (!Files.exists(target) || Files.size(target) != Files.size(jar)) {
                Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (JarFile jar = new JarFile(moduleJar.toFile())) {
            String descriptor = read(jar, META + DESCRIPTOR);
            // Without modulename= the module is loaded by a plain class loader: a Java module layer
            // fails when the server itself runs from the class path.
            String plain =
                    descriptor
                            .lines()
                            .filter(line -> !line.startsWith("modulename="))
                            .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(dir.resolve(DESCRIPTOR), plain);
            if (jar.getEntry(META + POLICY) != null) {
                Files.writeString(dir.resolve(POLICY), read(jar, META + POLICY));
            }
        }
    }

    private static String read(JarFile jar, String entry) throws IOException {
        var found = jar.getEntry(entry);
        if (found == null) {
            throw new IOException(entry + " is missing from " + jar.getName());
        }
        try (InputStream in = jar.getInputStream(found)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Path> classpath(String resource) {
        try (InputStream in = NettyModule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: rebuild with Maven");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return List.of(text.split(java.io.File.pathSeparator)).stream()
                    .filter(s -> !s.isBlank())
                    .map(Path::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
