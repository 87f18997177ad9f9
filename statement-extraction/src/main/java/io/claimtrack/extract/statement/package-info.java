/**
 * Statement extraction: who said what in an article, as pure text processing. Entry point {@link
 * io.claimtrack.extract.statement.StatementExtractor}; the word lists live in resource files under
 * {@code io/claimtrack/extract/statement/<language>/}. Nullable components are documented on the
 * records ({@code Attribution.speaker}, the offsets and role of {@code Speaker}); everything else
 * is non-null.
 */
package io.claimtrack.extract.statement;
