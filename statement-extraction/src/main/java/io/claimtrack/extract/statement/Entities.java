package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The people, organisations and places of an article, with aliases from the alias file. */
final class Entities {

    private Entities() {}

    static List<Entity> of(String text, Lexicon lex, NameRegistry names, List<Attribution> st) {
        Map<String, Set<String>> people = new LinkedHashMap<>();
        for (NameRegistry.Person p : names.people()) {
            Set<String> al = people.computeIfAbsent(p.name(), k -> new LinkedHashSet<>());
            String surname = p.name().replaceAll(".*\\s", "");
            if (!surname.equals(p.name()) && text.contains(surname)) {
                al.add(surname);
            }
        }
        Map<String, Set<String>> orgs = new LinkedHashMap<>();
        for (Attribution a : st) {
            Speaker s = a.speaker();
            if (s == null || s.name() == null) {
                continue;
            }
            Map<String, Set<String>> into =
                    "ORGANIZATION".equals(s.type())
                            ? orgs
                            : "PERSON".equals(s.type()) ? people : null;
            if (into == null) {
                continue;
            }
            Set<String> al =
                    into.computeIfAbsent(
                            s.name(),
                            k -> new LinkedHashSet<>(lex.aliasesOf.getOrDefault(k, List.of())));
            if (s.mention() != null
                    && Character.isUpperCase(s.mention().charAt(0))
                    && !s.mention().equals(s.name())
                    && !lex.pronouns.containsKey(Lexicon.lower(s.mention()))) {
                al.add(s.mention());
            }
        }
        List<Entity> out = new ArrayList<>();
        people.forEach((n, al) -> out.add(new Entity(n, "PERSON", List.copyOf(al))));
        orgs.forEach((n, al) -> out.add(new Entity(n, "ORGANIZATION", List.copyOf(al))));
        for (String place : lex.places) {
            List<String> aliases = lex.aliasesOf.getOrDefault(place, List.of());
            List<String> seen = new ArrayList<>();
            for (String n : concat(place, aliases)) {
                if (occurs(text, n)) {
                    seen.add(n);
                }
            }
            if (!seen.isEmpty()) {
                out.add(new Entity(place, "PLACE", aliases));
            }
        }
        return out;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l;
    }

    private static boolean occurs(String text, String name) {
        return text.contains(name)
                && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find();
    }
}
