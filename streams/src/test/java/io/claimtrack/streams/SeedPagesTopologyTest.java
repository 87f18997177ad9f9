package io.claimtrack.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.extract.statement.StatementExtractor;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.LinkRelation;
import io.claimtrack.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's promises, with the real statement extractor on text from the seeds. */
class SeedPagesTopologyTest {
    private static final String ARMENIAN_MOFA =
            "The Ministry of Foreign Affairs (MoFA) of Armenia also released a statement censuring"
                    + " the park. “At a time when the consequences of the war unleashed by"
                    + " Azerbaijan against Artsakh haven’t been fully addressed, when numerous"
                    + " Armenian prisoners of war are being held in Azerbaijani captivity, with the"
                    + " organization of such an ‘exhibition’ wrapped in the elements of marauding,"
                    + " Azerbaijan is finally consolidating its position as a global center of"
                    + " intolerance and xenophobia,” the statement reads";
    private static final String AZERBAIJANI_MOFA =
            "The MoFA of Azerbaijan dismissed the “hysteria” of its Armenian counterpart as a"
                    + " “blackmail attempt.” Notably, it reiterated its stance that the hundreds of"
                    + " prisoners held hostage in Azerbaijan months after the end of the war are"
                    + " not POWs, but terrorists. “We once again advise the Ministry of Foreign"
                    + " Affairs of Armenia to refrain from rhetoric full of lies and slander on the"
                    + " issue of ‘prisoners of war’ expressed at every opportunity,” the press"
                    + " release reads.";

    private final StatementExtractor extractor = new StatementExtractor();

    @Test
    void travelPageAndNewsArticleShareAStory() throws Exception {
        try (TopologyFixture f = new TopologyFixture(extractor::extract)) {
            f.pipe(
                    TopologyFixture.article(
                            "https://armenianweekly.example/park",
                            "Armenian Weekly",
                            seed("004_"),
                            TopologyFixture.T0));
            f.pipe(
                    TopologyFixture.article(
                            "https://aristokrat-travel.example/museum",
                            "Aristokrat Travel",
                            seed("000_"),
                            TopologyFixture.T0.plus(Duration.ofDays(1))));
            f.flush();
            Map<String, Story> stories = TopologyFixture.latest(f.stories);
            assertThat(stories.values())
                    .anySatisfy(
                            s ->
                                    assertThat(s.outlets())
                                            .containsExactly(
                                                    "Armenian Weekly", "Aristokrat Travel"));
        }
    }

    @Test
    void azerbaijaniRebuttalInOneOutletIsLinkedToTheArmenianStatementInAnother() {
        try (TopologyFixture f = new TopologyFixture(extractor::extract)) {
            f.pipe(
                    TopologyFixture.article(
                            "https://yerevan-ledger.example/mofa",
                            "Yerevan Ledger",
                            ARMENIAN_MOFA,
                            TopologyFixture.T0));
            f.pipe(
                    TopologyFixture.article(
                            "https://baku-bulletin.example/reply",
                            "Baku Bulletin",
                            AZERBAIJANI_MOFA,
                            TopologyFixture.T0.plus(Duration.ofHours(5))));
            List<ClaimLink> links = f.links.readValuesToList();
            assertThat(links)
                    .anySatisfy(
                            l -> {
                                assertThat(l.relation()).isEqualTo(LinkRelation.REBUTS);
                                assertThat(l.fromSpeaker()).contains("Azerbaijan");
                                assertThat(l.toSpeaker()).contains("Armenia");
                            });
        }
    }

    private static String seed(String prefix) throws Exception {
        try (var files = Files.list(Path.of("../../shared/seeds"))) {
            return Files.readString(
                    files.filter(p -> p.getFileName().toString().startsWith(prefix))
                            .findFirst()
                            .orElseThrow());
        }
    }
}
