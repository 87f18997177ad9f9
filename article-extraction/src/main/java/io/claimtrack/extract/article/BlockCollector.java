package io.claimtrack.extract.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the body once, skipping furniture, and cuts the rest into {@link Block}s; captions,
 * comments and author bios met on the way are kept aside.
 */
final class BlockCollector {

    private static final int MAX_SIDE_ITEMS = 200;
    private static final int SMALL_FORM_CHARS = 1000;

    final List<Block> blocks = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    final List<String> comments = new ArrayList<>();
    String authorBio;

    private final boolean classCues;
    private final StringBuilder buf = new StringBuilder(512);
    private int linkChars;
    private boolean pendingBreak;

    private BlockCollector(boolean classCues) {
        this.classCues = classCues;
    }

    /**
     * Collects from {@code root} (normally the body); {@code classCues} false ignores class/id
     * words and skips by tag and visibility only.
     */
    static BlockCollector collect(Element root, boolean classCues) {
        BlockCollector c = new BlockCollector(classCues);
        c.walk(root);
        return c;
    }

    /** A position in the walk; explicit so that deeply nested pages cannot overflow the stack. */
    private static final class Frame {
        final Element el;
        final Element owner;
        final boolean inLink;
        final boolean block;
        int next;

        Frame(Element el, Element owner, boolean inLink, boolean block) {
            this.el = el;
            this.owner = owner;
            this.inLink = inLink;
            this.block = block;
        }
    }

    private void walk(Element root) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, root, false, true));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next >= f.el.childNodeSize()) {
                stack.pop();
                if (f.block) {
                    flush(f.el);
                }
                continue;
            }
            Node child = f.el.childNode(f.next++);
            if (child instanceof TextNode t) {
                appendText(t.getWholeText(), f.inLink);
            } else if (child instanceof Element e) {
                Frame next = enter(e, f);
                if (next != null) {
                    stack.push(next);
                }
            }
        }
    }

    /** Handles an element's own cues; returns the frame to walk its children in, or null. */
    private Frame enter(Element e, Frame parent) {
        String tag = e.normalName();
        if (tag.equals("br")) {
            if (pendingBreak) {
                flush(parent.owner); // two line breaks in a row separate paragraphs
            } else {
                pendingBreak = true;
                appendText(" ", false);
            }
            return null;
        }
        if (Boilerplate.SKIP_TAGS.contains(tag)) {
            aside(e, tag, "");
            return null;
        }
        if (tag.equals("form") && isSignupForm(e)) {
            return null;
        }
        String sig = Boilerplate.signature(e);
        if (((classCues && Boilerplate.negative(sig)) || Boilerplate.hidden(e, sig))
                && !keepDespiteSignature(e, sig)) {
            aside(e, tag, sig);
            return null;
        }
        if (Boilerplate.BLOCK_TAGS.contains(tag)) {
            flush(parent.owner);
            return new Frame(e, e, parent.inLink, true); // a link may wrap a whole card
        }
        return new Frame(e, parent.owner, parent.inLink || tag.equals("a"), false);
    }

    /** Newsletter and login forms; some CMSs wrap the whole page in one big form, which stays. */
    private static boolean isSignupForm(Element form) {
        return form.selectFirst("input[type=email], input[type=password]") != null
                || form.text().length() < SMALL_FORM_CHARS;
    }

    /** A wrapper such as "article-body share-enabled" is kept when it holds a lot of text. */
    private static boolean keepDespiteSignature(Element e, String sig) {
        if (Boilerplate.strongNegative(sig)) {
            return false;
        }
        // Page-level wrappers sometimes carry words like "menu-open" or "has-sidebar".
        if (e.selectFirst("h1, main, [itemprop=articleBody]") != null) {
            return true;
        }
        return Boilerplate.positive(sig) && e.select("p").size() >= 3;
    }

    /** Keeps skipped captions, comments and bios in their own fields. */
    private void aside(Element e, String tag, String sig) {
        if (tag.equals("figcaption") || (!sig.isEmpty() && Boilerplate.caption(sig))) {
            addSide(captions, e.text());
        } else if (tag.equals("figure")) {
            Element cap = e.selectFirst("figcaption");
            if (cap != null) {
                addSide(captions, cap.text());
            }
        } else if (!sig.isEmpty() && Boilerplate.comment(sig)) {
            for (Element p : e.select("p")) {
                addSide(comments, p.text());
            }
        } else if (authorBio == null && !sig.isEmpty() && Boilerplate.bio(sig)) {
            String t = e.text().trim();
            authorBio = t.isEmpty() ? null : t;
        }
    }

    private static void addSide(List<String> list, String text) {
        String t = text.trim();
        if (!t.isEmpty() && list.size() < MAX_SIDE_ITEMS && !list.contains(t)) {
            list.add(t);
        }
    }

    private void appendText(String s, boolean inLink) {
        int before = buf.length();
        boolean space = before == 0 || buf.charAt(before - 1) == ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    buf.append(' ');
                    space = true;
                }
            } else {
                buf.append(c);
                space = false;
                if (!(Character.isWhitespace(c))) {
                    pendingBreak = false;
                }
            }
        }
        if (inLink) {
            linkChars += buf.length() - before;
        }
    }

    private void flush(Element owner) {
        pendingBreak = false;
        int start = 0;
        int end = buf.length();
        while (start < end && buf.charAt(start) == ' ') {
            start++;
        }
        while (end > start && buf.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            String text = buf.substring(start, end);
            blocks.add(new Block(owner, text, Math.min(linkChars, text.length()), kindOf(owner)));
        }
        buf.setLength(0);
        linkChars = 0;
    }

    private static Block.Kind kindOf(Element owner) {
        return switch (owner.normalName()) {
            case "p" -> Block.Kind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
            case "blockquote", "pre" -> Block.Kind.QUOTE;
            default -> Block.Kind.OTHER;
        };
    }
}
