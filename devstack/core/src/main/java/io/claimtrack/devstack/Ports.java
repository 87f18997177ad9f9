package io.claimtrack.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free-port selection and port-in-use checks on 127.0.0.1, where the stack listens. */
final class Ports {
    static final String HOST = "127.0.0.1";

    private Ports() {}

    /** The requested port if it is free, or a free port when {@code requested} is 0. */
    static int resolve(String what, int requested) {
        if (requested == 0) {
            return free();
        }
        requireFree(what, requested);
        return requested;
    }

    /** A port nobody listens on right now. */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DevStackException("Cannot find a free port on " + HOST + ": " + e, e);
        }
    }

    /** Throws a {@link DevStackException} naming the port if something already listens on it. */
    static void requireFree(String what, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port), 1);
        } catch (IOException e) {
            throw new DevStackException(
                    "The "
                            + what
                            + " port "
                            + port
                            + " on "
                            + HOST
                            + " is already in use (another broker, node or an earlier claimtrack"
                            + " run?). Stop whatever listens there (e.g. `ss -ltnp | grep :"
                            + port
                            + "`), or choose another port, or 0 for a free one.",
                    e);
        }
    }
}
