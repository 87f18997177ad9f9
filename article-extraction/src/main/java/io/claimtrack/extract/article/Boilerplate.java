package io.claimtrack.extract.article;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Generic page-furniture cues from tag names, class names and ids; no site-specific rules. */
final class Boilerplate {

    /** Subtrees that never hold article text. */
    static final Set<String> SKIP_TAGS =
            Set.of(
                    "script",
                    "style",
                    "noscript",
                    "template",
                    "svg",
                    "iframe",
                    "object",
                    "embed",
                    "canvas",
                    "button",
                    "select",
                    "input",
                    "textarea",
                    "nav",
                    "aside",
                    "footer",
                    "figure",
                    "figcaption",
                    "picture",
                    "video",
                    "audio",
                    "map",
                    "dialog",
                    "menu",
                    "head",
                    "link",
                    "meta",
                    "source",
                    "math");

    /** Tags that end a run of inline text. */
    static final Set<String> BLOCK_TAGS =
            Set.of(
                    "p",
                    "div",
                    "section",
                    "article",
                    "main",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "li",
                    "ul",
                    "ol",
                    "dl",
                    "dt",
                    "dd",
                    "blockquote",
                    "pre",
                    "table",
                    "tr",
                    "td",
                    "th",
                    "tbody",
                    "thead",
                    "tfoot",
                    "caption",
                    "header",
                    "form",
                    "fieldset",
                    "address",
                    "hr",
                    "center",
                    "details",
                    "summary",
                    "body",
                    "html");

    // Long, distinctive words match anywhere in a class or id; short ones only as whole segments.
    private static final Pattern NEGATIVE =
            Pattern.compile(
                    "comment|related|share|sharing|social|newsletter|subscri|sidebar|footer|"
                            + "breadcrumb|taboola|outbrain|recommend|trending|popular|most-read|"
                            + "mostread|promo|advert|sponsor|cookie|consent|caption|byline|"
                            + "signup|sign-up|disclaimer|gating|regwall|registration|login|signin|sign-in|pagination|skip-link|twitter-tweet|instagram-media|tiktok-embed|"
                            + "sr-only|visually-hidden|screen-reader|visuallyhidden|"
                            + "(?:^|[\\s_-])(?:ad|ads|adv|nav|navbar|menu|bio|tags?|topics|author|"
                            + "authors|contributor|meta|toolbar|widget|modal|popup|banner|"
                            + "read-more|more|recirc|teaser)(?:$|[\\s_-])");

    /** Whole class tokens that hide an element. */
    private static final Pattern HIDDEN_CLASS =
            Pattern.compile("(?:^|\\s)(?:hide|hidden|is-hidden|d-none|invisible)(?:$|\\s)");

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile(
                    "display\\s*:\\s*none|visibility\\s*:\\s*hidden|clip\\s*:\\s*rect\\(\\s*0[^)]*\\)|"
                            + "clip-path\\s*:\\s*inset\\(\\s*50%",
                    Pattern.CASE_INSENSITIVE);

    private static final Pattern POSITIVE =
            Pattern.compile(
                    "article|body|content|story|entry|post|text|main|prose|rich",
                    Pattern.CASE_INSENSITIVE);

    /** Cues that no "article"/"content" word in the same class name can outweigh. */
    private static final Pattern STRONG_NEGATIVE =
            Pattern.compile(
                    "comment|disqus|related|recommend|newsletter|promo|outbrain|taboola|trending|"
                            + "popular|most-read|mostread|sponsor|advert|signup|sign-up|subscri");

    private static final Pattern COMMENT = Pattern.compile("comment|disqus|replies|discussion");
    private static final Pattern CAPTION = Pattern.compile("caption|credit");
    private static final Pattern BIO =
            Pattern.compile(
                    "author-?bio|bio-?box|about-?the-?author|author-?info|(?:^|[\\s_-])bio(?:$|[\\s_-])");

    private static final int MAX_CACHE = 50_000;
    private static final Map<String, Boolean> NEGATIVE_CACHE = new ConcurrentHashMap<>();

    private Boilerplate() {}

    /** Class and id of {@code el}, lowercased and camelCase split, or "" when it has neither. */
    static String signature(Element el) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        String raw = id.isEmpty() ? cls : cls + " " + id;
        StringBuilder sb = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(raw.charAt(i - 1))) {
                sb.append('-');
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    static boolean negative(String signature) {
        if (signature.isEmpty()) {
            return false;
        }
        Boolean cached = NEGATIVE_CACHE.get(signature);
        if (cached == null) {
            cached = NEGATIVE.matcher(signature).find();
            if (NEGATIVE_CACHE.size() > MAX_CACHE) {
                NEGATIVE_CACHE.clear(); // class names of unbounded sites must not grow the heap
            }
            NEGATIVE_CACHE.put(signature, cached);
        }
        return cached;
    }

    /** Hidden by attribute, inline style or a whole "hidden"-style class token. */
    static boolean hidden(Element el, String signature) {
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        return !signature.isEmpty() && HIDDEN_CLASS.matcher(signature).find();
    }

    static boolean positive(String signature) {
        return !signature.isEmpty() && POSITIVE.matcher(signature).find();
    }

    static boolean strongNegative(String signature) {
        return STRONG_NEGATIVE.matcher(signature).find();
    }

    static boolean comment(String signature) {
        return COMMENT.matcher(signature).find();
    }

    static boolean caption(String signature) {
        return CAPTION.matcher(signature).find();
    }

    static boolean bio(String signature) {
        return BIO.matcher(signature).find();
    }
}
