package io.claimtrack.extract.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Picks the article's paragraphs from the page's blocks: classify each block (jusText style), find
 * the element whose subtree holds the most good text net of boilerplate, then keep its good blocks
 * and the short ones (subheadings, list items) that good blocks surround.
 */
final class MainContent {

    enum Grade {
        GOOD,
        NEAR,
        SHORT,
        BAD
    }

    private static final int GOOD_LENGTH = 80;
    private static final int NEAR_LENGTH = 30;
    private static final double MAX_LINK_DENSITY = 0.35;
    private static final double PROSE_MAX_LINK_DENSITY = 0.65;
    private static final double BAD_WEIGHT = 0.6;
    private static final int CARD_MAX_CHARS = 600;
    private static final double CARD_LINK_SHARE = 0.2;

    private static final Pattern BOILER_TEXT =
            Pattern.compile(
                    "(?i)^(advertisement|advertising|sponsored|read more|related|sign up|subscribe|"
                            + "follow us|share this|click here|click to|tap to|copyright|©|all rights reserved|"
                            + "skip to|listen to this|story continues|continue reading|"
                            + "recommended|more from|most popular|trending|published|updated|"
                            + "posted|last updated|by signing up|thank you for (?:registering|subscribing|signing up)|"
                            + "please (?:enter|refresh|log in|sign in)|already (?:a subscriber|have an account)|"
                            + "(?:illustrations?|photos?|photographs?|images?|video|graphics?) by)\\b.{0,80}$");

    /** Picture credits: "Name | Agency | Getty Images", "Photo: Name". */
    private static final Pattern CREDIT =
            Pattern.compile(
                    "(?i)^(?:photo|image|picture|credit|photograph)s?\\s*:.{0,100}$|"
                            + "^.{0,100}(?:getty images|shutterstock|alamy|ap photo|pa wire|pa media)\\W*$");

    private MainContent() {}

    /** The article's blocks in document order. */
    static List<Block> select(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        Grade[] grades = new Grade[blocks.size()];
        for (int i = 0; i < grades.length; i++) {
            grades[i] = grade(blocks.get(i));
        }
        Map<Element, double[]> stats = stats(blocks, grades);
        Element container = container(stats);
        if (container == null) {
            return List.of();
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!inside(b.owner(), container)) {
                continue;
            }
            if (keep(blocks, grades, i, container) && !inTeaserCard(b, container, stats)) {
                out.add(b);
            }
        }
        return out;
    }

    static Grade grade(Block b) {
        int len = b.length();
        // Long prose paragraphs may be link-rich (a lead citing sources); menus are not prose.
        double maxLinks =
                b.kind() == Block.Kind.PARAGRAPH && len >= 100
                        ? PROSE_MAX_LINK_DENSITY
                        : MAX_LINK_DENSITY;
        if (b.linkDensity() > maxLinks) {
            return Grade.BAD;
        }
        if (len < 200
                && (BOILER_TEXT.matcher(b.text()).matches()
                        || CREDIT.matcher(b.text()).matches()
                        || !hasWord(b.text()))) {
            return Grade.BAD;
        }
        if (len >= GOOD_LENGTH && b.kind() != Block.Kind.HEADING) {
            return Grade.GOOD;
        }
        if (len >= NEAR_LENGTH) {
            return Grade.NEAR;
        }
        return Grade.SHORT;
    }

    private static final int SCORE = 0;
    private static final int CHARS = 1;
    private static final int LINK_CHARS = 2;
    private static final int BLOCKS = 3;

    /** Per element: net good-text mass, text and link characters, and block count. */
    private static Map<Element, double[]> stats(List<Block> blocks, Grade[] grades) {
        Map<Element, double[]> stats = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            double w =
                    switch (grades[i]) {
                        case GOOD -> b.length();
                        case NEAR -> b.length() * 0.3;
                        case SHORT ->
                                b.linkChars() == 0 ? b.length() * 0.3 : -b.length() * BAD_WEIGHT;
                        case BAD -> -b.length() * BAD_WEIGHT;
                    };
            for (Element e = b.owner(); e != null; e = e.parent()) {
                double[] s = stats.computeIfAbsent(e, k -> new double[4]);
                s[SCORE] += w;
                s[CHARS] += b.length();
                s[LINK_CHARS] += b.linkChars();
                s[BLOCKS]++;
            }
        }
        return stats;
    }

    /** The element with the highest good-minus-boilerplate text mass. */
    private static Element container(Map<Element, double[]> stats) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> en : stats.entrySet()) {
            double s = en.getValue()[SCORE];
            if (s > bestScore) {
                bestScore = s;
                best = en.getKey();
            }
        }
        return best;
    }

    /**
     * True when the block sits in a small unit whose headline is a link: a teaser for another story
     * (a "card"), not part of this one.
     */
    private static boolean inTeaserCard(Block b, Element container, Map<Element, double[]> stats) {
        for (Element e = b.owner().parent(); e != null && e != container; e = e.parent()) {
            double[] s = stats.get(e);
            if (s[CHARS] > CARD_MAX_CHARS) {
                return false;
            }
            if (s[BLOCKS] >= 2
                    && s[LINK_CHARS] >= CARD_LINK_SHARE * s[CHARS]
                    && b.linkChars() < s[LINK_CHARS]) {
                return true;
            }
        }
        return false;
    }

    private static boolean keep(List<Block> blocks, Grade[] grades, int i, Element container) {
        return switch (grades[i]) {
            case GOOD -> true;
            case BAD -> false;
            case NEAR, SHORT -> {
                Block b = blocks.get(i);
                boolean heading = b.kind() == Block.Kind.HEADING;
                Grade next = neighbour(blocks, grades, i, 1, container);
                Grade prev = neighbour(blocks, grades, i, -1, container);
                if (b.owner().normalName().equals("h1")) {
                    yield false; // the title has its own field
                }
                if (heading) {
                    yield b.length() < 200 && headsContent(blocks, grades, i, container);
                }
                // Paragraphs, list items and quotes inside the body are content; loose text in
                // divs (datelines, labels) only next to good text.
                if (b.kind() != Block.Kind.OTHER) {
                    yield true;
                }
                yield grades[i] == Grade.NEAR && (prev == Grade.GOOD || next == Grade.GOOD);
            }
        };
    }

    /**
     * True when the first non-heading block after heading {@code i} is in the container and not
     * bad.
     */
    private static boolean headsContent(
            List<Block> blocks, Grade[] grades, int i, Element container) {
        for (int j = i + 1; j < blocks.size(); j++) {
            if (!inside(blocks.get(j).owner(), container)) {
                return false;
            }
            if (blocks.get(j).kind() != Block.Kind.HEADING) {
                return grades[j] != Grade.BAD;
            }
        }
        return false;
    }

    /** The grade of the nearest NEAR-or-better block in direction {@code step}, or BAD. */
    private static Grade neighbour(
            List<Block> blocks, Grade[] grades, int i, int step, Element container) {
        for (int j = i + step; j >= 0 && j < blocks.size(); j += step) {
            if (!inside(blocks.get(j).owner(), container)) {
                return Grade.BAD;
            }
            if (grades[j] == Grade.GOOD || grades[j] == Grade.BAD) {
                return grades[j];
            }
        }
        return Grade.BAD;
    }

    /** Rules such as "___" or "* * *" carry no words. */
    private static boolean hasWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }
}
