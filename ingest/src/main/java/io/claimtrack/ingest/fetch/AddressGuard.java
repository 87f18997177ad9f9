package io.claimtrack.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses fetches to loopback, private, link-local, carrier-grade-NAT, unique-local and cloud
 * metadata addresses, so a hostile feed cannot make the crawler probe the operator's network.
 */
public final class AddressGuard {
    private static final Set<String> METADATA_HOSTS =
            Set.of("metadata.google.internal", "metadata", "instance-data", "localhost");

    private AddressGuard() {}

    /** Why {@code host} must not be fetched, or empty when it is a public address. */
    public static Optional<String> refusal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (METADATA_HOSTS.contains(h) || h.endsWith(".localhost") || h.endsWith(".internal")) {
            return Optional.of("host " + host + " is a local or metadata name");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            return Optional.empty(); // the fetch itself will fail with a clear DNS error
        }
        for (InetAddress a : addresses) {
            Optional<String> why = classify(a);
            if (why.isPresent()) {
                return Optional.of(
                        "host "
                                + host
                                + " resolves to "
                                + why.get()
                                + " address "
                                + a.getHostAddress());
            }
        }
        return Optional.empty();
    }

    /** The class of a non-public address ("loopback", "private", ...), or empty. */
    public static Optional<String> classify(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (a.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of(
                    "link-local"); // includes 169.254.169.254, the cloud metadata service
        }
        if (a.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (a.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            if (b0 == 100 && b1 >= 64 && b1 <= 127) {
                return Optional.of("carrier-grade NAT");
            }
            if (b0 == 0 || b0 >= 240 || (b0 == 198 && (b1 == 18 || b1 == 19))) {
                return Optional.of("reserved");
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("unique-local");
            }
            if (isMappedV4(b)) {
                try {
                    byte[] v4 = {b[12], b[13], b[14], b[15]};
                    return classify(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return Optional.of("invalid");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
