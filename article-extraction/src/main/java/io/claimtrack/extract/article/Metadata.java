package io.claimtrack.extract.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Page metadata from JSON-LD, then OpenGraph/meta tags, then the DOM and the URL. */
final class Metadata {

    private static final Pattern TITLE_SEPARATOR =
            Pattern.compile("[\\s\\u00a0]+[|\\-–—:·•»][\\s\\u00a0]+");
    private static final Pattern BY_PREFIX =
            Pattern.compile("(?i)^\\s*(by|von|par|por|di|door)\\s+");
    private static final Pattern AUTHOR_SPLIT =
            Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*");

    private static final List<String> AUTHOR_META =
            List.of(
                    "author",
                    "article:author",
                    "parsely-author",
                    "sailthru.author",
                    "dc.creator",
                    "dcterms.creator",
                    "byl");

    final Map<String, String> meta = new HashMap<>();
    final JsonLd ld;
    final Document doc;
    final String url;

    private Metadata(Document doc, String url) {
        this.doc = doc;
        this.url = url;
        this.ld = JsonLd.of(doc);
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (key.isEmpty()) {
                key = m.attr("itemprop");
            }
            String content = m.attr("content").trim();
            if (!key.isEmpty() && !content.isEmpty()) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
            }
        }
    }

    static Metadata of(Document doc, String url) {
        return new Metadata(doc, url);
    }

    private String first(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    String siteName() {
        String s = first("og:site_name", "application-name", "twitter:site");
        if (s == null) {
            s = ld.name("publisher");
        }
        return s == null ? null : s.replaceFirst("^@", "");
    }

    String title() {
        String t = first("og:title", "twitter:title");
        if (t == null) {
            t = ld.text("headline");
        }
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 == null ? null : h1.text();
        }
        if (t == null || t.isBlank()) {
            t = doc.title();
        }
        return t == null || t.isBlank() ? null : cleanTitle(t.trim(), siteName());
    }

    /** Drops trailing " | Site Name" / " | by Author" segments and a leading site name. */
    static String cleanTitle(String title, String site) {
        List<String> parts = new ArrayList<>(List.of(TITLE_SEPARATOR.split(title)));
        if (parts.size() < 2) {
            return title;
        }
        while (parts.size() > 1) {
            String last = parts.get(parts.size() - 1).trim();
            int restLength = String.join(" ", parts.subList(0, parts.size() - 1)).length();
            boolean isSite = site != null && last.equalsIgnoreCase(site.trim());
            boolean isBy = BY_PREFIX.matcher(last).find();
            boolean isShort = last.split("\\s+").length <= 3 && restLength > 2 * last.length();
            if (!(isSite || isBy || isShort)) {
                break;
            }
            parts.remove(parts.size() - 1);
        }
        if (parts.size() > 1 && site != null && parts.get(0).trim().equalsIgnoreCase(site.trim())) {
            parts.remove(0);
        }
        if (parts.size() == 1) {
            return parts.get(0).trim();
        }
        // Keep the original separators of what remains.
        int end = title.indexOf(parts.get(parts.size() - 1)) + parts.get(parts.size() - 1).length();
        int start = title.indexOf(parts.get(0));
        return title.substring(Math.max(0, start), Math.max(start, end)).trim();
    }

    String description() {
        String d = first("og:description", "description", "twitter:description");
        return d != null ? d : ld.text("description");
    }

    String section() {
        String s = first("article:section");
        s = s != null ? s : ld.text("articleSection");
        return s != null ? s : first("parsely-section");
    }

    String canonicalUrl() {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            String abs = link.absUrl("href");
            return abs.isEmpty() ? link.attr("href") : abs;
        }
        String og = first("og:url");
        return og != null ? og : url;
    }

    String declaredLanguage() {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (!lang.isBlank()) {
            return lang;
        }
        String l = first("og:locale", "content-language", "language", "dc.language");
        return l != null ? l : ld.text("inLanguage");
    }

    Instant published(Instant now) {
        Instant t =
                firstDate(
                        now,
                        ld.text("datePublished"),
                        first(
                                "article:published_time",
                                "og:published_time",
                                "datepublished",
                                "publishdate",
                                "pubdate",
                                "publish-date",
                                "date",
                                "dc.date",
                                "dc.date.issued",
                                "dcterms.created",
                                "sailthru.date",
                                "parsely-pub-date",
                                "article.published"),
                        ld.text("dateCreated"));
        if (t == null) {
            Element time = doc.selectFirst("time[datetime]");
            t = time == null ? null : Dates.plausible(Dates.parse(time.attr("datetime")), now);
        }
        return t != null ? t : Dates.plausible(Dates.fromUrl(url), now);
    }

    Instant modified(Instant now) {
        return firstDate(
                now,
                ld.text("dateModified"),
                first(
                        "article:modified_time",
                        "og:updated_time",
                        "datemodified",
                        "last-modified",
                        "dcterms.modified",
                        "article.updated"));
    }

    private static Instant firstDate(Instant now, String... candidates) {
        for (String c : candidates) {
            Instant t = Dates.plausible(Dates.parse(c), now);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    List<String> authors() {
        Set<String> out = new LinkedHashSet<>();
        // JSON-LD names sometimes carry a job title after a comma.
        ld.authors().forEach(a -> addAuthor(out, a));
        if (out.isEmpty()) {
            for (String key : AUTHOR_META) {
                String m = meta.get(key);
                // article:author is often a profile URL; a name may sit under another key.
                if (m != null && !m.startsWith("http") && !m.startsWith("@")) {
                    splitAuthors(m).forEach(a -> addAuthor(out, a));
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author]")) {
                Element name = e.selectFirst("[itemprop=name]");
                addAuthor(out, name != null ? name.text() : e.text());
            }
        }
        if (out.isEmpty()) {
            Element byline = doc.selectFirst("[class*=byline], [class*=Byline]");
            if (byline != null && byline.text().length() < 120) {
                splitAuthors(byline.text()).forEach(a -> addAuthor(out, a));
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> splitAuthors(String s) {
        String v = BY_PREFIX.matcher(s).replaceFirst("");
        return List.of(AUTHOR_SPLIT.split(v));
    }

    private static void addAuthor(Set<String> out, String raw) {
        if (raw == null) {
            return;
        }
        // A name is often followed by a job title: "Jane Roe, Political Editor".
        String a = BY_PREFIX.matcher(raw.trim()).replaceFirst("").split(",")[0].trim();
        if (a.length() >= 2 && a.length() <= 80 && !a.startsWith("http") && out.size() < 20) {
            out.add(a);
        }
    }

    List<String> feedLinks() {
        List<String> feeds = new ArrayList<>();
        for (Element link : doc.select("link[rel~=(?i)alternate][href][type]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss+xml") || type.contains("atom+xml")) {
                String abs = link.absUrl("href");
                String v = abs.isEmpty() ? link.attr("href") : abs;
                if (!feeds.contains(v)) {
                    feeds.add(v);
                }
            }
        }
        return feeds;
    }
}
