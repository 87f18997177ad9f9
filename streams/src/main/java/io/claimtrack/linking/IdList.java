package io.claimtrack.linking;

import java.util.ArrayList;
import java.util.List;

/** A bounded, insertion-ordered list of ids: LSH buckets and per-speaker or per-entity indexes. */
public record IdList(List<String> ids) {
    public IdList {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    public static IdList empty() {
        return new IdList(List.of());
    }

    public static IdList orEmpty(IdList list) {
        return list == null ? empty() : list;
    }

    /**
     * This list with {@code id} appended (moved to the end if present), oldest dropped past cap.
     */
    public IdList with(String id, int cap) {
        List<String> out = new ArrayList<>(ids.size() + 1);
        for (String s : ids) {
            if (!s.equals(id)) {
                out.add(s);
            }
        }
        out.add(id);
        return new IdList(out.size() > cap ? out.subList(out.size() - cap, out.size()) : out);
    }
}
