package io.claimtrack.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkFinderTest {
    @TempDir Path root;

    @Test
    void theCurrentJvmWinsWhenItIsNewEnough() throws IOException {
        Path current = fakeJdk("current", "21.0.5");

        Jdk jdk = JdkFinder.find(21, current, Optional.empty(), root.resolve("none"));

        assertThat(jdk).isEqualTo(new Jdk(current, 21));
    }

    @Test
    void javaHomeIsUsedWhenTheCurrentJvmIsTooOld() throws IOException {
        Path old = fakeJdk("jdk17", "17.0.12");
        Path javaHome = fakeJdk("jdk25", "25.0.1");

        Jdk jdk = JdkFinder.find(17, old, Optional.of(javaHome), root.resolve("none"));

        assertThat(jdk).isEqualTo(new Jdk(javaHome, 25));
    }

    @Test
    void theNewestUnderTheJvmDirectoryIsTheLastResort() throws IOException {
        Path old = fakeJdk("jvm/java-17-openjdk-amd64", "17.0.12");
        fakeJdk("jvm/temurin-21-jdk-amd64", "21.0.8");
        Path newest = fakeJdk("jvm/temurin-25-jdk-amd64", "25");

        Jdk jdk = JdkFinder.find(17, old, Optional.of(old), root.resolve("jvm"));

        assertThat(jdk).isEqualTo(new Jdk(newest, 25));
    }

    @Test
    void noJdk21AnywhereIsAClearError() throws IOException {
        Path old = fakeJdk("jvm/java-17-openjdk-amd64", "17.0.12");
        Path eight = fakeJdk("jdk8", "1.8.0_402");

        assertThatThrownBy(() -> JdkFinder.find(17, old, Optional.of(eight), root.resolve("jvm")))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("No JDK 21 or newer found")
                .hasMessageContaining("this JVM is 17")
                .hasMessageContaining("JAVA_HOME is " + eight + " (8)")
                .hasMessageContaining("java-17-openjdk-amd64 (17)")
                .hasMessageContaining("point JAVA_HOME at it");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = root.resolve(name);
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(
                home.resolve("release"),
                "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
