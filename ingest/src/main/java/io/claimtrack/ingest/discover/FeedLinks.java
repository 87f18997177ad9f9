package io.claimtrack.ingest.discover;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.claimtrack.ingest.url.UrlCanonicalizer;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xml.sax.InputSource;

/** Article links of an RSS 2.0, RSS 1.0/RDF or Atom feed, parsed by Rome with DTDs refused. */
public final class FeedLinks {
    private FeedLinks() {}

    /** Parses {@code body} fetched from {@code feedUrl}. */
    public static Listing parse(byte[] body, String feedUrl) {
        Optional<String> refusal = XmlGuard.refusal(body);
        if (refusal.isPresent()) {
            return new Listing.Malformed(refusal.get());
        }
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        SyndFeed feed;
        try {
            // Bytes, not a String: the XML parser honours the document's own encoding.
            feed = input.build(new InputSource(new ByteArrayInputStream(body)));
        } catch (FeedException | IllegalArgumentException e) {
            return new Listing.Malformed("not a feed: " + firstLine(e.getMessage()));
        }
        Set<String> urls = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            link(entry)
                    .flatMap(href -> UrlCanonicalizer.resolve(feedUrl, href))
                    .ifPresent(urls::add);
        }
        return Listing.Found.articles(new ArrayList<>(urls));
    }

    private static Optional<String> link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return Optional.of(entry.getLink());
        }
        for (SyndLink l : entry.getLinks()) {
            if (l.getRel() == null || l.getRel().equals("alternate")) {
                return Optional.ofNullable(l.getHref());
            }
        }
        String uri = entry.getUri();
        return uri != null && uri.startsWith("http") ? Optional.of(uri) : Optional.empty();
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Visible for tests. */
    static List<String> urls(Listing l) {
        return l instanceof Listing.Found f ? f.articles() : List.of();
    }
}
