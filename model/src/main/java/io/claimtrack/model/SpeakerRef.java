package io.claimtrack.model;

/**
 * The speaker of a statement as the article names them, and the canonical name we resolved.
 *
 * @param name canonical name (e.g. "Arman Tatoyan", "Ministry of Foreign Affairs of Armenia")
 * @param mention the words in the article that name the speaker (e.g. "Tatoyan", "the ministry")
 * @param mentionStart offset of the mention in the article text, or null when not in the text
 * @param type PERSON, ORGANIZATION or UNKNOWN
 */
public record SpeakerRef(
        String name,
        String mention,
        Integer mentionStart,
        Integer mentionEnd,
        String role,
        String type,
        boolean official) {}
