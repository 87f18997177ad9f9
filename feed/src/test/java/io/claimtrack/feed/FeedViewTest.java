package io.claimtrack.feed;

import static io.claimtrack.feed.Fixtures.T0;
import static io.claimtrack.feed.Fixtures.claim;
import static io.claimtrack.feed.Fixtures.occurrence;
import static io.claimtrack.feed.Fixtures.rebuttal;
import static io.claimtrack.feed.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.model.Claim;
import io.claimtrack.model.LinkRelation;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedViewTest {
    private final FeedView view = new FeedView(100, Clock.fixed(T0, ZoneOffset.UTC));

    private List<String> ids(FeedFilter filter) {
        return view.snapshot(filter).items().stream().map(FeedItem::id).toList();
    }

    @Test
    void rowsAreNewestFirstWhateverTheArrivalOrder() {
        view.applyStatement(
                statement("s2", "Mara Vell", false, "Harbor Ledger", "two", T0.plusSeconds(20)));
        view.applyStatement(
                statement("s1", "Mara Vell", false, "Harbor Ledger", "one", T0.plusSeconds(10)));
        view.applyStatement(
                statement("s3", "Mara Vell", false, "Harbor Ledger", "three", T0.plusSeconds(30)));

        assertThat(ids(FeedFilter.all())).containsExactly("s3", "s2", "s1");
    }

    @Test
    void aClaimAbsorbsTheStatementRowsItHolds() {
        view.applyStatement(
                statement(
                        "s1",
                        "Mara Vell",
                        false,
                        "Harbor Ledger",
                        "We will rebuild the pier.",
                        T0));
        view.applyStatement(
                statement(
                        "s2",
                        "Mara Vell",
                        false,
                        "Valley Courier",
                        "We will rebuild the pier.",
                        T0.plusSeconds(5)));
        view.applyClaim(
                "c1",
                claim(
                        "c1",
                        "Mara Vell",
                        false,
                        "We will rebuild the pier.",
                        T0,
                        T0.plusSeconds(5),
                        List.of(
                                occurrence("s1", "Harbor Ledger", T0),
                                occurrence("s2", "Valley Courier", T0.plusSeconds(5))),
                        List.of(),
                        List.of()));
        view.applyStatement(
                statement(
                        "s1",
                        "Mara Vell",
                        false,
                        "Harbor Ledger",
                        "We will rebuild the pier.",
                        T0));

        FeedView.Snapshot snap = view.snapshot(FeedFilter.all());
        assertThat(snap.items())
                .singleElement()
                .satisfies(
                        item -> {
                            assertThat(item.kind()).isEqualTo(FeedItem.Kind.CLAIM);
                            assertThat(item.outlets())
                                    .containsExactly("Harbor Ledger", "Valley Courier");
                            assertThat(item.occurrences())
                                    .extracting(FeedItem.Occurrence::url)
                                    .containsExactly(
                                            "https://harbor-ledger.example/s1",
                                            "https://valley-courier.example/s2");
                        });
    }

    @Test
    void aNewerClaimVersionReplacesTheRowAndMovesItUp() {
        view.applyClaim(
                "c1",
                claim(
                        "c1",
                        "Mara Vell",
                        false,
                        "old news",
                        T0,
                        T0,
                        List.of(occurrence("s1", "Harbor Ledger", T0)),
                        List.of(),
                        List.of()));
        view.applyClaim(
                "c2",
                claim(
                        "c2",
                        "Ilo Brandt",
                        true,
                        "middle",
                        T0.plusSeconds(60),
                        T0.plusSeconds(60),
                        List.of(occurrence("s2", "Valley Courier", T0.plusSeconds(60))),
                        List.of(),
                        List.of()));
        view.applyClaim(
                "c1",
                claim(
                        "c1",
                        "Mara Vell",
                        false,
                        "old news",
                        T0,
                        T0.plusSeconds(120),
                        List.of(
                                occurrence("s1", "Harbor Ledger", T0),
                                occurrence("s3", "Valley Courier", T0.plusSeconds(120))),
                        List.of(),
                        List.of()));

        FeedView.Snapshot snap = view.snapshot(FeedFilter.all());
        assertThat(snap.items()).extracting(FeedItem::id).containsExactly("c1", "c2");
        assertThat(snap.items().getFirst().occurrenceCount()).isEqualTo(2);
        assertThat(snap.total()).isEqualTo(2);
    }

    @Test
    void anOlderClaimVersionArrivingLateDoesNotRollTheRowBack() {
        view.applyClaim(
                "c1",
                claim(
                        "c1",
                        "Mara Vell",
                        false,
                        "pier",
                        T0,
                        T0.plusSeconds(120),
                        List.of(
                                occurrence("s1", "Harbor Ledger", T0),
                                occurrence("s3", "Valley Courier", T0.plusSeconds(120))),
                        List.of(),
                        List.of()));
        long seq = view.seq();
        view.applyClaim(
                "c1",
                claim(
                        "c1",
                        "Mara Vell",
                        false,
                        "pier",
                        T0,
                        T0,
                        List.of(occurrence("s1", "Harbor Ledger", T0)),
                        List.of(),
                        List.of()));

        assertThat(view.snapshot(FeedFilter.all()).items().getFirst().occurrenceCount())
                .isEqualTo(2);
        assertThat(view.seq()).isEqualTo(seq);
    }

    @Test
    void theViewKeepsOnlyTheNewestRowsBeyondItsBound() {
        FeedView small = new FeedView(3, Clock.fixed(T0, ZoneOffset.UTC));
        for (int i = 0; i < 10; i++) {
            small.applyStatement(
                    statement(
                            "s" + i,
                            "Mara Vell",
                            false,
                            "Harbor Ledger",
                            "q" + i,
                            T0.plusSeconds(i)));
        }
        small.applyStatement(
                statement(
                        "late",
                        "Mara Vell",
                        false,
                        "Harbor Ledger",
                        "too old",
                        T0.minusSeconds(60)));

        assertThat(small.size()).isEqualTo(3);
        assertThat(small.snapshot(FeedFilter.all()).items())
                .extracting(FeedItem::id)
                .containsExactly("s9", "s8", "s7");
    }

    @Test
    void filtersSelectBySpeakerOutletOfficialDisputedAndText() {
        view.applyClaim(
                "c1",
                claim(
                        "c1",
                        "Mara Vell",
                        true,
                        "The harbour tax will fall next year.",
                        T0,
                        T0,
                        List.of(occurrence("s1", "Harbor Ledger", T0)),
                        List.of("c2"),
                        List.of()));
        view.applyClaim(
                "c2",
                claim(
                        "c2",
                        "Ilo Brandt",
                        false,
                        "The harbour tax will not fall.",
                        T0.plusSeconds(1),
                        T0.plusSeconds(1),
                        List.of(occurrence("s2", "Valley Courier", T0.plusSeconds(1))),
                        List.of(),
                        List.of("c1")));
        view.applyStatement(
                statement(
                        "s3",
                        "Ilo Brandt",
                        false,
                        "Harbor Ledger",
                        "Bridges first.",
                        T0.plusSeconds(2)));

        assertThat(ids(new FeedFilter("brandt", "", false, false, "", 100)))
                .containsExactly("s3", "c2");
        assertThat(ids(new FeedFilter("", "LEDGER", false, false, "", 100)))
                .containsExactly("s3", "c1");
        assertThat(ids(new FeedFilter("", "", true, false, "", 100))).containsExactly("c1");
        assertThat(ids(new FeedFilter("", "", false, true, "", 100))).containsExactly("c1");
        assertThat(ids(new FeedFilter("", "", false, false, "harbour  FALL", 100)))
                .containsExactly("c2", "c1");
        assertThat(ids(new FeedFilter("", "", false, false, "valley", 100))).containsExactly("c2");
        assertThat(view.snapshot(new FeedFilter("", "", false, false, "", 1)))
                .satisfies(
                        s -> {
                            assertThat(s.items()).extracting(FeedItem::id).containsExactly("s3");
                            assertThat(s.matched()).isEqualTo(3);
                        });
    }

    @Test
    void responsesAreShownOnBothClaimsWithoutMarkingThemDisputedAndRepeatsAreNot() {
        Claim reply =
                claim(
                        "c2",
                        "Ilo Brandt",
                        false,
                        "We will study the proposal.",
                        T0.plusSeconds(1),
                        T0.plusSeconds(1),
                        List.of(occurrence("s2", "Valley Courier", T0.plusSeconds(1))),
                        List.of(),
                        List.of());
        view.applyClaim("c1", harbourTax());
        view.applyClaim("c2", reply);
        view.applyLink(
                "l1",
                Fixtures.link(
                        LinkRelation.RESPONDS_TO,
                        "l1",
                        "c2",
                        "c1",
                        "Brandt responded to the mayor's plan."));
        view.applyLink("l2", Fixtures.link(LinkRelation.REPEATS, "l2", "c2", "c1", "same words"));

        FeedItem c1 = row("c1");
        assertThat(c1.disputed()).isFalse();
        assertThat(c1.disputes()).isEmpty();
        assertThat(c1.responses())
                .containsExactly(
                        new FeedItem.Dispute(
                                "c2",
                                "Ilo Brandt",
                                "We will study the proposal.",
                                "Brandt responded to the mayor's plan."));
        assertThat(row("c2").respondsTo())
                .extracting(FeedItem.Dispute::claimId)
                .containsExactly("c1");

        view.applyLink("l1", null);
        assertThat(row("c1").responses()).isEmpty();
        assertThat(row("c2").respondsTo()).isEmpty();
    }

    /** Claim c1: an official's promise, carried by one outlet at T0. */
    private static Claim harbourTax() {
        return claim(
                "c1",
                "Mara Vell",
                true,
                "The harbour tax will fall.",
                T0,
                T0,
                List.of(occurrence("s1", "Harbor Ledger", T0)),
                List.of(),
                List.of());
    }

    private FeedItem row(String id) {
        return view.snapshot(FeedFilter.all()).items().stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void disputesNameTheRebuttingClaimAndTheLinkEvidence() {
        view.applyLink("l1", rebuttal("l1", "c2", "c1", "Brandt called the promise a fantasy."));
        view.applyClaim("c1", harbourTax());
        assertThat(view.snapshot(FeedFilter.all()).items().getFirst().disputes())
                .containsExactly(
                        new FeedItem.Dispute(
                                "c2", "Rebutter", null, "Brandt called the promise a fantasy."));

        view.applyClaim(
                "c2",
                claim(
                        "c2",
                        "Ilo Brandt",
                        false,
                        "It will not.",
                        T0.plusSeconds(1),
                        T0.plusSeconds(1),
                        List.of(occurrence("s2", "Valley Courier", T0.plusSeconds(1))),
                        List.of(),
                        List.of()));

        FeedItem c1 = view.snapshot(FeedFilter.all()).items().get(1);
        assertThat(c1.disputed()).isTrue();
        assertThat(c1.disputes())
                .containsExactly(
                        new FeedItem.Dispute(
                                "c2",
                                "Ilo Brandt",
                                "It will not.",
                                "Brandt called the promise a fantasy."));
        FeedItem c2 = view.snapshot(FeedFilter.all()).items().get(0);
        assertThat(c2.rebuts()).extracting(FeedItem.Dispute::claimId).containsExactly("c1");
    }

    @Test
    void aTombstoneRemovesTheClaimRow() {
        view.applyClaim(
                "c1",
                claim(
                        "c1",
                        "Mara Vell",
                        false,
                        "pier",
                        T0,
                        T0,
                        List.of(occurrence("s1", "Harbor Ledger", T0)),
                        List.of(),
                        List.of()));
        view.applyClaim("c1", null);

        assertThat(view.size()).isZero();
    }

    @Test
    void readersFollowNumberedChangesAndAreToldToReloadWhenTooFarBehind() {
        view.applyStatement(statement("s1", "Mara Vell", false, "Harbor Ledger", "one", T0));
        long after = view.seq();
        view.applyStatement(
                statement("s2", "Mara Vell", false, "Harbor Ledger", "two", T0.plusSeconds(1)));

        FeedView.Changes changes = view.changesSince(view.epoch(), after, 100);
        assertThat(changes.reset()).isFalse();
        assertThat(changes.changes())
                .singleElement()
                .isInstanceOfSatisfying(
                        FeedChange.Upsert.class, u -> assertThat(u.item().id()).isEqualTo("s2"));
        assertThat(view.changesSince("another-server", after, 100).reset()).isTrue();
        assertThat(view.changesSince(view.epoch(), view.seq() + 5, 100).reset()).isTrue();
        assertThat(view.changesSince(view.epoch(), view.seq(), 100).changes()).isEmpty();
    }

    @Test
    void anUnchangedRepeatMakesNoChange() {
        var s = statement("s1", "Mara Vell", false, "Harbor Ledger", "one", T0);
        view.applyStatement(s);
        long seq = view.seq();
        view.applyStatement(s);

        assertThat(view.seq()).isEqualTo(seq);
    }

    @Test
    void aWaitingReaderWakesWhenAChangeArrives() throws Exception {
        long after = view.seq();
        Thread reader =
                Thread.ofVirtual()
                        .start(
                                () -> {
                                    try {
                                        view.awaitChangeAfter(
                                                after, java.time.Duration.ofMinutes(5));
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                });
        view.applyStatement(statement("s1", "Mara Vell", false, "Harbor Ledger", "one", T0));

        assertThat(reader.join(java.time.Duration.ofSeconds(30))).isTrue();
        assertThat(view.seq()).isGreaterThan(after);
    }
}
