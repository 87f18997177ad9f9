package io.claimtrack.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTableTest {
    @Test
    void rendersOneAlignedLinePerClaimAndCutsLongText() {
        String table =
                ClaimTable.render(
                        List.of(
                                new ClaimRow(
                                        "c-1",
                                        Fixtures.ALIYEV_QUOTE,
                                        "Ilham Aliyev",
                                        List.of("Harbor Ledger", "Valley Courier"),
                                        Instant.parse("2021-04-12T10:15:00Z"))));
        String[] lines = table.split("\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("FIRST SEEN (UTC)").contains("SPEAKER", "OUTLETS", "CLAIM");
        assertThat(lines[1])
                .startsWith("2021-04-12 10:15")
                .contains("Ilham Aliyev", "2: Harbor Ledger, Valley Courier", "Everyone who visits")
                .endsWith("…");
        assertThat(lines[1].indexOf("Ilham")).isEqualTo(lines[0].indexOf("SPEAKER"));
        assertThat(lines[2]).isEqualTo("1 claim");
    }

    @Test
    void saysSoWhenNothingMatches() {
        assertThat(ClaimTable.render(List.of())).isEqualTo("no matching claims\n");
    }

    @Test
    void queryValidatesItsLimit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ClaimQuery("x", null, false, null, 0))
                .hasMessageContaining("between 1 and 1000");
        assertThat(ClaimQuery.of("  park ").text()).isEqualTo("park");
    }
}
