package io.claimtrack.extract.statement;

/**
 * A speaker phrase found in the text: tokens {@code [from, to]} (inclusive), offsets {@code [start,
 * end)}, and the apposition or preceding description that says who it is (nullable).
 */
record Mention(int from, int to, int start, int end, String text, String descriptor) {

    Mention withDescriptor(String d) {
        return new Mention(from, to, start, end, text, d);
    }
}
