package io.claimtrack.app;

import io.claimtrack.model.kafka.TopicAdmin;
import io.claimtrack.model.kafka.Topics;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrack topics}: lists claimtrack's topics, or creates the missing ones. */
@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description =
                "List claimtrack's topics as the code declares them; --create creates the missing ones.")
final class TopicsCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--create", description = "create the missing topics on the configured cluster")
    boolean create;

    @Option(
            names = "--partitions",
            defaultValue = "6",
            description = "partitions of new topics (default ${DEFAULT-VALUE})")
    int partitions;

    @Option(
            names = "--replication-factor",
            defaultValue = "1",
            description = "replication factor of new topics (default ${DEFAULT-VALUE})")
    short replicationFactor;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ClaimtrackConfig cfg = config.load();
        var out = spec.commandLine().getOut();
        if (!create) {
            Topics.all()
                    .forEach(
                            t ->
                                    out.println(
                                            cfg.kafka().topic(t).name()
                                                    + (t.compacted() ? "  (compacted)" : "")));
            return 0;
        }
        var created =
                TopicAdmin.ensure(
                        cfg.kafka(),
                        Topics.all(),
                        new TopicAdmin.Layout(partitions, replicationFactor));
        out.println(
                created.isEmpty() ? "all topics exist" : "created: " + String.join(", ", created));
        return 0;
    }
}
