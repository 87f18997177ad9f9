package io.claimtrack.linking;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.model.Claim;
import org.junit.jupiter.api.Test;

class ClaimClustererTest {
    private final KeyValues<Claim> claims = KeyValues.inMemory();
    private final ClaimClusterer clusterer =
            new ClaimClusterer(LinkingSettings.defaults(), claims, KeyValues.inMemory());
    private final ClaimClusterer.Speaker tatoyan =
            new ClaimClusterer.Speaker("sp-t", "Arman Tatoyan", null);

    private ClaimClusterer.Assignment assign(String id, String outlet, String quote) {
        return clusterer.assign(
                Events.statement(id, outlet, quote, null, Events.T0), tatoyan, "st-1");
    }

    @Test
    void sameQuoteAcrossOutletsWithTruncationTypographyAndPartialsIsOneClaim() {
        var first = assign("a1-s0", "Yerevan Ledger", SeedQuotes.TATOYAN);
        var truncated =
                assign("a2-s0", "Caucasus Courier", SeedQuotes.TATOYAN.substring(0, 95) + "...");
        var typographic =
                assign(
                        "a3-s0",
                        "Lake Sevan Times",
                        "\""
                                + SeedQuotes.TATOYAN
                                        .toUpperCase(java.util.Locale.ROOT)
                                        .replace(",", " ;")
                                + "!\"");
        var partial =
                assign(
                        "a4-s1",
                        "Yerevan Ledger",
                        "deliberately inflicts suffering on the relatives of the dead soldiers,"
                                + " missing people and prisoners of war");
        assertThat(first.created()).isTrue();
        assertThat(truncated.claim().id()).isEqualTo(first.claim().id());
        assertThat(typographic.claim().id()).isEqualTo(first.claim().id());
        assertThat(partial.claim().id()).isEqualTo(first.claim().id());
        Claim c = claims.get(first.claim().id());
        assertThat(c.occurrenceCount()).isEqualTo(4);
        assertThat(c.outlets())
                .containsExactly("Yerevan Ledger", "Caucasus Courier", "Lake Sevan Times");
        assertThat(c.text()).isEqualTo(SeedQuotes.TATOYAN); // the most complete wording
        // The typographic copy normalises to the first wording, so it is not a new variant.
        assertThat(c.variants()).hasSize(3);
    }

    @Test
    void reorderedClausesAreOneClaim() {
        var a =
                assign(
                        "b1-s0",
                        "Fictional Herald",
                        "The ferry will stop running in June, and the new bridge over the Varna river"
                                + " will open to lorries before the harvest begins");
        var b =
                assign(
                        "b2-s0",
                        "Fictional Post",
                        "The new bridge over the Varna river will open to lorries before the harvest"
                                + " begins, and the ferry will stop running in June");
        assertThat(b.claim().id()).isEqualTo(a.claim().id());
    }

    @Test
    void differentStatementsStaySeparate() {
        var a = assign("c1-s0", "Yerevan Ledger", SeedQuotes.TATOYAN);
        var b = assign("c1-s1", "Yerevan Ledger", SeedQuotes.ALIYEV);
        var c = assign("c1-s2", "Yerevan Ledger", SeedQuotes.MOFA_ARMENIA);
        assertThat(b.created()).isTrue();
        assertThat(c.created()).isTrue();
        assertThat(b.claim().id()).isNotEqualTo(a.claim().id());
        assertThat(c.claim().id()).isNotEqualTo(a.claim().id());
    }

    @Test
    void shortSloganIsNotSwallowedByALongerSentenceContainingIt() {
        var slogan = assign("d1-s0", "Fictional Herald", "Karabakh is Azerbaijan!");
        var longer =
                assign(
                        "d2-s0",
                        "Fictional Herald",
                        "The sign reading Karabakh is Azerbaijan was built from two thousand licence plates");
        assertThat(longer.claim().id()).isNotEqualTo(slogan.claim().id());
    }

    @Test
    void sameWordsFromAnotherSpeakerStartANewClaimThatRepeatsTheFirst() {
        var a = assign("e1-s0", "Fictional Herald", "The harbour tariff will double next spring");
        var b =
                clusterer.assign(
                        Events.statement(
                                "e2-s0",
                                "Fictional Post",
                                "The harbour tariff will double next spring",
                                null,
                                Events.T0),
                        new ClaimClusterer.Speaker("sp-other", "Otto Brenner", null),
                        null);
        assertThat(b.created()).isTrue();
        assertThat(b.repeatOf().id()).isEqualTo(a.claim().id());
    }

    @Test
    void occurrencesAreCappedButCounted() {
        String id = null;
        for (int i = 0; i < 120; i++) {
            id = assign("f" + i + "-s0", "Outlet " + i, SeedQuotes.ALIYEV).claim().id();
        }
        Claim c = claims.get(id);
        assertThat(c.occurrenceCount()).isEqualTo(120);
        assertThat(c.occurrences()).hasSize(LinkingSettings.defaults().maxOccurrences());
        assertThat(c.variants()).hasSize(1);
    }
}
