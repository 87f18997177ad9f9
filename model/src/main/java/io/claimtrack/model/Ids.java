package io.claimtrack.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic ids, so that every replay of the pipeline is an upsert rather than a duplicate. */
public final class Ids {
    private Ids() {}

    /** The article id: a hash of the canonical URL. */
    public static String articleId(String canonicalUrl) {
        return "a-" + sha256Hex(canonicalUrl).substring(0, 24);
    }

    /** The id of the {@code index}-th statement of an article. */
    public static String statementId(String articleId, int index) {
        return articleId + "-s" + index;
    }

    /** A hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
