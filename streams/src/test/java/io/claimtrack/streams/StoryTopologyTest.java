package io.claimtrack.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.linking.SeedQuotes;
import io.claimtrack.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryTopologyTest {
    @Test
    void travelPageAndNewsArticleMeetInOneStory() throws Exception {
        Scripted x = new Scripted();
        String travel =
                x.add(
                        new Scripted.Page()
                                .prose(seed("000_"))
                                .entity("Azerbaijan", "PLACE")
                                .entity("Baku", "PLACE")
                                .entity("Nagorno-Karabakh", "PLACE")
                                .entity("Museum of Genocide", "ORGANIZATION"));
        String news =
                x.add(
                        new Scripted.Page()
                                .prose(
                                        "The Military Trophies Park in Baku glorifies Azerbaijan’s victory in the"
                                                + " 2020 Artsakh War.")
                                .quote(
                                        "",
                                        SeedQuotes.ALIYEV,
                                        ",” proclaimed Aliyev.",
                                        Scripted.person("Ilham Aliyev", "Aliyev", "President"),
                                        "proclaimed")
                                .entity("Baku", "PLACE")
                                .entity("Artsakh", "PLACE", "Karabakh", "Nagorno-Karabakh")
                                .entity("Azerbaijan", "PLACE")
                                .entity("Armenia", "PLACE"));
        String elsewhere =
                x.add(
                        new Scripted.Page()
                                .prose("Trams return to the old town.")
                                .entity("Lisbon", "PLACE")
                                .entity("Portugal", "PLACE"));
        try (TopologyFixture f = new TopologyFixture(x)) {
            var t = TopologyFixture.T0;
            f.pipe(
                    TopologyFixture.article(
                            "https://armenian-weekly.example/park", "Armenian Weekly", news, t));
            f.pipe(
                    TopologyFixture.article(
                            "https://travel.example/museum",
                            "Aristokrat Travel",
                            travel,
                            t.plus(Duration.ofDays(2))));
            f.pipe(
                    TopologyFixture.article(
                            "https://lisbon.example/trams",
                            "Lisbon Daily",
                            elsewhere,
                            t.plus(Duration.ofDays(2))));
            f.flush();
            Map<String, Story> stories = TopologyFixture.latest(f.stories);
            assertThat(stories).hasSize(2);
            Story shared =
                    stories.values().stream()
                            .filter(s -> s.articleIds().size() == 2)
                            .findFirst()
                            .orElseThrow();
            assertThat(shared.outlets()).containsExactly("Armenian Weekly", "Aristokrat Travel");
            assertThat(shared.entities()).contains("baku", "artsakh");
            assertThat(shared.claimIds()).hasSize(1);
            assertThat(TopologyFixture.latest(f.claims).values())
                    .allSatisfy(c -> assertThat(c.storyId()).isEqualTo(shared.id()));
        }
    }

    private static String seed(String prefix) throws Exception {
        Path dir = Path.of("../../shared/seeds");
        try (var files = Files.list(dir)) {
            Path p =
                    files.filter(f -> f.getFileName().toString().startsWith(prefix))
                            .findFirst()
                            .orElseThrow();
            return Files.readString(p).strip();
        }
    }
}
