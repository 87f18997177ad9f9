package io.claimtrack.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void cleansSiteNamesAndBylinesOffTitles() {
        assertThat(
                        Metadata.cleanTitle(
                                "Ferry timetable extended | The Harbor Ledger",
                                "The Harbor Ledger"))
                .isEqualTo("Ferry timetable extended");
        assertThat(
                        Metadata.cleanTitle(
                                "Ferry timetable extended | Harbor Ledger | by Tom Quill",
                                "Harbor Ledger"))
                .isEqualTo("Ferry timetable extended");
        assertThat(
                        Metadata.cleanTitle(
                                "Harbor Ledger - Ferry timetable extended for the whole winter",
                                "Harbor Ledger"))
                .isEqualTo("Ferry timetable extended for the whole winter");
        assertThat(Metadata.cleanTitle("Port Wexley: ferries to run all winter", null))
                .isEqualTo("Port Wexley: ferries to run all winter");
    }

    @Test
    void takesAuthorsFromMetaTagsWhenJsonLdHasNone() {
        String html =
                "<html><head><meta property=\"article:author\" content=\"https://ledger.example/staff\">"
                        + "<meta name=\"sailthru.author\" content=\"By Tom Quill and Mara Lind\">"
                        + "</head><body><p>Text.</p></body></html>";
        Metadata m = Metadata.of(org.jsoup.Jsoup.parse(html), null);
        assertThat(m.authors()).containsExactly("Tom Quill", "Mara Lind");
    }

    @Test
    void parsesTheDateFormatsNewsPagesUse() {
        Instant expected = Instant.parse("2024-03-05T07:30:00Z");
        assertThat(Dates.parse("2024-03-05T08:30:00+01:00")).isEqualTo(expected);
        assertThat(Dates.parse("2024-03-05T08:30:00+0100")).isEqualTo(expected);
        assertThat(Dates.parse("2024-03-05T07:30:00.000Z")).isEqualTo(expected);
        assertThat(Dates.parse("2024-03-05 07:30:00")).isEqualTo(expected);
        assertThat(Dates.parse("Tue, 05 Mar 2024 07:30:00 GMT")).isEqualTo(expected);
        assertThat(Dates.parse("1709623800")).isEqualTo(expected);
        assertThat(Dates.parse("2024-03-05")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(Dates.parse("last Tuesday")).isNull();
        assertThat(Dates.fromUrl("https://ledger.example/news/2024/03/05/ferry"))
                .isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(Dates.fromUrl("https://ledger.example/story/2024-03-05-ferry"))
                .isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(Dates.fromUrl("https://ledger.example/2024/13/45/x")).isNull();
    }
}
