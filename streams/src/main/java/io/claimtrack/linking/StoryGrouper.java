package io.claimtrack.linking;

import io.claimtrack.model.EntityRef;
import io.claimtrack.model.Ids;
import io.claimtrack.model.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups articles (and through them claims) into stories by the normalised entities they share
 * within a time window. Entity names are normalised through their aliases: "Artsakh",
 * "Nagorno-Karabakh" and "Karabakh" become one key once any article gives them as aliases.
 */
public final class StoryGrouper {
    private static final int MAX_ENTITIES = 60;
    private static final int MAX_ARTICLES = 200;
    private static final int MAX_CLAIMS = 500;
    private static final int STORIES_PER_ENTITY = 20;

    private final KeyValues<Story> stories;
    private final KeyValues<IdList> entityStories;
    private final KeyValues<String> entityAliases;
    private final Duration window;
    private final int minShared;

    public StoryGrouper(
            KeyValues<Story> stories,
            KeyValues<IdList> entityStories,
            KeyValues<String> entityAliases,
            Duration window,
            int minShared) {
        this.stories = stories;
        this.entityStories = entityStories;
        this.entityAliases = entityAliases;
        this.window = window;
        this.minShared = minShared;
    }

    /** Puts the article into the best matching story, or a new one; returns that story. */
    public Story add(ArticleDigest a) {
        Set<String> keys = entityKeys(a.entities());
        Story best = null;
        int bestShared = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (String key : keys) {
            for (String storyId : IdList.orEmpty(entityStories.get(key)).ids()) {
                if (!seen.add(storyId)) {
                    continue;
                }
                Story s = stories.get(storyId);
                if (s == null || !inWindow(s, a.seenAt())) {
                    continue;
                }
                int shared = Similarity.intersection(keys, new LinkedHashSet<>(s.entities()));
                if (shared > bestShared) {
                    best = s;
                    bestShared = shared;
                }
            }
        }
        Story story = bestShared >= minShared ? join(best, a, keys) : create(a, keys);
        stories.put(story.id(), story);
        for (String key : keys) {
            IdList list = IdList.orEmpty(entityStories.get(key));
            if (!list.ids().contains(story.id())) {
                entityStories.put(key, list.with(story.id(), STORIES_PER_ENTITY));
            }
        }
        return story;
    }

    /** Adds a claim to a story; returns the updated story, or null if the story is unknown. */
    public Story addClaim(String storyId, String claimId) {
        Story s = storyId == null ? null : stories.get(storyId);
        if (s == null || s.claimIds().contains(claimId) || s.claimIds().size() >= MAX_CLAIMS) {
            return null;
        }
        List<String> claims = new ArrayList<>(s.claimIds());
        claims.add(claimId);
        Story updated =
                new Story(
                        s.schema(),
                        s.id(),
                        s.title(),
                        s.entities(),
                        claims,
                        s.articleIds(),
                        s.outlets(),
                        s.firstSeen(),
                        s.lastSeen());
        stories.put(s.id(), updated);
        return updated;
    }

    /** Normalised entity keys, registering the aliases each entity brings. */
    public Set<String> entityKeys(List<EntityRef> entities) {
        Set<String> keys = new LinkedHashSet<>();
        for (EntityRef e : entities) {
            List<String> forms = new ArrayList<>();
            forms.add(TextNormalizer.key(e.name()));
            e.aliases().forEach(x -> forms.add(TextNormalizer.key(x)));
            List<String> nameTokens = TextNormalizer.tokens(e.name());
            if ("PLACE".equals(e.type()) && nameTokens.size() == 2) {
                forms.add(nameTokens.get(1)); // "Nagorno-Karabakh" is also "Karabakh"
            }
            String key = null;
            for (String f : forms) {
                key = f.isEmpty() ? null : entityAliases.get(f);
                if (key != null) {
                    break;
                }
            }
            key = key == null ? forms.get(0) : key;
            if (key.isEmpty()) {
                continue;
            }
            for (String f : forms) {
                if (!f.isEmpty() && entityAliases.get(f) == null) {
                    entityAliases.put(f, key);
                }
            }
            keys.add(key);
        }
        return keys;
    }

    private boolean inWindow(Story s, Instant t) {
        return !t.isBefore(s.firstSeen().minus(window)) && !t.isAfter(s.lastSeen().plus(window));
    }

    private static Story create(ArticleDigest a, Set<String> keys) {
        return new Story(
                Story.SCHEMA,
                "st-" + Ids.sha256Hex(a.articleId()).substring(0, 20),
                a.title(),
                capped(keys, MAX_ENTITIES),
                List.of(),
                List.of(a.articleId()),
                a.outlet() == null ? List.of() : List.of(a.outlet()),
                a.seenAt(),
                a.seenAt());
    }

    private static Story join(Story s, ArticleDigest a, Set<String> keys) {
        Set<String> entities = new LinkedHashSet<>(s.entities());
        entities.addAll(keys);
        Set<String> articles = new LinkedHashSet<>(s.articleIds());
        if (articles.size() < MAX_ARTICLES) {
            articles.add(a.articleId());
        }
        Set<String> outlets = new LinkedHashSet<>(s.outlets());
        if (a.outlet() != null && outlets.size() < MAX_ARTICLES) {
            outlets.add(a.outlet());
        }
        Instant t = a.seenAt();
        return new Story(
                s.schema(),
                s.id(),
                s.title() == null ? a.title() : s.title(),
                capped(entities, MAX_ENTITIES),
                s.claimIds(),
                List.copyOf(articles),
                List.copyOf(outlets),
                t.isBefore(s.firstSeen()) ? t : s.firstSeen(),
                t.isAfter(s.lastSeen()) ? t : s.lastSeen());
    }

    private static List<String> capped(Set<String> set, int cap) {
        List<String> list = new ArrayList<>(set);
        return list.size() > cap ? List.copyOf(list.subList(0, cap)) : List.copyOf(list);
    }
}
