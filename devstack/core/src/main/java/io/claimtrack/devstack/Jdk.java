package io.claimtrack.devstack;

import java.nio.file.Path;

/**
 * A JDK (or JRE) that can run the child JVMs.
 *
 * @param home its home directory
 * @param feature its feature release, e.g. 21 or 25
 */
public record Jdk(Path home, int feature) {

    /** The {@code java} launcher of this JDK. */
    public Path java() {
        return home.resolve("bin").resolve("java");
    }

    /** JVM flags every child gets, adapted to this JDK's version. */
    java.util.List<String> commonFlags() {
        var flags = new java.util.ArrayList<String>();
        flags.add("-XX:+UseSerialGC");
        // C1 only: much less CPU at start-up on a shared 2-core machine.
        flags.add("-XX:TieredStopAtLevel=1");
        flags.add("-XX:+ExitOnOutOfMemoryError");
        flags.add("-Djava.awt.headless=true");
        flags.add("-Dfile.encoding=UTF-8");
        flags.add("--enable-native-access=ALL-UNNAMED");
        if (feature >= 24) {
            // Silences the sun.misc.Unsafe deprecation warnings of Kafka and Lucene.
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        return flags;
    }
}
