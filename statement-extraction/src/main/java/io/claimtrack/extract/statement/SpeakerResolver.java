package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns found statements into attributions: canonical speaker names, pronoun and document
 * back-references ("it", "the press release"), continuation quotes, roles and official flags.
 */
final class SpeakerResolver {

    private static final Pattern FORMER =
            Pattern.compile("\\b(?:former|ex-|retired|late)\\b", Pattern.CASE_INSENSITIVE);

    private final Lexicon lex;
    private final String text;
    private final NameRegistry names;
    private final Pattern official;

    SpeakerResolver(Lexicon lex, String text, NameRegistry names) {
        this.lex = lex;
        this.text = text;
        this.names = names;
        this.official = wordPattern(lex.roles);
    }

    static Pattern wordPattern(List<String> terms) {
        StringBuilder b = new StringBuilder("\\b(?:");
        for (int i = 0; i < terms.size(); i++) {
            b.append(i == 0 ? "" : "|").append(Pattern.quote(terms.get(i)));
        }
        return Pattern.compile(b.append(")\\b").toString(), Pattern.CASE_INSENSITIVE);
    }

    private final java.util.Map<String, String> roles = new java.util.HashMap<>();
    private final java.util.Map<String, String> genders = new java.util.HashMap<>();

    List<Attribution> resolve(Document doc) {
        List<Attribution> out = new ArrayList<>();
        for (Found f : doc.found) {
            Attribution prev = out.isEmpty() ? null : out.get(out.size() - 1);
            Speaker sp;
            if (f.continuation()) {
                sp = prev == null ? null : prev.speaker();
            } else {
                sp = speaker(f, out, doc);
            }
            sp = remember(sp);
            boolean off = sp != null && isOfficial(sp, f);
            String quote = text.substring(f.start(), f.end());
            out.add(new Attribution(f.start(), f.end(), quote, f.kind(), f.cue(), off, sp));
        }
        return out;
    }

    /** Roles seen once stay with the name; "he"/"she" once used for a name stays with it. */
    private Speaker remember(Speaker sp) {
        if (sp == null || sp.name() == null) {
            return sp;
        }
        String low = sp.mention() == null ? "" : Lexicon.lower(sp.mention());
        if (low.equals("he") || low.equals("she")) {
            genders.putIfAbsent(sp.name(), low);
        }
        if (sp.role() != null) {
            roles.putIfAbsent(sp.name(), sp.role());
            return sp;
        }
        String role = roles.get(sp.name());
        return role == null
                ? sp
                : new Speaker(sp.name(), sp.mention(), sp.start(), sp.end(), role, sp.type());
    }

    private Speaker speaker(Found f, List<Attribution> before, Document doc) {
        Mention m = f.speaker();
        String low = Lexicon.lower(m.text());
        String pronoun = lex.pronouns.get(low);
        if (pronoun != null) {
            Speaker ante = antecedent(pronoun, before, m.start(), low);
            return ante == null
                    ? new Speaker(m.text(), m.text(), m.start(), m.end(), null, "UNKNOWN")
                    : new Speaker(
                            ante.name(), m.text(), m.start(), m.end(), ante.role(), ante.type());
        }
        String document = documentNoun(low);
        if (document != null) {
            Speaker issuer = issuer(document, m.start(), before, doc);
            if (issuer != null) {
                return new Speaker(
                        issuer.name(), m.text(), m.start(), m.end(), issuer.role(), issuer.type());
            }
        }
        String org = orgNoun(low, before, m.start());
        if (org != null) {
            return new Speaker(org, m.text(), m.start(), m.end(), null, "ORGANIZATION");
        }
        NameRegistry.Canonical c = names.canonical(m.text(), m.start());
        String role = role(c.role(), m.descriptor(), f.prefix());
        if (role == null && "PERSON".equals(c.type()) && m.text().endsWith(" " + c.name())) {
            role =
                    m.text()
                            .substring(0, m.text().length() - c.name().length())
                            .strip(); // "Port director"
        }
        return new Speaker(c.name(), m.text(), m.start(), m.end(), role, c.type());
    }

    /** "the ministry", "the court": the organisation of that kind named last. */
    private String orgNoun(String mention, List<Attribution> before, int offset) {
        String[] w = mention.split("\\s+");
        if (w.length != 2 || !w[0].equals("the") || !lex.orgWords.contains(w[1])) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Speaker s = before.get(i).speaker();
            if (s != null
                    && "ORGANIZATION".equals(s.type())
                    && Lexicon.lower(s.name()).contains(w[1])) {
                return s.name();
            }
        }
        return names.organizationBefore(offset, w[1]);
    }

    private String role(String title, String descriptor, String prefix) {
        if (title != null) {
            return title;
        }
        boolean described =
                descriptor != null && descriptor.matches("(?i)(the|a|an|his|her|its|their) .*");
        if (descriptor != null && (described || official.matcher(descriptor).find())) {
            return descriptor;
        }
        if (prefix != null && official.matcher(prefix).find()) {
            return prefix.replaceAll("[,\\s]+$", "");
        }
        return null;
    }

    private Speaker antecedent(String kind, List<Attribution> before, int offset, String pronoun) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Speaker s = before.get(i).speaker();
            String g = s == null ? null : genders.get(s.name());
            boolean genderOk =
                    g == null
                            || !(pronoun.equals("he") || pronoun.equals("she"))
                            || g.equals(pronoun);
            if (s != null && genderOk && (kind.equals("ANY") || kind.equals(s.type()))) {
                return s;
            }
        }
        if (kind.equals("ORGANIZATION")) {
            String org = names.organizationBefore(offset, null);
            if (org != null) {
                return new Speaker(org, null, null, null, null, "ORGANIZATION");
            }
        }
        if (kind.equals("PERSON")) {
            NameRegistry.Person p = names.personBefore(offset);
            if (p != null) {
                return new Speaker(p.name(), null, null, null, p.role(), "PERSON");
            }
        }
        return null;
    }

    private String documentNoun(String mention) {
        for (String d : lex.documentSpeakers) {
            if (mention.equals(d) || mention.endsWith(" " + d)) {
                return d;
            }
        }
        return null;
    }

    /** Who issued "the statement": "X released a statement" nearby, else the last organisation. */
    private Speaker issuer(String document, int offset, List<Attribution> before, Document doc) {
        Document.Issuer best = null;
        for (Document.Issuer is : doc.issuers) {
            if (is.offset() < offset
                    && offset - is.offset() < 2000
                    && document.endsWith(is.document())) {
                best = is;
            }
        }
        if (best != null) {
            NameRegistry.Canonical c = names.canonical(best.subject().text(), best.offset());
            return new Speaker(c.name(), null, null, null, c.role(), c.type());
        }
        return antecedent("ORGANIZATION", before, offset, "it");
    }

    private boolean isOfficial(Speaker sp, Found f) {
        String descriptor = f.speaker() == null ? null : f.speaker().descriptor();
        if (FORMER.matcher(sp.role() + " " + sp.mention() + " " + descriptor).find()) {
            return false; // "Former President Bill Clinton" no longer speaks for an office
        }
        return matches(sp.role())
                || matches(sp.name())
                || matches(sp.mention())
                || f.speaker() != null && matches(f.speaker().descriptor());
    }

    private boolean matches(String s) {
        return s != null && official.matcher(s).find();
    }
}
