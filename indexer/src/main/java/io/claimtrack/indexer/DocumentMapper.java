package io.claimtrack.indexer;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimtrack.model.Article;
import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.EntityRef;
import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.Statement;
import io.claimtrack.model.Story;
import io.claimtrack.model.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Turns topic records into Elasticsearch documents: the record as written by the shared mapper,
 * plus a few derived fields analysts sort and filter on (no scripts exist on the core node to
 * compute them at query time). Pure: no I/O.
 */
public final class DocumentMapper {
    private static final JsonMapper MAPPER = Json.mapper();
    // Counts break ties between states with the same lastSeen; keep them below this factor.
    private static final long TIE_BREAK = 1000;

    private DocumentMapper() {}

    /** Maps one record read from {@code kind}'s topic; {@code value == null} is a tombstone. */
    public static MappedRecord map(IndexKind kind, String key, byte[] value) {
        try {
            if (value == null) {
                return key == null || key.isBlank()
                        ? new MappedRecord.Invalid(
                                new IllegalArgumentException("tombstone without a key"))
                        : new MappedRecord.Delete(kind, key);
            }
            return new MappedRecord.Upsert(document(kind, key, read(kind, value), value));
        } catch (IOException | RuntimeException e) {
            return new MappedRecord.Invalid(e);
        }
    }

    private static Object read(IndexKind kind, byte[] value) {
        try {
            return MAPPER.readValue(value, kind.type());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read " + kind.type().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The document for an already-deserialised record. */
    public static IndexDocument document(IndexKind kind, String key, Object record)
            throws IOException {
        return document(kind, key, record, MAPPER.writeValueAsBytes(record));
    }

    /**
     * The record's own JSON with the derived fields spliced in before its closing brace: the bytes
     * are validated by reading them into the record, but never written a second time (the indexer's
     * cost per document is one read).
     */
    private static IndexDocument document(IndexKind kind, String key, Object record, byte[] json)
            throws IOException {
        ObjectNode derived = MAPPER.createObjectNode();
        Facts facts = facts(record, derived);
        if (facts.schema() > kind.schema()) {
            throw new IllegalArgumentException(
                    kind.suffix()
                            + " schema "
                            + facts.schema()
                            + " is newer than "
                            + kind.schema()
                            + ", the newest this indexer understands");
        }
        String id = facts.id() == null || facts.id().isBlank() ? key : facts.id();
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(kind.suffix() + " record has neither id nor key");
        }
        byte[] source = derived.isEmpty() ? json : splice(json, MAPPER.writeValueAsBytes(derived));
        return new IndexDocument(kind, id, facts.version(), source);
    }

    /** Appends the members of the object {@code extra} to the object {@code json}. */
    static byte[] splice(byte[] json, byte[] extra) {
        int close = json.length - 1;
        while (close >= 0 && Character.isWhitespace(json[close])) {
            close--;
        }
        int last = close - 1;
        while (last >= 0 && Character.isWhitespace(json[last])) {
            last--;
        }
        if (close < 1 || json[close] != '}') {
            throw new IllegalArgumentException("a record must be a JSON object");
        }
        boolean empty = json[last] == '{';
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + extra.length);
        out.write(json, 0, close);
        if (!empty) {
            out.write(',');
        }
        out.write(extra, 1, extra.length - 1);
        return out.toByteArray();
    }

    /** What the indexer needs from a record besides its JSON. */
    private record Facts(int schema, String id, Long version) {}

    private static Facts facts(Object record, ObjectNode node) {
        return switch (record) {
            case Article a ->
                    new Facts(
                            a.schema(),
                            a.id(),
                            millis(firstNonNull(a.modified(), a.fetchedAt(), a.published())));
            case Statement s -> {
                entityNames(node, s);
                yield new Facts(s.schema(), s.id(), null);
            }
            case Claim c -> {
                claimFields(node, c);
                yield new Facts(c.schema(), c.id(), versioned(c.lastSeen(), c.occurrenceCount()));
            }
            case SpeakerProfile p -> {
                node.put("outletCount", p.outlets().size());
                yield new Facts(p.schema(), p.id(), versioned(p.lastSeen(), p.statementCount()));
            }
            case ClaimLink l -> new Facts(l.schema(), l.id(), millis(l.detectedAt()));
            case Story s -> {
                node.put("claimCount", s.claimIds().size());
                node.put("outletCount", s.outlets().size());
                long evidence = s.claimIds().size() + (long) s.articleIds().size();
                yield new Facts(s.schema(), s.id(), versioned(s.lastSeen(), evidence));
            }
            default ->
                    throw new IllegalArgumentException(
                            "no document mapping for " + record.getClass().getName());
        };
    }

    private static void entityNames(ObjectNode node, Statement s) {
        Set<String> names = new LinkedHashSet<>();
        for (EntityRef e : s.entities()) {
            if (e.name() != null) {
                names.add(e.name());
            }
            names.addAll(e.aliases());
        }
        ArrayNode array = node.putArray("entityNames");
        names.forEach(array::add);
    }

    private static void claimFields(ObjectNode node, Claim c) {
        Set<String> outlets = new LinkedHashSet<>(c.outlets());
        c.occurrences().stream()
                .map(Claim.Occurrence::outlet)
                .filter(o -> o != null && !o.isBlank())
                .forEach(outlets::add);
        node.put("outletCount", outlets.size());
        node.put("disputed", !c.rebuttedBy().isEmpty());
        c.occurrences().stream()
                .filter(o -> o.published() != null && o.outlet() != null)
                .min(Comparator.comparing(Claim.Occurrence::published))
                .ifPresent(o -> node.put("firstOutlet", o.outlet()));
    }

    /**
     * lastSeen in milliseconds, then a count as tie-break: a state seen later, or at the same time
     * with more evidence, wins; an older state arriving late is refused by Elasticsearch (409).
     */
    static Long versioned(Instant lastSeen, long count) {
        if (lastSeen == null) {
            return null;
        }
        long epochMillis = Math.max(0, lastSeen.toEpochMilli());
        return epochMillis * TIE_BREAK + Math.min(Math.max(count, 0), TIE_BREAK - 1);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : Math.max(0, instant.toEpochMilli());
    }

    private static Instant firstNonNull(Instant... instants) {
        for (Instant i : instants) {
            if (i != null) {
                return i;
            }
        }
        return null;
    }
}
