package io.claimtrack.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeLogTest {
    @Test
    void keepsOnlyTheNewestChangesAndSaysWhenAReaderFellBehind() {
        ChangeLog log = new ChangeLog(3);
        for (long i = 1; i <= 5; i++) {
            log.append(new FeedChange.Remove(i, "r" + i));
        }

        assertThat(log.since(2, 10))
                .hasValueSatisfying(
                        c -> assertThat(c).extracting(FeedChange::seq).containsExactly(3L, 4L, 5L));
        assertThat(log.since(1, 10)).isEmpty();
        assertThat(log.since(3, 1))
                .hasValueSatisfying(
                        c -> assertThat(c).extracting(FeedChange::seq).containsExactly(4L));
        assertThat(log.since(5, 10)).hasValueSatisfying(c -> assertThat(c).isEmpty());
    }

    @Test
    void aBatchCarriesTheLastStateOfEachRow() {
        FeedItem a =
                new FeedItem(
                        "a",
                        FeedItem.Kind.STATEMENT,
                        "x",
                        null,
                        null,
                        false,
                        false,
                        Fixtures.T0,
                        Fixtures.T0,
                        null,
                        1,
                        null,
                        null,
                        null,
                        null,
                        null,
                        1);
        var batch =
                SseHandler.collapse(
                        "e",
                        java.util.List.of(
                                new FeedChange.Upsert(1, a),
                                new FeedChange.Remove(2, "b"),
                                new FeedChange.Remove(3, "a"),
                                new FeedChange.Upsert(4, a.withVersion(4))));

        assertThat(batch.seq()).isEqualTo(4);
        assertThat(batch.removes()).containsExactly("b");
        assertThat(batch.upserts()).extracting(FeedItem::version).containsExactly(4L);
    }
}
