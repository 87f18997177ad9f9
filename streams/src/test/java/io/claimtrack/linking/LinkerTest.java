package io.claimtrack.linking;

import static io.claimtrack.linking.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.LinkRelation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkerTest {
    private final LinkerStores stores = LinkerStores.inMemory();
    private final Linker linker = new Linker(LinkingSettings.defaults(), stores);

    private static final String CONTEXT_AZ =
            "The MoFA of Azerbaijan dismissed the “hysteria” of its Armenian counterpart as a"
                    + " “blackmail attempt.” “"
                    + SeedQuotes.MOFA_AZERBAIJAN
                    + ",” the press release reads.";

    @Test
    void rebuttalInAnotherOutletHoursLaterIsLinkedToTheClaimItAnswers() {
        Linker.Changes first = linker.onStatement(armenianMofa("a1-s0", "Yerevan Ledger", T0));
        String armenian = first.claims().iterator().next();
        Linker.Changes second =
                linker.onStatement(azerbaijaniRebuttal("b1-s0", T0.plus(Duration.ofHours(6))));
        assertThat(second.links()).hasSize(1);
        ClaimLink link = second.links().get(0);
        assertThat(link.relation()).isEqualTo(LinkRelation.REBUTS);
        assertThat(link.toClaimId()).isEqualTo(armenian);
        assertThat(link.fromSpeaker()).isEqualTo("Ministry of Foreign Affairs of Azerbaijan");
        assertThat(link.toSpeaker()).isEqualTo("Ministry of Foreign Affairs of Armenia");
        assertThat(link.confidence()).isBetween(0.7, 0.95);
        assertThat(link.evidence()).contains("dismissed");
        assertThat(stores.claims().get(armenian).rebuttedBy()).containsExactly(link.fromClaimId());
        assertThat(stores.claims().get(link.fromClaimId()).rebuts()).containsExactly(armenian);
    }

    @Test
    void rebuttalSeenBeforeTheClaimItAnswersIsLinkedWhenThatClaimArrives() {
        // The rebutting outlet was fetched first; the ministry it answers is carried later.
        Linker.Changes rebuttal =
                linker.onStatement(azerbaijaniRebuttal("b1-s0", T0.plus(Duration.ofHours(6))));
        assertThat(rebuttal.links()).isEmpty();
        String azerbaijani = rebuttal.claims().iterator().next();

        Linker.Changes answered = linker.onStatement(armenianMofa("a1-s0", "Yerevan Ledger", T0));
        String armenian = stores.statementClaims().get("a1-s0");
        assertThat(answered.links()).hasSize(1);
        ClaimLink link = answered.links().get(0);
        assertThat(link.relation()).isEqualTo(LinkRelation.REBUTS);
        assertThat(link.fromClaimId()).isEqualTo(azerbaijani);
        assertThat(link.toClaimId()).isEqualTo(armenian);
        assertThat(link.fromStatementId()).isEqualTo("b1-s0");
        assertThat(link.evidence()).contains("dismissed");
        assertThat(answered.claims()).contains(azerbaijani, armenian);
        assertThat(stores.claims().get(armenian).rebuttedBy()).containsExactly(azerbaijani);
        assertThat(stores.claims().get(azerbaijani).rebuts()).containsExactly(armenian);

        // A second outlet carrying the same Armenian statement repeats the claim, not the link.
        Linker.Changes repeat =
                linker.onStatement(
                        armenianMofa("c1-s0", "Lakeside Tribune", T0.plus(Duration.ofHours(1))));
        assertThat(repeat.links()).isEmpty();
    }

    @Test
    void rebuttalSeenFirstIsNotLinkedToAClaimOutsideTheWindow() {
        linker.onStatement(azerbaijaniRebuttal("b1-s0", T0.plus(Duration.ofDays(8))));
        Linker.Changes old = linker.onStatement(armenianMofa("a1-s0", "Yerevan Ledger", T0));
        assertThat(old.links()).isEmpty();
    }

    @Test
    void claimsFirstSeenUnderABareSurnameShowTheFullNameOnceItIsKnown() {
        // One outlet's "said Tatoyan" (typed UNKNOWN, its article names him nowhere else) first.
        io.claimtrack.model.SpeakerRef bare =
                new io.claimtrack.model.SpeakerRef(
                        "Tatoyan", "Tatoyan", null, null, null, "UNKNOWN", false);
        linker.onStatement(Events.statement("a1-s0", "Ledger", SeedQuotes.TATOYAN, bare, T0));
        linker.onStatement(Events.statement("a1-s1", "Ledger", SeedQuotes.TATOYAN_SHORT, bare, T0));
        String quote = stores.statementClaims().get("a1-s0");
        String other = stores.statementClaims().get("a1-s1");
        assertThat(stores.claims().get(quote).speaker()).isEqualTo("Tatoyan");

        Linker.Changes full =
                linker.onStatement(
                        Events.statement(
                                "b1-s0",
                                "Weekly",
                                SeedQuotes.TATOYAN,
                                Events.person("Arman Tatoyan", "Tatoyan", null),
                                T0.plus(Duration.ofHours(1))));
        assertThat(stores.statementClaims().get("b1-s0")).isEqualTo(quote);
        assertThat(stores.claims().get(quote).speaker()).isEqualTo("Arman Tatoyan");
        assertThat(stores.claims().get(quote).outlets()).containsExactly("Ledger", "Weekly");
        // The claim this statement did not touch is renamed too, and emitted.
        assertThat(stores.claims().get(other).speaker()).isEqualTo("Arman Tatoyan");
        assertThat(full.claims()).contains(quote, other);
    }

    @Test
    void rebuttalOutsideTheWindowIsNotLinked() {
        linker.onStatement(armenianMofa("a1-s0", "Yerevan Ledger", T0));
        Linker.Changes late =
                linker.onStatement(azerbaijaniRebuttal("b1-s0", T0.plus(Duration.ofDays(8))));
        assertThat(late.links()).isEmpty();
    }

    @Test
    void inArticleRebuttalBecomesALinkEvenWhenTheTargetComesLater() {
        Linker.Changes from =
                linker.onStatement(
                        Events.statement(
                                "c1-s0",
                                "Fictional Herald",
                                "That is simply untrue",
                                Events.person("Otto Brenner", null, null),
                                T0,
                                "said",
                                "",
                                List.of("c1-s1")));
        assertThat(from.links()).isEmpty();
        Linker.Changes to =
                linker.onStatement(
                        Events.statement(
                                "c1-s1",
                                "Fictional Herald",
                                "The harbour tariff will double next spring",
                                Events.person("Ilse Varga", null, null),
                                T0));
        assertThat(to.links())
                .singleElement()
                .satisfies(l -> assertThat(l.relation()).isEqualTo(LinkRelation.REBUTS));
        Claim target = stores.claims().get(to.links().get(0).toClaimId());
        assertThat(target.text()).isEqualTo("The harbour tariff will double next spring");
        assertThat(target.rebuttedBy()).hasSize(1);
    }

    @Test
    void sameWordsFromTwoSpeakersAreLinkedAsARepeat() {
        linker.onStatement(
                Events.statement(
                        "d1-s0",
                        "Fictional Herald",
                        "The harbour tariff will double next spring",
                        Events.person("Ilse Varga", null, null),
                        T0));
        Linker.Changes c =
                linker.onStatement(
                        Events.statement(
                                "d2-s0",
                                "Fictional Post",
                                "The harbour tariff will double next spring",
                                Events.person("Otto Brenner", null, null),
                                T0));
        assertThat(c.links())
                .singleElement()
                .satisfies(l -> assertThat(l.relation()).isEqualTo(LinkRelation.REPEATS));
    }

    @Test
    void claimsJoinTheStoryOfTheirArticle() {
        linker.onArticle(
                new ArticleDigest("a1", "Yerevan Ledger", "u", "t", null, T0, List.of(), 1));
        Linker.Changes c =
                linker.onStatement(
                        Events.statement(
                                "a1-s0",
                                "Yerevan Ledger",
                                SeedQuotes.ALIYEV,
                                Events.person("Ilham Aliyev", "Aliyev", "President"),
                                T0));
        String claimId = c.claims().iterator().next();
        String storyId = stores.articleStories().get("a1");
        assertThat(stores.claims().get(claimId).storyId()).isEqualTo(storyId);
        assertThat(stores.stories().get(storyId).claimIds()).containsExactly(claimId);
    }

    /** The Armenian MoFA's statement as carried by {@code outlet}. */
    private static StatementEvent armenianMofa(String id, String outlet, Instant t) {
        return Events.statement(
                id,
                outlet,
                SeedQuotes.MOFA_ARMENIA,
                Events.org(
                        "Ministry of Foreign Affairs of Armenia",
                        "The Ministry of Foreign Affairs (MoFA) of Armenia"),
                t);
    }

    /** The Azerbaijani MoFA's rebuttal, naming its Armenian counterpart, in the Baku Bulletin. */
    private static StatementEvent azerbaijaniRebuttal(String id, Instant t) {
        return Events.statement(
                id,
                "Baku Bulletin",
                SeedQuotes.MOFA_AZERBAIJAN,
                Events.org("Ministry of Foreign Affairs of Azerbaijan", "The MoFA of Azerbaijan"),
                t,
                "reads",
                CONTEXT_AZ,
                List.of());
    }
}
