package io.claimtrack.ingest;

import java.util.List;

/** Fictional outlets, people and articles for the ingest tests (no real person is quoted). */
public final class Fixtures {
    private Fixtures() {}

    /** An article page of a fictional outlet, with enough paragraphs for the extractor. */
    public static String article(String outlet, String title, String speaker, String topic) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%2$s | %1$s</title>
                <meta property="og:site_name" content="%1$s"><meta property="og:title" content="%2$s">
                </head><body><nav><a href="/">Home</a> <a href="/news/">News</a></nav>
                <article><h1>%2$s</h1><p class="byline">By Petra Lindqvist</p>
                <p>%3$s, a spokesperson for the fictional harbour authority, addressed the council on %4$s on Tuesday evening in front of a full public gallery.</p>
                <p>"We will publish every figure before the vote, because residents deserve to see the numbers," %3$s said, adding that the review would take several weeks to complete.</p>
                <p>Council members asked detailed questions about the schedule, the costs and the consultation that is planned for the coming months across the district.</p>
                <p>The next public meeting on %4$s is expected in the spring, when the final report will be presented to the council and to residents.</p>
                </article><footer>Copyright %1$s</footer></body></html>
                """
                .formatted(outlet, title, speaker, topic);
    }

    /** An RSS 2.0 feed listing {@code links}. */
    public static String rss(String title, List<String> links) {
        StringBuilder items = new StringBuilder();
        for (String l : links) {
            items.append("<item><title>item</title><link>").append(l).append("</link></item>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>https://example.invalid/</link><description>d</description>
                %s</channel></rss>
                """
                .formatted(title, items);
    }
}
