package io.claimtrack.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    private static String kind(String literal) throws Exception {
        return AddressGuard.classify(InetAddress.getByName(literal)).orElse("public");
    }

    @Test
    void classifiesNonPublicAddresses() throws Exception {
        assertThat(kind("127.0.0.1")).isEqualTo("loopback");
        assertThat(kind("::1")).isEqualTo("loopback");
        assertThat(kind("10.1.2.3")).isEqualTo("private");
        assertThat(kind("172.16.0.1")).isEqualTo("private");
        assertThat(kind("192.168.1.1")).isEqualTo("private");
        assertThat(kind("169.254.169.254")).isEqualTo("link-local");
        assertThat(kind("100.64.0.1")).isEqualTo("carrier-grade NAT");
        assertThat(kind("0.0.0.0")).isEqualTo("unspecified");
        assertThat(kind("fd00::1")).isEqualTo("unique-local");
        assertThat(kind("fe80::1")).isEqualTo("link-local");
        assertThat(kind("::ffff:10.0.0.1")).isEqualTo("private");
    }

    @Test
    void publicAddressesPass() throws Exception {
        assertThat(kind("93.184.216.34")).isEqualTo("public");
        assertThat(kind("2606:2800:220:1:248:1893:25c8:1946")).isEqualTo("public");
    }

    @Test
    void localNamesAndLiteralsAreRefusedWithAReason() {
        assertThat(AddressGuard.refusal("localhost"))
                .get()
                .asString()
                .contains("local or metadata");
        assertThat(AddressGuard.refusal("metadata.google.internal")).isPresent();
        assertThat(AddressGuard.refusal("127.0.0.1")).get().asString().contains("loopback");
        assertThat(AddressGuard.refusal("[::1]")).isPresent();
        assertThat(AddressGuard.refusal("169.254.169.254")).get().asString().contains("link-local");
    }
}
