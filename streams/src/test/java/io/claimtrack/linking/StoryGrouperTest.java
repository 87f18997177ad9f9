package io.claimtrack.linking;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.model.EntityRef;
import io.claimtrack.model.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
    private final KeyValues<Story> stories = KeyValues.inMemory();
    private final StoryGrouper grouper =
            new StoryGrouper(
                    stories, KeyValues.inMemory(), KeyValues.inMemory(), Duration.ofDays(14), 2);

    private static ArticleDigest digest(String id, Instant t, EntityRef... entities) {
        return new ArticleDigest(
                id, "Outlet " + id, "https://x/" + id, "T " + id, null, t, List.of(entities), 0);
    }

    private static EntityRef place(String name, String... aliases) {
        return new EntityRef(name, "PLACE", List.of(aliases));
    }

    @Test
    void travelPageAndNewsMeetThroughBakuAndKarabakhAliases() {
        Instant t = Instant.parse("2026-11-23T08:00:00Z");
        Story news =
                grouper.add(
                        digest(
                                "news",
                                t,
                                place("Baku"),
                                place("Nagorno-Karabakh", "Artsakh", "Karabakh"),
                                place("Armenia")));
        Story travel =
                grouper.add(
                        digest(
                                "travel",
                                t.plusSeconds(3600),
                                place("Baku"),
                                place("Azerbaijan"),
                                place("Karabakh")));
        Story unrelated = grouper.add(digest("other", t, place("Lisbon"), place("Porto")));
        assertThat(travel.id()).isEqualTo(news.id());
        assertThat(stories.get(news.id()).articleIds()).containsExactly("news", "travel");
        assertThat(unrelated.id()).isNotEqualTo(news.id());
    }

    @Test
    void oneSharedEntityOrAnArticleOutsideTheWindowStartsANewStory() {
        Instant t = Instant.parse("2026-11-23T08:00:00Z");
        Story a = grouper.add(digest("a", t, place("Baku"), place("Armenia")));
        Story b = grouper.add(digest("b", t, place("Baku"), place("Lisbon")));
        Story late =
                grouper.add(
                        digest("c", t.plus(Duration.ofDays(30)), place("Baku"), place("Armenia")));
        assertThat(b.id()).isNotEqualTo(a.id());
        assertThat(late.id()).isNotEqualTo(a.id());
    }
}
