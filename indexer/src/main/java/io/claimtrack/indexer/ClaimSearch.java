package io.claimtrack.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.model.Claim;
import io.claimtrack.model.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The analyst's search behind {@code ./claimtrack search}: full-text over claims (clusters of the
 * same statement across outlets), filtered by speaker, official status and date. Before the linking
 * topology has produced any claim, it answers from the statements index, merging identical quotes,
 * so the command is useful from the walking skeleton on.
 */
public final class ClaimSearch {
    private final ElasticsearchClient client;
    private final ElasticsearchSettings es;

    public ClaimSearch(ElasticsearchClient client, ElasticsearchSettings es) {
        this.client = Objects.requireNonNull(client, "client");
        this.es = Objects.requireNonNull(es, "es");
    }

    /** Matching claims, best match first. */
    public List<ClaimRow> search(ClaimQuery q) throws IOException {
        String claims = es.index(IndexKind.CLAIMS.suffix());
        String statements = es.index(IndexKind.STATEMENTS.suffix());
        if (count(claims) > 0) {
            return searchClaims(claims, q);
        }
        if (count(statements) < 0) {
            throw new IOException(
                    "no index "
                            + claims
                            + " or "
                            + statements
                            + " at "
                            + es.url()
                            + " (has the indexer run? is elasticsearch.index-prefix right?)");
        }
        return searchStatements(statements, q);
    }

    /** Documents behind {@code alias}, or -1 when there is no such index. */
    private long count(String alias) throws IOException {
        try {
            return client.count(c -> c.index(alias)).count();
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return -1;
            }
            throw e;
        }
    }

    private List<ClaimRow> searchClaims(String index, ClaimQuery q) throws IOException {
        List<ClaimRow> rows = new ArrayList<>();
        for (Hit<Claim> hit :
                find(
                        index,
                        q,
                        q.limit(),
                        "speaker",
                        "lastSeen",
                        "firstSeen",
                        Claim.class,
                        "text^2",
                        "variants")) {
            Claim c = hit.source();
            if (c != null) {
                rows.add(new ClaimRow(hit.id(), c.text(), c.speaker(), c.outlets(), c.firstSeen()));
            }
        }
        return rows;
    }

    private List<ClaimRow> searchStatements(String index, ClaimQuery q) throws IOException {
        // Several outlets carry the same quote: fetch more, then merge identical ones.
        List<Hit<Statement>> hits =
                find(
                        index,
                        q,
                        Math.min(q.limit() * 5, 1000),
                        "speaker.name",
                        "published",
                        "published",
                        Statement.class,
                        "quote");
        Map<String, List<Statement>> byQuote = new LinkedHashMap<>();
        for (Hit<Statement> hit : hits) {
            if (hit.source() != null) {
                byQuote.computeIfAbsent(normalise(hit.source().quote()), k -> new ArrayList<>())
                        .add(hit.source());
            }
        }
        return byQuote.values().stream().limit(q.limit()).map(ClaimSearch::row).toList();
    }

    /**
     * The text query with the analyst's filters, best match first, then oldest first.
     *
     * @param speakerField where the speaker filter looks
     * @param sinceField what the date filter compares
     * @param ageField the tie-breaking sort
     */
    private <T> List<Hit<T>> find(
            String index,
            ClaimQuery q,
            int size,
            String speakerField,
            String sinceField,
            String ageField,
            Class<T> type,
            String... textFields)
            throws IOException {
        List<Query> filters = new ArrayList<>();
        if (q.speaker() != null) {
            filters.add(matchAll(speakerField, q.speaker()));
        }
        if (q.officialOnly()) {
            filters.add(Query.of(f -> f.term(t -> t.field("official").value(true))));
        }
        if (q.since() != null) {
            filters.add(since(sinceField, q));
        }
        Query query = Query.of(x -> x.bool(b -> b.must(textQuery(q, textFields)).filter(filters)));
        return client.search(
                        s ->
                                s.index(index)
                                        .size(size)
                                        .query(query)
                                        .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                                        .sort(
                                                o ->
                                                        o.field(
                                                                f ->
                                                                        f.field(ageField)
                                                                                .order(
                                                                                        SortOrder
                                                                                                .Asc))),
                        type)
                .hits()
                .hits();
    }

    private static ClaimRow row(List<Statement> same) {
        Statement first = same.getFirst();
        Set<String> outlets = new LinkedHashSet<>();
        var firstSeen = first.published();
        for (Statement s : same) {
            if (s.outlet() != null) {
                outlets.add(s.outlet());
            }
            if (s.published() != null && (firstSeen == null || s.published().isBefore(firstSeen))) {
                firstSeen = s.published();
            }
        }
        String speaker = first.speaker() == null ? null : first.speaker().name();
        return new ClaimRow(first.id(), first.quote(), speaker, List.copyOf(outlets), firstSeen);
    }

    private static Query textQuery(ClaimQuery q, String... fields) {
        if (q.text().isEmpty()) {
            return Query.of(m -> m.matchAll(a -> a));
        }
        return Query.of(
                m ->
                        m.multiMatch(
                                mm ->
                                        mm.query(q.text())
                                                .fields(List.of(fields))
                                                .operator(Operator.And)));
    }

    private static Query matchAll(String field, String words) {
        return Query.of(m -> m.match(x -> x.field(field).query(words).operator(Operator.And)));
    }

    private static Query since(String field, ClaimQuery q) {
        return Query.of(r -> r.range(x -> x.date(d -> d.field(field).gte(q.since().toString()))));
    }

    private static String normalise(String quote) {
        return quote.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
