package io.claimtrack.linking;

import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.Ids;
import io.claimtrack.model.LinkRelation;
import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.SpeakerRef;
import io.claimtrack.model.Statement;
import io.claimtrack.model.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The linking state machine: digests and statements in, claims, speakers, stories and links out.
 * Every change is written through {@link KeyValues}; the caller emits the changed entities.
 */
public final class Linker {
    private static final int CLAIMS_PER_SPEAKER = 100;
    private static final Duration LATE_CLAIM = Duration.ofDays(1);
    private static final int OPEN_DISPUTES_PER_WORD = 32;
    private static final int INDEX_WORDS_PER_DISPUTE = 12;
    // Bounds the work a new claim does on open disputes, however many name it.
    private static final int MAX_OPEN_DISPUTES_TRIED = 64;
    private static final Pattern CAPITALISED =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{M}\\p{N}'’-]*");

    private final LinkingSettings settings;
    private final LinkerStores stores;
    private final ClaimClusterer clusterer;
    private final SpeakerDirectory speakers;
    private final StoryGrouper stories;

    public Linker(LinkingSettings settings, LinkerStores stores) {
        this.settings = settings;
        this.stores = stores;
        this.clusterer = new ClaimClusterer(settings, stores.claims(), stores.buckets());
        this.speakers = new SpeakerDirectory(stores.speakers(), stores.speakerAliases());
        this.stories =
                new StoryGrouper(
                        stores.stories(),
                        stores.entityStories(),
                        stores.entityAliases(),
                        settings.storyWindow(),
                        settings.storyMinSharedEntities());
    }

    /** The ids of what changed, and the links found. */
    public record Changes(
            Set<String> claims, Set<String> speakers, Set<String> stories, List<ClaimLink> links) {
        static Changes empty() {
            return new Changes(
                    new LinkedHashSet<>(),
                    new LinkedHashSet<>(),
                    new LinkedHashSet<>(),
                    new ArrayList<>());
        }
    }

    public Changes apply(LinkEvent event) {
        return event.article() != null
                ? onArticle(event.article())
                : onStatement(event.statement());
    }

    public Changes onArticle(ArticleDigest a) {
        Changes changes = Changes.empty();
        Story story = stories.add(a);
        stores.articleStories().put(a.articleId(), story.id());
        changes.stories().add(story.id());
        return changes;
    }

    public Changes onStatement(StatementEvent e) {
        Changes changes = Changes.empty();
        Statement s = e.statement();
        ClaimClusterer.Speaker speaker = speaker(s.speaker(), s.outlet(), e.seenAt(), changes);
        String storyId = stores.articleStories().get(s.articleId());
        ClaimClusterer.Assignment a = clusterer.assign(e, speaker, storyId);
        String claimId = a.claim().id();
        changes.claims().add(claimId);
        stores.statementClaims().put(s.id(), claimId);
        if (a.created() && stories.addClaim(storyId, claimId) != null) {
            changes.stories().add(storyId);
        }
        if (speaker.id() != null) {
            IdList list = IdList.orEmpty(stores.speakerClaims().get(speaker.id()));
            stores.speakerClaims().put(speaker.id(), list.with(claimId, CLAIMS_PER_SPEAKER));
        }
        if (a.repeatOf() != null) {
            link(
                    LinkRelation.REPEATS,
                    a.claim(),
                    a.repeatOf(),
                    s.id(),
                    s.quote(),
                    a.similarity(),
                    e,
                    changes);
        }
        inArticleRebuttals(e, claimId, changes);
        crossArticle(e, speaker.id(), claimId, changes);
        if (a.created() && speaker.id() != null) {
            answerOpenDisputes(speaker.id(), claimId, e, changes);
        }
        return changes;
    }

    private ClaimClusterer.Speaker speaker(SpeakerRef ref, String outlet, Instant t, Changes c) {
        if (ref == null || (blank(ref.name()) && blank(ref.mention()))) {
            return new ClaimClusterer.Speaker(null, null, null);
        }
        SpeakerDirectory.Observed observed = speakers.observe(ref, outlet, t);
        SpeakerProfile p = observed.profile();
        c.speakers().add(p.id());
        if (observed.previousName() != null) {
            renameClaims(p, c);
        }
        return new ClaimClusterer.Speaker(p.id(), p.name(), ref.role());
    }

    /** A speaker's better name ("Arman Tatoyan" for "Tatoyan") reaches its recent claims. */
    private void renameClaims(SpeakerProfile p, Changes changes) {
        for (String id : IdList.orEmpty(stores.speakerClaims().get(p.id())).ids()) {
            Claim claim = stores.claims().get(id);
            if (claim != null
                    && p.id().equals(claim.speakerId())
                    && !p.name().equals(claim.speaker())) {
                stores.claims().put(id, Claims.withSpeakerName(claim, p.name()));
                changes.claims().add(id);
            }
        }
    }

    private void inArticleRebuttals(StatementEvent e, String claimId, Changes changes) {
        Statement s = e.statement();
        for (String to : s.rebuts()) {
            String toClaim = stores.statementClaims().get(to);
            if (toClaim == null) {
                // The rebutted statement comes later in the article: link when it arrives.
                IdList waiting = IdList.orEmpty(stores.pendingRebuttals().get(to));
                stores.pendingRebuttals().put(to, waiting.with(s.id() + "|" + claimId, 50));
                continue;
            }
            linkIds(LinkRelation.REBUTS, claimId, toClaim, s.id(), s.quote(), 0.9, e, changes);
        }
        IdList waiting = stores.pendingRebuttals().get(s.id());
        if (waiting != null) {
            stores.pendingRebuttals().delete(s.id());
            for (String entry : waiting.ids()) {
                String[] parts = entry.split("\\|", 2);
                linkIds(
                        LinkRelation.REBUTS,
                        parts[1],
                        claimId,
                        parts[0],
                        s.quote(),
                        0.9,
                        e,
                        changes);
            }
        }
    }

    private void crossArticle(StatementEvent e, String selfId, String claimId, Changes changes) {
        Statement s = e.statement();
        Optional<DisputeDetector.Cue> cue = DisputeDetector.detect(s.cue(), s.quote(), e.context());
        if (cue.isEmpty()) {
            return;
        }
        String text = s.quote() + " " + e.context();
        String evidence = evidence(s, e.context());
        Set<String> words = new LinkedHashSet<>(TextNormalizer.contentTokens(text));
        for (String target : speakers.mentionedIn(text, selfId)) {
            Claim best = bestClaimOf(target, words, claimId, e.eventTime());
            if (best != null) {
                link(
                        cue.get().relation(),
                        stores.claims().get(claimId),
                        best,
                        s.id(),
                        evidence,
                        confidence(cue.get().confidence(), words, best),
                        e,
                        changes);
            }
        }
        // Whom it answers may speak only later in the stream: keep it for the claims to come.
        remember(
                new OpenDispute(
                        s.id(),
                        claimId,
                        selfId,
                        cue.get().relation(),
                        cue.get().confidence(),
                        text,
                        evidence,
                        e.eventTime(),
                        e.seenAt()));
    }

    private void remember(OpenDispute d) {
        stores.openDisputes().put(d.statementId(), d);
        Set<String> words = new LinkedHashSet<>();
        Matcher m = CAPITALISED.matcher(d.text());
        // Names are capitalised ("Tatoyan", "the Ministry of Foreign Affairs of Armenia"); indexing
        // only those keeps an open dispute to a handful of index entries.
        while (m.find() && words.size() < INDEX_WORDS_PER_DISPUTE) {
            for (String w : TextNormalizer.contentTokens(m.group())) {
                if (w.length() >= 3 && words.size() < INDEX_WORDS_PER_DISPUTE) {
                    words.add(w);
                }
            }
        }
        for (String w : words) {
            IdList list = IdList.orEmpty(stores.openDisputeIndex().get(w));
            stores.openDisputeIndex().put(w, list.with(d.statementId(), OPEN_DISPUTES_PER_WORD));
        }
    }

    /** Links a speaker's new claim to the disputes, seen earlier, that name the speaker. */
    private void answerOpenDisputes(
            String speakerId, String claimId, StatementEvent e, Changes changes) {
        Set<String> tried = new LinkedHashSet<>();
        for (String w : speakers.indexWords(speakerId)) {
            IdList list = stores.openDisputeIndex().get(w);
            if (list == null) {
                continue;
            }
            // Newest first: past the bound, the oldest disputes are the ones left untried.
            for (String statementId : list.ids().reversed()) {
                if (tried.size() >= MAX_OPEN_DISPUTES_TRIED) {
                    return;
                }
                if (!tried.add(statementId)) {
                    continue;
                }
                OpenDispute d = stores.openDisputes().get(statementId);
                if (d == null) {
                    continue;
                }
                if (e.seenAt().isAfter(d.seenAt().plus(settings.disputeWindow()))) {
                    stores.openDisputes().delete(statementId);
                    continue;
                }
                if (!speakers.isNamedIn(speakerId, d.text(), d.speakerId())) {
                    continue;
                }
                Set<String> words = new LinkedHashSet<>(TextNormalizer.contentTokens(d.text()));
                Claim best = bestClaimOf(speakerId, words, d.claimId(), d.eventTime());
                if (best != null && best.id().equals(claimId)) {
                    linkIds(
                            d.relation(),
                            d.claimId(),
                            claimId,
                            d.statementId(),
                            d.evidence(),
                            confidence(d.cueConfidence(), words, best),
                            e,
                            changes);
                }
            }
        }
    }

    private static double confidence(double cue, Set<String> words, Claim target) {
        return Math.min(0.95, cue + 0.05 * Math.min(overlap(words, target), 3));
    }

    private Claim bestClaimOf(String speakerId, Set<String> words, String self, Instant t) {
        List<String> ids = IdList.orEmpty(stores.speakerClaims().get(speakerId)).ids();
        Claim best = null;
        int bestOverlap = 0;
        int inWindow = 0;
        Claim only = null;
        for (String id : ids) {
            Claim c = id.equals(self) ? null : stores.claims().get(id);
            if (c == null
                    || c.firstSeen().isBefore(t.minus(settings.disputeWindow()))
                    || c.firstSeen().isAfter(t.plus(LATE_CLAIM))) {
                continue;
            }
            inWindow++;
            only = c;
            int overlap = overlap(words, c);
            if (overlap > bestOverlap) {
                best = c;
                bestOverlap = overlap;
            }
        }
        // Two shared content words show the rebuttal is about that claim; a lone claim needs one.
        if (bestOverlap >= 2) {
            return best;
        }
        return inWindow == 1 && overlap(words, only) >= 1 ? only : null;
    }

    private static int overlap(Set<String> words, Claim c) {
        return Similarity.intersection(
                words, new LinkedHashSet<>(TextNormalizer.contentTokens(c.text())));
    }

    private void link(
            LinkRelation relation,
            Claim from,
            Claim to,
            String fromStatement,
            String evidence,
            double confidence,
            StatementEvent e,
            Changes changes) {
        linkIds(relation, from.id(), to.id(), fromStatement, evidence, confidence, e, changes);
    }

    private void linkIds(
            LinkRelation relation,
            String fromId,
            String toId,
            String fromStatement,
            String evidence,
            double confidence,
            StatementEvent e,
            Changes changes) {
        Claim from = stores.claims().get(fromId);
        Claim to = stores.claims().get(toId);
        if (from == null || to == null || fromId.equals(toId)) {
            return;
        }
        if (relation == LinkRelation.REBUTS) {
            if (from.rebuts().contains(toId)) {
                return;
            }
            stores.claims().put(fromId, Claims.withRebuts(from, toId));
            stores.claims().put(toId, Claims.withRebuttedBy(stores.claims().get(toId), fromId));
            changes.claims().add(fromId);
            changes.claims().add(toId);
        }
        String toStatement =
                to.occurrences().isEmpty() ? null : to.occurrences().get(0).statementId();
        changes.links()
                .add(
                        new ClaimLink(
                                ClaimLink.SCHEMA,
                                "l-"
                                        + Ids.sha256Hex(relation + "|" + fromId + "|" + toId)
                                                .substring(0, 20),
                                relation,
                                fromId,
                                toId,
                                fromStatement,
                                toStatement,
                                from.speaker(),
                                to.speaker(),
                                evidence,
                                Math.round(confidence * 100) / 100.0,
                                e.seenAt()));
    }

    private static String evidence(Statement s, String context) {
        String text = context.isBlank() ? s.quote() : context;
        return text.length() > 600 ? text.substring(0, 600) : text;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
