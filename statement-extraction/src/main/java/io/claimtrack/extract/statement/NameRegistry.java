package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of one article: people seen with their full names and titles ("President Ilham
 * Aliyev"), abbreviations defined in the text ("European Court of Human Rights (ECHR)"), and the
 * canonical form of any speaker phrase.
 */
final class NameRegistry {

    /** A person by full name, with the title seen before the name (nullable) and where. */
    record Person(String name, String role, int offset) {}

    /** A canonical name, the title stripped from it (nullable), and PERSON/ORGANIZATION/UNKNOWN. */
    record Canonical(String name, String role, String type) {}

    private static final Pattern DEFINED_ABBREVIATION =
            Pattern.compile("\\(([A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,4})\\)");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern POSSESSIVE =
            Pattern.compile("^(\\p{Lu}[\\p{L} .-]*?)['’]s\\s+(.+)$");

    private static final Set<String> PARTICLES =
            Set.of("de", "van", "von", "da", "di", "del", "der", "bin", "al", "la", "le", "du");

    private final Lexicon lex;
    private final String text;
    private final Map<String, Person> bySurname = new LinkedHashMap<>();
    private final List<Person> mentions = new ArrayList<>();
    private final List<Person> organizations = new ArrayList<>();
    private final Map<String, String> abbreviations = new HashMap<>();

    NameRegistry(Lexicon lex, String text) {
        this.lex = lex;
        this.text = text;
    }

    /** Learns the people and abbreviations of one block of tokens. */
    void learn(List<Token> ts) {
        int k = 0;
        while (k < ts.size()) {
            Token t = ts.get(k);
            if (t.isWord() && t.isUpper() && !t.inQuote()) {
                int e = runEnd(ts, k);
                boolean afterDeterminer = k > 0 && lex.determiners.contains(ts.get(k - 1).lower());
                int s = k;
                if (lex.determiners.contains(t.lower()) || lex.discourse.contains(t.text())) {
                    afterDeterminer |= lex.determiners.contains(t.lower());
                    s = Math.min(k + 1, e);
                }
                String run = text.substring(ts.get(s).start(), ts.get(e).end());
                person(run, ts.get(s).start(), afterDeterminer);
                if (isOrganization(run)) {
                    organizations.add(
                            new Person(
                                    canonical(run, ts.get(s).start()).name(),
                                    null,
                                    ts.get(s).start()));
                }
                k = e + 1;
            } else {
                k++;
            }
        }
        if (!ts.isEmpty()) {
            definedAbbreviations(text.substring(ts.get(0).start(), ts.get(ts.size() - 1).end()));
        }
    }

    private int runEnd(List<Token> ts, int k) {
        int e = k;
        while (e + 1 < ts.size()) {
            Token n = ts.get(e + 1);
            if (n.inQuote() || n.start() - ts.get(e).end() > 1) {
                break;
            }
            if (n.isWord() && n.isUpper()) {
                e++;
            } else if ((n.text().equals("'") || n.text().equals("’"))
                    && n.start() == ts.get(e).end()
                    && e + 2 < ts.size()
                    && ts.get(e + 2).isUpper()
                    && !ts.get(e + 2).inQuote()) {
                e += 2; // "the Teachers' Association"
            } else if (PARTICLES.contains(n.text())
                    && e + 2 < ts.size()
                    && ts.get(e + 2).isUpper()
                    && !ts.get(e + 2).inQuote()) {
                e += 2; // "Bill de Blasio"
            } else if (n.is("of")
                    && e + 2 < ts.size()
                    && ts.get(e + 2).isUpper()
                    && !ts.get(e + 2).inQuote()) {
                e += 2;
            } else if (n.text().equals(".")
                    && (lex.sentenceAbbreviations.contains(ts.get(e).text())
                            || ts.get(e).text().length() == 1)
                    && e + 2 < ts.size()
                    && ts.get(e + 2).isUpper()) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    private void person(String run, int offset, boolean afterDeterminer) {
        run = run.replaceFirst("['’]s$", "");
        String[] titled = stripTitle(run);
        String name = titled[0];
        String[] words = name.split("\\s+");
        if (words.length > 3 || name.isEmpty() || afterDeterminer && titled[1] == null) {
            return;
        }
        for (String w : words) {
            String lw = Lexicon.lower(w.replaceAll("['’]s$", ""));
            if (lex.orgWords.contains(lw)
                    || lex.places.contains(w)
                    || lex.demonymToPlace.containsKey(w)
                    || lex.discourse.contains(w)
                    || !Character.isLetter(w.charAt(0))
                    || lex.sentenceAbbreviations.contains(w)
                    || w.length() < 2) {
                return;
            }
        }
        if (words.length < 2 && titled[1] == null
                || lex.placeFirstWords.contains(words[0])
                || lex.placeLastWords.contains(words[words.length - 1])) {
            return;
        }
        String key = Lexicon.lower(words[words.length - 1]);
        Person p = new Person(name, titled[1], offset);
        Person old = bySurname.get(key);
        if (old == null
                || old.name().split("\\s+").length < words.length
                || old.role() == null && p.role() != null && old.name().equals(name)) {
            bySurname.put(
                    key,
                    old != null && p.role() == null ? new Person(name, old.role(), offset) : p);
        }
        mentions.add(p);
    }

    /** {name without leading titles and demonyms, the expanded title or null}. */
    String[] stripTitle(String run) {
        String rest = run.strip();
        String role = null;
        for (boolean changed = true; changed; ) {
            changed = false;
            String low = Lexicon.lower(rest);
            for (String t : lex.titles) {
                if (low.startsWith(t + " ") && rest.length() > t.length() + 1) {
                    String title = expand(rest.substring(0, t.length()));
                    role = role == null ? title : role + " " + title;
                    rest = rest.substring(t.length() + 1).strip();
                    changed = true;
                    break;
                }
            }
            int sp = rest.indexOf(' ');
            if (!changed && sp > 0 && lex.demonymToPlace.containsKey(rest.substring(0, sp))) {
                rest = rest.substring(sp + 1).strip();
                changed = true;
            }
        }
        return new String[] {rest, role};
    }

    private void definedAbbreviations(String block) {
        Matcher m = DEFINED_ABBREVIATION.matcher(block);
        while (m.find()) {
            String abbr = m.group(1);
            String initials = abbr.replaceAll("[^A-Z]", "");
            String[] before =
                    block.substring(Math.max(0, m.start() - 120), m.start()).strip().split("\\s+");
            StringBuilder got = new StringBuilder();
            int i = before.length - 1;
            for (; i >= 0 && got.length() < initials.length(); i--) {
                String w = before[i];
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    got.insert(0, w.charAt(0));
                } else if (!List.of("of", "for", "and", "the", "on", "in").contains(w)) {
                    break;
                }
            }
            if (got.toString().equals(initials)) {
                abbreviations.put(
                        abbr, String.join(" ", List.of(before).subList(i + 1, before.length)));
            }
        }
    }

    String expand(String s) {
        String full = abbreviations.getOrDefault(s, lex.abbreviations.get(s));
        return full == null ? s : full;
    }

    /** The canonical name of a speaker phrase (not a pronoun). */
    Canonical canonical(String mention, int offset) {
        String s = PARENTHESES.matcher(mention).replaceAll("").strip();
        s = s.replaceFirst("^(?i)(the|a|an)\\s+", "");
        Matcher pm = POSSESSIVE.matcher(s);
        if (pm.matches() && lex.places.contains(pm.group(1))) {
            s = pm.group(2) + " of " + pm.group(1);
        }
        s = expandWords(s);
        String alias = lex.aliasToCanonical.get(Lexicon.lower(s));
        if (alias != null) {
            return new Canonical(alias, null, lex.aliasType.getOrDefault(alias, "ORGANIZATION"));
        }
        String last = Lexicon.lower(s.substring(s.lastIndexOf(' ') + 1));
        Person known = bySurname.get(last);
        if (known != null && s.endsWith(" " + known.name())) {
            // "Union leader Jonas Weller": a known person behind a description
            String role = s.substring(0, s.length() - known.name().length()).strip();
            return new Canonical(known.name(), role, "PERSON");
        }
        if (isOrganization(s)) {
            return new Canonical(s, null, "ORGANIZATION");
        }
        String[] titled = stripTitle(s);
        if (titled[1] == null && lex.titles.contains(Lexicon.lower(s))) {
            Person p = byRole(expand(s), offset);
            return p != null
                    ? new Canonical(p.name(), p.role(), "PERSON")
                    : new Canonical(s, s, "PERSON");
        }
        String[] words = titled[0].split("\\s+");
        Person p = bySurname.get(Lexicon.lower(words[words.length - 1]));
        if (p != null
                && (words.length == 1
                        || Lexicon.lower(p.name()).endsWith(Lexicon.lower(titled[0]))
                        || titled[0].endsWith(p.name()))) {
            return new Canonical(p.name(), titled[1] != null ? titled[1] : p.role(), "PERSON");
        }
        boolean proper = Character.isUpperCase(titled[0].charAt(0));
        return new Canonical(
                titled[0],
                titled[1],
                titled[1] != null || proper && words.length > 1 ? "PERSON" : "UNKNOWN");
    }

    private String expandWords(String s) {
        String[] words = s.split("\\s+");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            String e =
                    words.length > 1
                            ? abbreviations.getOrDefault(w, lex.abbreviations.getOrDefault(w, w))
                            : w;
            b.append(b.length() == 0 ? "" : " ").append(e);
        }
        return b.toString();
    }

    private boolean isOrganization(String s) {
        for (String w : Lexicon.lower(s).split("[\\s’']+")) {
            if (lex.orgWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The person most recently seen with this title before {@code offset}. */
    private Person byRole(String role, int offset) {
        Person best = null;
        String r = Lexicon.lower(role);
        for (Person p : mentions) {
            Person full = bySurname.get(Lexicon.lower(p.name().replaceAll(".*\\s", "")));
            String pr = p.role() != null ? p.role() : full != null ? full.role() : null;
            if (pr != null && Lexicon.lower(pr).endsWith(r) && p.offset() < offset) {
                best = full != null ? full : p;
            }
        }
        return best;
    }

    /** The organisation named most recently before {@code offset} whose name has {@code word}. */
    String organizationBefore(int offset, String word) {
        String best = null;
        for (Person o : organizations) {
            if (o.offset() < offset && (word == null || Lexicon.lower(o.name()).contains(word))) {
                best = o.name();
            }
        }
        return best;
    }

    /** The person named most recently before {@code offset}, or null. */
    Person personBefore(int offset) {
        Person best = null;
        for (Person p : mentions) {
            if (p.offset() < offset) {
                best = bySurname.getOrDefault(Lexicon.lower(p.name().replaceAll(".*\\s", "")), p);
            }
        }
        return best;
    }

    List<Person> people() {
        return List.copyOf(bySurname.values());
    }
}
