package io.claimtrack.devstack;

import java.nio.file.Path;

/**
 * The embedded stack for the devstack's own ITs: TestStack's, when this JVM uses the embedded path;
 * otherwise (external cluster or Docker) one of our own, since these tests are about DevStack.
 */
final class EmbeddedStack {
    private static DevStack own;

    private EmbeddedStack() {}

    static synchronized DevStack shared() {
        TestStack.get();
        return TestStack.embedded()
                .orElseGet(
                        () -> {
                            if (own == null) {
                                own =
                                        DevStack.start(
                                                TestStack.embeddedOptions(
                                                        Path.of("target", "devstack-own")));
                                Runtime.getRuntime().addShutdownHook(new Thread(own::close));
                            }
                            return own;
                        });
    }
}
