package io.claimtrack.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.claimtrack.indexer.ClaimQuery;
import io.claimtrack.indexer.ClaimSearch;
import io.claimtrack.indexer.ClaimTable;
import io.claimtrack.indexer.ElasticsearchClients;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrack search}: claims in Elasticsearch as a table, for analysts at the terminal. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search claims: speaker, outlets and first seen of every matching claim.")
final class SearchCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Parameters(
            arity = "0..*",
            paramLabel = "TEXT",
            description = "words of the claim (none: every claim)")
    List<String> words = List.of();

    @Option(names = "--speaker", paramLabel = "NAME", description = "only claims by this speaker")
    String speaker;

    @Option(names = "--official", description = "only statements by state offices and officials")
    boolean official;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description = "only claims seen since DATE (2021-04-12 or an ISO instant)")
    String since;

    @Option(names = "--limit", defaultValue = "20", description = "rows (default ${DEFAULT-VALUE})")
    int limit;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ClaimtrackConfig cfg = config.load();
        ClaimQuery query;
        try {
            query =
                    new ClaimQuery(
                            String.join(" ", words), speaker, official, parseSince(since), limit);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        try (ElasticsearchClient client = ElasticsearchClients.create(cfg.elasticsearch())) {
            var rows = new ClaimSearch(client, cfg.elasticsearch()).search(query);
            spec.commandLine().getOut().print(ClaimTable.render(rows));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (java.io.IOException e) {
            throw new UserException(
                    "cannot reach Elasticsearch at "
                            + cfg.elasticsearch().url()
                            + ": "
                            + e.getMessage());
        }
    }

    static Instant parseSince(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserException(
                    "--since takes a date such as 2021-04-12 or an instant such as 2021-04-12T09:00:00Z, got "
                            + value);
        }
    }
}
