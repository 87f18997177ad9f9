package io.claimtrack.feed;

import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.LinkRelation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Links of one relation (rebuttals, or responses) by target and by source claim, bounded: the
 * oldest links are forgotten first. Links may arrive before the claims they join, so they are kept
 * independently of the rows.
 */
final class LinkIndex {
    private final LinkRelation relation;
    private final int capacity;
    private final LinkedHashMap<String, ClaimLink> byKey = new LinkedHashMap<>();
    private final Map<String, Map<String, ClaimLink>> byTarget = new HashMap<>();
    private final Map<String, Map<String, ClaimLink>> bySource = new HashMap<>();

    LinkIndex(LinkRelation relation, int capacity) {
        this.relation = relation;
        this.capacity = capacity;
    }

    /**
     * Records or deletes ({@code link == null}) the link under {@code key}; returns the ids of the
     * claims whose rows may change.
     */
    Set<String> apply(String key, ClaimLink link) {
        Set<String> touched = new java.util.LinkedHashSet<>();
        ClaimLink old = byKey.remove(key);
        if (old != null) {
            unindex(old);
            touched.add(old.fromClaimId());
            touched.add(old.toClaimId());
        }
        if (link != null
                && link.relation() == relation
                && link.fromClaimId() != null
                && link.toClaimId() != null) {
            byKey.put(key, link);
            byTarget.computeIfAbsent(link.toClaimId(), k -> new LinkedHashMap<>())
                    .put(link.fromClaimId(), link);
            bySource.computeIfAbsent(link.fromClaimId(), k -> new LinkedHashMap<>())
                    .put(link.toClaimId(), link);
            touched.add(link.fromClaimId());
            touched.add(link.toClaimId());
            evictOverflow(touched);
        }
        touched.remove(null);
        return touched;
    }

    /** Links whose target is {@code claimId}, by source claim id. */
    Map<String, ClaimLink> sourcesOf(String claimId) {
        return byTarget.getOrDefault(claimId, Map.of());
    }

    /** Links whose source is {@code claimId}, by target claim id. */
    Map<String, ClaimLink> targetsOf(String claimId) {
        return bySource.getOrDefault(claimId, Map.of());
    }

    int size() {
        return byKey.size();
    }

    private void evictOverflow(Set<String> touched) {
        var it = byKey.entrySet().iterator();
        while (byKey.size() > capacity && it.hasNext()) {
            ClaimLink eldest = it.next().getValue();
            it.remove();
            unindex(eldest);
            touched.add(eldest.fromClaimId());
            touched.add(eldest.toClaimId());
        }
    }

    private void unindex(ClaimLink link) {
        removeFrom(byTarget, link.toClaimId(), link.fromClaimId());
        removeFrom(bySource, link.fromClaimId(), link.toClaimId());
    }

    private static void removeFrom(Map<String, Map<String, ClaimLink>> map, String k1, String k2) {
        Map<String, ClaimLink> inner = map.get(k1);
        if (inner != null) {
            inner.remove(k2);
            if (inner.isEmpty()) {
                map.remove(k1);
            }
        }
    }
}
