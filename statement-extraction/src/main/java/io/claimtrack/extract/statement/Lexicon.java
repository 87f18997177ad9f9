package io.claimtrack.extract.statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The word lists of one language, loaded once from resource files under {@code <lang>/}. */
final class Lexicon {

    /** A cue form and the condition under which it attributes. */
    record Cue(List<String> words, boolean documentOnly, boolean needsQuote, boolean alsoNoun) {}

    final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();
    final Set<String> documentSpeakers;
    final List<String> roles;
    final List<String> titles;
    final Map<String, String> abbreviations = new HashMap<>();
    final Map<String, String> aliasToCanonical = new HashMap<>();
    final Map<String, String> aliasType = new HashMap<>();
    final Map<String, List<String>> aliasesOf = new HashMap<>();
    final Map<String, String> demonymToPlace = new HashMap<>();
    final Set<String> places = new HashSet<>();
    final Set<String> orgWords;
    final Set<String> rebuttalCues = new HashSet<>();
    final List<String> rebuttalWords = new ArrayList<>();
    final Set<String> notSpeakers;
    final Set<String> discourse;
    final Set<String> sentenceAbbreviations;
    final Set<String> cueModifiers;
    final Set<String> determiners;
    final Set<String> adjuncts;
    final Set<String> auxiliaries;
    final Set<String> clauseBreaks;
    final Set<String> timeWords;
    final Set<String> placeFirstWords = new HashSet<>();
    final Set<String> placeLastWords = new HashSet<>();
    final Set<String> conjunctions = Set.of("and", "but", "or", "so", "then", "yet", "nor");
    final Map<String, String> pronouns = new HashMap<>();
    final List<Pattern> captions = new ArrayList<>();
    final List<Pattern> ends = new ArrayList<>();
    final List<Pattern> bios = new ArrayList<>();

    Lexicon(String lang) {
        for (String line : lines(lang, "cues.txt")) {
            String[] parts = line.split("\\s+");
            List<String> words = new ArrayList<>();
            boolean doc = false;
            boolean quote = false;
            boolean noun = false;
            for (String p : parts) {
                if (p.equals("@noun")) {
                    noun = true;
                } else if (p.equals("@document")) {
                    doc = true;
                } else if (p.equals("@quote")) {
                    quote = true;
                } else {
                    words.add(lower(p));
                }
            }
            cuesByFirstWord
                    .computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Cue(List.copyOf(words), doc, quote, noun));
        }
        cuesByFirstWord
                .values()
                .forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        documentSpeakers = lowerSet(lines(lang, "document-speakers.txt"));
        roles = sortedLongestFirst(lines(lang, "roles.txt"));
        titles = sortedLongestFirst(lines(lang, "titles.txt"));
        orgWords = lowerSet(lines(lang, "org-words.txt"));
        notSpeakers = lowerSet(lines(lang, "not-speakers.txt"));
        discourse = new HashSet<>(lines(lang, "discourse.txt"));
        sentenceAbbreviations = new HashSet<>(lines(lang, "sentence-abbreviations.txt"));
        cueModifiers = lowerSet(lines(lang, "cue-modifiers.txt"));
        determiners = lowerSet(lines(lang, "determiners.txt"));
        adjuncts = lowerSet(lines(lang, "adjuncts.txt"));
        auxiliaries = lowerSet(lines(lang, "auxiliaries.txt"));
        clauseBreaks = lowerSet(lines(lang, "clause-breaks.txt"));
        timeWords = lowerSet(lines(lang, "time-words.txt"));
        for (String line : lines(lang, "place-words.txt")) {
            (line.startsWith("first:") ? placeFirstWords : placeLastWords)
                    .add(line.substring(line.indexOf(':') + 1).strip());
        }
        for (String line : lines(lang, "pronouns.txt")) {
            String[] kv = line.split("\\s*=\\s*", 2);
            pronouns.put(kv[0], kv[1]);
        }
        loadPairs(lang);
        loadFurniture(lang);
    }

    private void loadPairs(String lang) {
        for (String line : lines(lang, "abbreviations.txt")) {
            String[] kv = line.split("\\s*=\\s*", 2);
            abbreviations.put(kv[0], kv[1]);
        }
        for (String line : lines(lang, "aliases.txt")) {
            String type = "ORGANIZATION";
            int colon = line.indexOf(": ");
            if (colon > 0 && line.substring(0, colon).matches("[A-Z]+")) {
                type = line.substring(0, colon);
                line = line.substring(colon + 2);
            }
            String[] names = line.split("\\s*=\\s*");
            aliasesOf.put(names[0], List.of(names).subList(1, names.length));
            for (String n : names) {
                aliasToCanonical.put(lower(n), names[0]);
            }
            aliasType.put(names[0], type);
            if (type.equals("PLACE")) {
                places.add(names[0]);
            }
        }
        for (String line : lines(lang, "places.txt")) {
            String[] names = line.split("\\s*=\\s*");
            places.add(names[0]);
            for (int i = 1; i < names.length; i++) {
                demonymToPlace.put(names[i], names[0]);
            }
        }
        for (String line : lines(lang, "rebuttal.txt")) {
            if (line.startsWith("cue:")) {
                rebuttalCues.add(lower(line.substring(4).trim()));
            } else if (line.startsWith("word:")) {
                rebuttalWords.add(lower(line.substring(5).trim()));
            }
        }
    }

    private void loadFurniture(String lang) {
        for (String line : lines(lang, "furniture.txt")) {
            int colon = line.indexOf(':');
            Pattern p =
                    Pattern.compile(
                            line.substring(colon + 1).trim(),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            switch (line.substring(0, colon)) {
                case "caption" -> captions.add(p);
                case "end" -> ends.add(p);
                case "bio" -> bios.add(p);
                default -> throw new IllegalStateException("unknown furniture kind: " + line);
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerSet(List<String> lines) {
        Set<String> out = new HashSet<>();
        lines.forEach(l -> out.add(lower(l)));
        return out;
    }

    private static List<String> sortedLongestFirst(List<String> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.add(lower(l)));
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }

    private static List<String> lines(String lang, String file) {
        String path = lang + "/" + file;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + path);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + path, e);
        }
    }
}
