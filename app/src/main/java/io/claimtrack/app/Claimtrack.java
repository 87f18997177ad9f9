package io.claimtrack.app;

import io.claimtrack.config.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The claimtrack command line: one entry point for the demo, the services, extraction and search.
 */
@Command(
        name = "claimtrack",
        mixinStandardHelpOptions = true,
        versionProvider = Claimtrack.Version.class,
        description =
                "Media monitoring and claim tracking: who said what, who carried it, who disputes it.",
        subcommands = {
            DemoCommand.class,
            ExtractCommand.class,
            ServiceCommand.Ingest.class,
            ServiceCommand.Streams.class,
            ServiceCommand.Indexer.class,
            ServiceCommand.Feed.class,
            SearchCommand.class,
            TopicsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Claimtrack implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Claimtrack());
        cl.setExecutionExceptionHandler(Claimtrack::handleFailure);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Expected failures get one clear paragraph; only real bugs get a stack trace. */
    private static int handleFailure(
            Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (e instanceof ConfigException || e instanceof UserException) {
            err.println("claimtrack " + cl.getCommandName() + ": " + e.getMessage());
            return 2;
        }
        if (isStackFailure(e)) {
            err.println("claimtrack " + cl.getCommandName() + ": " + e.getMessage());
            return 3;
        }
        err.println("claimtrack " + cl.getCommandName() + " failed unexpectedly:");
        e.printStackTrace(err);
        return 1;
    }

    private static boolean isStackFailure(Exception e) {
        return e.getClass().getName().startsWith("io.claimtrack.devstack.");
    }

    /** Reports the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Claimtrack.class.getPackage().getImplementationVersion();
            return new String[] {"claimtrack " + (v == null ? "dev" : v)};
        }
    }
}
