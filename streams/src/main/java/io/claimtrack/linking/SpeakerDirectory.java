package io.claimtrack.linking;

import io.claimtrack.model.Ids;
import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.SpeakerRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One canonical speaker across articles. Aliases are registered under three kinds of key: the full
 * name ({@code n:}), a person's surname ({@code s:}) and a role or descriptive mention as a sorted
 * bag of words ({@code r:}), so "Tatoyan", "Arman Tatoyan", "Armenia's Human Rights Defender" and
 * "the Ombudsman" (once an article links it to him) resolve to one id. The first speaker to claim
 * an alias keeps it.
 */
public final class SpeakerDirectory {
    // Descriptions too common to identify anyone.
    private static final Set<String> GENERIC =
            Set.of(
                    "ministry",
                    "government",
                    "president",
                    "minister",
                    "spokesperson",
                    "spokesman",
                    "spokeswoman",
                    "official",
                    "officials",
                    "office",
                    "authorities",
                    "side",
                    "statement",
                    "he",
                    "she",
                    "they",
                    "we",
                    "it",
                    "i",
                    "source",
                    "sources",
                    "press",
                    "release",
                    "report",
                    "reports",
                    "military",
                    "army",
                    "police");
    private static final int MAX_NAMES = 20;
    private static final int MAX_INDEX_WORDS = 16;

    private final KeyValues<SpeakerProfile> profiles;
    private final KeyValues<String> aliases;

    public SpeakerDirectory(KeyValues<SpeakerProfile> profiles, KeyValues<String> aliases) {
        this.profiles = profiles;
        this.aliases = aliases;
    }

    /** Resolves the speaker, counts the statement and returns the updated profile. */
    public SpeakerProfile record(SpeakerRef ref, String outlet, Instant seenAt) {
        return observe(ref, outlet, seenAt).profile();
    }

    /**
     * What {@link #record} did.
     *
     * @param previousName the canonical name before, when this statement changed it ("Tatoyan"
     *     became "Arman Tatoyan"); null otherwise
     */
    public record Observed(SpeakerProfile profile, String previousName) {}

    /** {@link #record}, telling also whether the speaker's canonical name changed. */
    public Observed observe(SpeakerRef ref, String outlet, Instant seenAt) {
        String display = display(ref);
        String id = resolve(ref);
        if (id == null) {
            id = "sp-" + Ids.sha256Hex(TextNormalizer.key(display)).substring(0, 16);
        }
        SpeakerProfile before = profiles.get(id);
        SpeakerProfile updated = update(before, id, ref, display, outlet, seenAt);
        profiles.put(id, updated);
        register(id, ref, display, updated.type());
        boolean renamed = before != null && !before.name().equals(updated.name());
        return new Observed(updated, renamed ? before.name() : null);
    }

    /** The id of the speaker {@code ref} names, or null when nobody known matches. */
    public String resolve(SpeakerRef ref) {
        String display = display(ref);
        List<String> tokens = TextNormalizer.tokens(display);
        if (tokens.isEmpty()) {
            return null;
        }
        String id = aliases.get("n:" + String.join(" ", tokens));
        if (id == null && tokens.size() == 1) {
            id = aliases.get("s:" + tokens.get(0));
        }
        if (id == null && tokens.size() > 1 && isPerson(ref)) {
            id = compatibleSurname(tokens);
        }
        if (id == null) {
            String role = roleKey(display);
            id = role == null ? null : aliases.get("r:" + role);
        }
        if (id == null && ref.mention() != null) {
            String role = roleKey(ref.mention());
            id = role == null ? null : aliases.get("r:" + role);
        }
        return id;
    }

    /** Ids of known speakers named in {@code text}, in order of appearance, except {@code self}. */
    public List<String> mentionedIn(String text, String self) {
        List<String> tokens = TextNormalizer.tokens(text);
        Set<String> selfWords = nameWords(self);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(8, tokens.size() - i); n >= 1; n--) {
                List<String> window = tokens.subList(i, i + n);
                String id = aliases.get("n:" + String.join(" ", window));
                if (id == null && n == 1) {
                    id = aliases.get("s:" + window.get(0));
                }
                if (id == null && n > 1) {
                    String role = roleKey(String.join(" ", window));
                    id = role == null ? null : aliases.get("r:" + role);
                }
                if (id != null && !id.equals(self)) {
                    // "Azerbaijan" inside "the MoFA of Azerbaijan dismissed ..." names the
                    // speaker's
                    // own state, not someone the speaker answers.
                    Set<String> words = nameWords(id);
                    if (words.isEmpty() || !selfWords.containsAll(words)) {
                        out.add(id);
                    }
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether {@code text} names speaker {@code id} by one of the aliases it holds: the reverse of
     * {@link #mentionedIn}, asked when a speaker's claim arrives after a statement that disputes
     * it. {@code self} is the disputing speaker, whose own state is not someone it answers.
     */
    public boolean isNamedIn(String id, String text, String self) {
        SpeakerProfile p = profiles.get(id);
        if (p == null || id.equals(self)) {
            return false;
        }
        Set<String> words = nameWords(id);
        if (!words.isEmpty() && nameWords(self).containsAll(words)) {
            return false;
        }
        List<String> tokens = TextNormalizer.tokens(text);
        Set<String> present = new HashSet<>(tokens);
        for (String name : p.names()) {
            List<String> n = TextNormalizer.tokens(name);
            if (!n.isEmpty()
                    && n.size() <= 8
                    && present.containsAll(n)
                    && Collections.indexOfSubList(tokens, n) >= 0
                    && id.equals(aliases.get("n:" + String.join(" ", n)))) {
                return true;
            }
            if (n.size() > 1
                    && "PERSON".equals(p.type())
                    && present.contains(n.get(n.size() - 1))
                    && id.equals(aliases.get("s:" + n.get(n.size() - 1)))) {
                return true;
            }
        }
        List<String> descriptions = new ArrayList<>(p.roles());
        descriptions.addAll(p.names());
        for (String description : descriptions) {
            String role = roleKey(description);
            if (role != null
                    && present.containsAll(List.of(role.split(" ")))
                    && id.equals(aliases.get("r:" + role))
                    && hasRoleWindow(tokens, role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words under which statements naming speaker {@code id} are indexed: those of its names
     * and roles, without the generic ones.
     */
    public Set<String> indexWords(String id) {
        SpeakerProfile p = id == null ? null : profiles.get(id);
        if (p == null) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        // The canonical name first: when a speaker has many names, its own words are kept.
        List<String> descriptions = new ArrayList<>(List.of(p.name()));
        descriptions.addAll(p.names());
        descriptions.addAll(p.roles());
        for (String description : descriptions) {
            for (String w : TextNormalizer.contentTokens(description)) {
                if (w.length() >= 3 && !GENERIC.contains(w) && out.size() < MAX_INDEX_WORDS) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static boolean hasRoleWindow(List<String> tokens, String role) {
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = 2; n <= Math.min(8, tokens.size() - i); n++) {
                if (role.equals(roleKey(String.join(" ", tokens.subList(i, i + n))))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of every name of speaker {@code id}; empty when unknown. */
    private Set<String> nameWords(String id) {
        SpeakerProfile p = id == null ? null : profiles.get(id);
        if (p == null) {
            return Set.of();
        }
        Set<String> words = new LinkedHashSet<>(TextNormalizer.tokens(p.name()));
        if (words.isEmpty()) {
            return Set.of();
        }
        return words;
    }

    private String compatibleSurname(List<String> tokens) {
        String surname = tokens.get(tokens.size() - 1);
        String id = aliases.get("s:" + surname);
        if (id == null) {
            // "said Tatoyan" with nothing else in its article is typed UNKNOWN and registers no
            // surname; "Arman Tatoyan" seen later is still the same person.
            id = aliases.get("n:" + surname);
        }
        SpeakerProfile p = id == null ? null : profiles.get(id);
        if (p == null || !maybePerson(p.type())) {
            return null;
        }
        // "Arman Tatoyan" joins "Tatoyan" but not "Anna Tatoyan".
        for (String name : p.names()) {
            List<String> other = TextNormalizer.tokens(name);
            if (other.size() > 1
                    && other.get(other.size() - 1).equals(surname)
                    && !other.get(0).equals(tokens.get(0))) {
                return null;
            }
        }
        return id;
    }

    private void register(String id, SpeakerRef ref, String display, String type) {
        List<String> tokens = TextNormalizer.tokens(display);
        putIfAbsent("n:" + String.join(" ", tokens), id);
        if ("PERSON".equals(type) && !tokens.isEmpty()) {
            putIfAbsent("s:" + tokens.get(tokens.size() - 1), id);
        }
        for (String description : new String[] {ref.role(), ref.mention()}) {
            String role = roleKey(description);
            if (role != null && !role.equals(String.join(" ", new TreeSet<>(tokens)))) {
                putIfAbsent("r:" + role, id);
            }
        }
    }

    private void putIfAbsent(String key, String id) {
        if (aliases.get(key) == null) {
            aliases.put(key, id);
        }
    }

    /**
     * A role or description as a sorted bag of content words ("Armenia's Human Rights Defender" and
     * "Human Rights Defender of Armenia" meet), or null when too generic to identify anyone.
     */
    static String roleKey(String description) {
        if (description == null) {
            return null;
        }
        TreeSet<String> words = new TreeSet<>(TextNormalizer.contentTokens(description));
        words.removeIf(w -> w.length() < 2);
        if (words.isEmpty() || GENERIC.containsAll(words)) {
            return null;
        }
        return String.join(" ", words);
    }

    private static SpeakerProfile update(
            SpeakerProfile p,
            String id,
            SpeakerRef ref,
            String display,
            String outlet,
            Instant seenAt) {
        List<String> names = new ArrayList<>(p == null ? List.of() : p.names());
        addCapped(names, display, MAX_NAMES);
        if (ref.mention() != null && !ref.mention().isBlank()) {
            addCapped(names, ref.mention().strip(), MAX_NAMES);
        }
        List<String> roles = new ArrayList<>(p == null ? List.of() : p.roles());
        if (ref.role() != null && !ref.role().isBlank()) {
            addCapped(roles, ref.role().strip(), 10);
        }
        List<String> outlets = new ArrayList<>(p == null ? List.of() : p.outlets());
        if (outlet != null) {
            addCapped(outlets, outlet, 100);
        }
        String type =
                p != null && p.type() != null && !"UNKNOWN".equals(p.type())
                        ? p.type()
                        : ref.type();
        String name = p == null || better(display, p.name(), ref.type()) ? display : p.name();
        return new SpeakerProfile(
                SpeakerProfile.SCHEMA,
                id,
                name,
                names,
                roles,
                type,
                (p != null && p.official()) || ref.official(),
                (p == null ? 0 : p.statementCount()) + 1,
                outlets,
                p == null || seenAt.isBefore(p.firstSeen()) ? seenAt : p.firstSeen(),
                p == null || seenAt.isAfter(p.lastSeen()) ? seenAt : p.lastSeen());
    }

    // A person's full name beats a surname; otherwise keep the first name seen.
    private static boolean better(String candidate, String current, String type) {
        return "PERSON".equals(type)
                && TextNormalizer.tokens(candidate).size() > TextNormalizer.tokens(current).size()
                && !candidate.toLowerCase(Locale.ROOT).startsWith("the ");
    }

    private static void addCapped(List<String> list, String value, int cap) {
        if (!list.contains(value) && list.size() < cap) {
            list.add(value);
        }
    }

    private static boolean maybePerson(String type) {
        return type == null || "PERSON".equals(type) || "UNKNOWN".equals(type);
    }

    private static boolean isPerson(SpeakerRef ref) {
        return ref.type() == null || "PERSON".equalsIgnoreCase(ref.type());
    }

    private static String display(SpeakerRef ref) {
        String name = ref.name() != null && !ref.name().isBlank() ? ref.name() : ref.mention();
        return name == null ? "" : name.strip();
    }
}
