package io.claimtrack.linking;

import io.claimtrack.model.Claim;
import io.claimtrack.model.EntityRef;
import io.claimtrack.model.Ids;
import io.claimtrack.model.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Assigns each statement occurrence to a claim: LSH buckets (band key → claim ids) give the
 * candidates, shingle Jaccard or containment verifies them, so the cost per statement is bounded by
 * bands × bucket size whatever the number of claims.
 */
public final class ClaimClusterer {
    private final LinkingSettings settings;
    private final KeyValues<Claim> claims;
    private final KeyValues<IdList> buckets;
    // Verifying a candidate shingles its wordings; the same recent claims are candidates again
    // and again, and a wording's shingles never change.
    private final Map<String, Set<String>> shingleCache = KeyValues.lru(16_384);
    // Most candidates fail verification; checking them against these digests spares reading and
    // deserialising each claim. Rebuilt with the linker whenever its task is (re)initialised.
    private final Map<String, Digest> digests = KeyValues.lru(65_536);

    /** What verifying a candidate needs of a claim: its speaker and its wordings' fingerprints. */
    private record Digest(String speakerId, long[][] wordings) {}

    public ClaimClusterer(
            LinkingSettings settings, KeyValues<Claim> claims, KeyValues<IdList> buckets) {
        this.settings = settings;
        this.claims = claims;
        this.buckets = buckets;
    }

    /**
     * The claim a statement joined or started.
     *
     * @param repeatOf a claim with the same words but another speaker, or null
     */
    public record Assignment(Claim claim, boolean created, Claim repeatOf, double similarity) {}

    /** The speaker a statement is attributed to after resolution, or nulls when unknown. */
    public record Speaker(String id, String name, String role) {}

    /** Clusters {@code s} and stores the claim; {@code storyId} is used for a new claim. */
    public Assignment assign(StatementEvent event, Speaker speaker, String storyId) {
        Statement s = event.statement();
        Set<String> shingles = shinglesOf(s.quote());
        List<String> bandKeys = settings.minHash().bandKeys(shingles);
        long[] fingerprint = Similarity.fingerprint(shingles);
        String best = null;
        String repeatOf = null;
        double bestScore = 0;
        double repeatScore = 0;
        Map<String, IdList> read = read(bandKeys);
        for (String claimId : candidates(read)) {
            Digest d = digest(claimId);
            if (d == null) {
                continue;
            }
            double score = score(fingerprint, d);
            if (score <= 0) {
                continue;
            }
            if (compatible(d.speakerId(), speaker)) {
                if (score > bestScore) {
                    best = claimId;
                    bestScore = score;
                }
            } else if (score > repeatScore) {
                repeatOf = claimId;
                repeatScore = score;
            }
        }
        Claim before = best == null ? null : claims.get(best);
        Claim updated =
                before == null ? create(event, speaker, storyId) : merge(before, event, speaker);
        claims.put(updated.id(), updated);
        // Most occurrences repeat a known wording: the digest changes only with a new one.
        if (before == null
                || !updated.text().equals(before.text())
                || updated.variants().size() != before.variants().size()
                || !Objects.equals(updated.speakerId(), before.speakerId())) {
            digests.put(updated.id(), digestOf(updated));
        }
        index(read, updated.id());
        return new Assignment(
                updated,
                before == null,
                before == null && repeatOf != null ? claims.get(repeatOf) : null,
                before == null ? repeatScore : bestScore);
    }

    private Digest digest(String claimId) {
        Digest d = digests.get(claimId);
        if (d == null) {
            Claim c = claims.get(claimId);
            if (c == null) {
                return null;
            }
            d = digestOf(c);
            digests.put(claimId, d);
        }
        return d;
    }

    private Digest digestOf(Claim c) {
        // The canonical text is usually one of the variants too: verify each wording once.
        Set<String> distinct = new LinkedHashSet<>();
        distinct.add(c.text());
        distinct.addAll(c.variants());
        long[][] wordings = new long[distinct.size()][];
        int i = 0;
        for (String w : distinct) {
            wordings[i++] = Similarity.fingerprint(shinglesOf(w));
        }
        return new Digest(c.speakerId(), wordings);
    }

    private double score(long[] fingerprint, Digest d) {
        double best = 0;
        for (long[] w : d.wordings()) {
            best = Math.max(best, match(fingerprint, w));
            if (best >= 1.0) {
                break;
            }
        }
        return best;
    }

    private double match(long[] a, long[] b) {
        double j = Similarity.jaccard(a, b);
        if (j >= settings.minJaccard()) {
            return j;
        }
        if (Math.min(a.length, b.length) >= settings.minShinglesForContainment()) {
            double c = Similarity.containment(a, b);
            if (c >= settings.minContainment()) {
                return c;
            }
        }
        return 0;
    }

    private Set<String> shinglesOf(String wording) {
        Set<String> s = shingleCache.get(wording);
        if (s == null) {
            s = TextNormalizer.shingles(wording);
            shingleCache.put(wording, s);
        }
        return s;
    }

    // Each bucket is read once per statement and reused by index(): these reads dominate the cost.
    private Map<String, IdList> read(List<String> bandKeys) {
        Map<String, IdList> out = new LinkedHashMap<>();
        for (String key : bandKeys) {
            out.put(key, IdList.orEmpty(buckets.get(key)));
        }
        return out;
    }

    private Set<String> candidates(Map<String, IdList> read) {
        Set<String> out = new LinkedHashSet<>();
        for (IdList bucket : read.values()) {
            for (int i = bucket.ids().size() - 1; i >= 0; i--) {
                out.add(bucket.ids().get(i));
                if (out.size() >= settings.maxCandidates()) {
                    return out;
                }
            }
        }
        return out;
    }

    private void index(Map<String, IdList> read, String claimId) {
        for (Map.Entry<String, IdList> e : read.entrySet()) {
            if (!e.getValue().ids().contains(claimId)) {
                buckets.put(e.getKey(), e.getValue().with(claimId, settings.maxBucket()));
            }
        }
    }

    private static boolean compatible(String claimSpeaker, Speaker speaker) {
        return claimSpeaker == null || speaker.id() == null || claimSpeaker.equals(speaker.id());
    }

    private Claim create(StatementEvent e, Speaker speaker, String storyId) {
        Statement s = e.statement();
        Instant t = e.eventTime();
        return new Claim(
                Claim.SCHEMA,
                "c-" + Ids.sha256Hex(s.id()).substring(0, 20),
                s.quote(),
                speaker.id(),
                speaker.name(),
                speaker.role(),
                s.official(),
                t,
                t,
                s.outlet() == null ? List.of() : List.of(s.outlet()),
                1,
                List.of(occurrence(s)),
                List.of(s.quote()),
                entityNames(List.of(), s.entities()),
                List.of(),
                List.of(),
                storyId);
    }

    private Claim merge(Claim c, StatementEvent e, Speaker speaker) {
        Statement s = e.statement();
        Instant t = e.eventTime();
        List<String> variants = new ArrayList<>(c.variants());
        String key = TextNormalizer.key(s.quote());
        boolean known = variants.stream().anyMatch(v -> TextNormalizer.key(v).equals(key));
        if (!known && variants.size() < settings.maxVariants()) {
            variants.add(s.quote());
        }
        // The canonical text is the wording with most words: truncated and partial quotes have
        // fewer,
        // and a re-typeset copy of the same words does not displace the first.
        String text =
                TextNormalizer.tokens(s.quote()).size() > TextNormalizer.tokens(c.text()).size()
                        ? s.quote()
                        : c.text();
        List<String> outlets = new ArrayList<>(c.outlets());
        if (s.outlet() != null && !outlets.contains(s.outlet()) && outlets.size() < 200) {
            outlets.add(s.outlet());
        }
        List<Claim.Occurrence> occ = new ArrayList<>(c.occurrences());
        occ.add(occurrence(s));
        if (occ.size() > settings.maxOccurrences()) {
            occ = occ.subList(occ.size() - settings.maxOccurrences(), occ.size());
        }
        boolean adoptSpeaker = c.speakerId() == null && speaker.id() != null;
        return new Claim(
                Claim.SCHEMA,
                c.id(),
                text,
                adoptSpeaker ? speaker.id() : c.speakerId(),
                adoptSpeaker || (speaker.id() != null && speaker.id().equals(c.speakerId()))
                        ? speaker.name()
                        : c.speaker(),
                c.role() == null ? speaker.role() : c.role(),
                c.official() || s.official(),
                c.firstSeen() == null || t.isBefore(c.firstSeen()) ? t : c.firstSeen(),
                c.lastSeen() == null || t.isAfter(c.lastSeen()) ? t : c.lastSeen(),
                outlets,
                c.occurrenceCount() + 1,
                occ,
                variants,
                entityNames(c.entities(), s.entities()),
                c.rebuttedBy(),
                c.rebuts(),
                c.storyId());
    }

    private static Claim.Occurrence occurrence(Statement s) {
        return new Claim.Occurrence(
                s.id(),
                s.articleId(),
                s.outlet(),
                s.url(),
                s.published(),
                s.quote(),
                s.speaker() == null ? null : s.speaker().mention());
    }

    private static List<String> entityNames(List<String> have, List<EntityRef> add) {
        Set<String> out = new LinkedHashSet<>(have);
        for (EntityRef e : add) {
            if (out.size() >= 50) {
                break;
            }
            out.add(e.name());
        }
        return List.copyOf(out);
    }
}
