package io.claimtrack.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK 21+ for the child JVMs: this JVM if it is new enough, else {@code JAVA_HOME}, else
 * the newest under {@code /usr/lib/jvm}.
 */
public final class JdkFinder {
    /** Kafka 4 and Elasticsearch 9 both need this. */
    public static final int MIN_FEATURE = 21;

    private static final Pattern JAVA_VERSION =
            Pattern.compile("^JAVA_VERSION=\"?(?:1\\.)?(\\d+)", Pattern.MULTILINE);

    private JdkFinder() {}

    /** Looks at this JVM, {@code JAVA_HOME} and {@code /usr/lib/jvm}. */
    public static Jdk find() {
        return find(
                Runtime.version().feature(),
                Path.of(System.getProperty("java.home")),
                Optional.ofNullable(System.getenv("JAVA_HOME"))
                        .filter(s -> !s.isBlank())
                        .map(Path::of),
                Path.of("/usr/lib/jvm"));
    }

    /** The same search over given facts, so it can be tested. */
    static Jdk find(int currentFeature, Path currentHome, Optional<Path> javaHome, Path jvmDir) {
        if (currentFeature >= MIN_FEATURE && Files.isExecutable(currentHome.resolve("bin/java"))) {
            return new Jdk(currentHome, currentFeature);
        }
        List<String> seen = new ArrayList<>();
        seen.add("this JVM is " + currentFeature + " (" + currentHome + ")");
        if (javaHome.isPresent()) {
            Optional<Jdk> jdk = usable(javaHome.get());
            if (jdk.isPresent()) {
                return jdk.get();
            }
            seen.add("JAVA_HOME is " + describe(javaHome.get()));
        } else {
            seen.add("JAVA_HOME is not set");
        }
        List<Path> installed = list(jvmDir);
        Optional<Jdk> best =
                installed.stream()
                        .map(JdkFinder::usable)
                        .flatMap(Optional::stream)
                        .max(Comparator.comparingInt(Jdk::feature));
        if (best.isPresent()) {
            return best.get();
        }
        seen.add(
                installed.isEmpty()
                        ? jvmDir + " holds no JDK"
                        : jvmDir
                                + " holds only "
                                + installed.stream().map(JdkFinder::describe).toList());
        throw new DevStackException(
                "No JDK "
                        + MIN_FEATURE
                        + " or newer found to run Kafka and Elasticsearch: "
                        + String.join("; ", seen)
                        + ". Install one (e.g. apt-get install openjdk-21-jdk-headless) and point"
                        + " JAVA_HOME at it.");
    }

    /** The feature release recorded in a JDK's {@code release} file. */
    static OptionalInt feature(Path home) {
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static Optional<Jdk> usable(Path home) {
        OptionalInt feature = feature(home);
        if (feature.isEmpty()
                || feature.getAsInt() < MIN_FEATURE
                || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        return Optional.of(new Jdk(home, feature.getAsInt()));
    }

    private static String describe(Path home) {
        OptionalInt feature = feature(home);
        return home
                + (feature.isPresent() ? " (" + feature.getAsInt() + ")" : " (no release file)");
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
