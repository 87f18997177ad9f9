/**
 * The records that travel on claimtrack's topics: articles, statements, claims, speakers, links and
 * stories. Every payload carries a {@code schema} number so a consumer can reject what it does not
 * understand instead of misreading it.
 */
package io.claimtrack.model;
