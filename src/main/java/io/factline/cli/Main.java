package io.factline.cli;

import io.factline.crawl.CrawlException;
import io.factline.index.BadQueryException;
import io.factline.index.IndexException;
import io.factline.ingest.InputException;
import io.factline.server.ServerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code factline} command. */
@Command(name = "factline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Metric facts from Chinese and English industry news: extract, index, search, timelines.",
        subcommands = {DemoCommand.class, ExtractCommand.class, BenchCommand.class, IngestCommand.class, CrawlCommand.class,
                SearchCommand.class, FactsCommand.class, TimelineCommand.class, ServeCommand.class,
                ContentCommand.class, EvalCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** Standard output as UTF-8 whatever the platform's locale: Chinese text must come out intact. */
    static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    /** Prints the stack trace of an internal error; accepted by every command. */
    static final String DEBUG = "--debug";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = DEBUG, scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print its stack trace.")
    boolean debug;

    public static void main(String[] args) {
        pinResolvedAddresses();
        System.exit(run(OUT, ERR, args));
    }

    /**
     * Keeps the first answer for each host name for the life of the process. The crawler checks the addresses a
     * name resolves to before it fetches (no private address unless allowed), and Java 17's HTTP client resolves
     * the name again when it connects, with no hook to pass it the checked address: a resolver that answers with a
     * public address first and a private one a second later (DNS rebinding) would get past the check. With the JVM's
     * cache of answers never expiring, both look-ups return the same addresses. The cost: a site that moves to
     * another address during one crawl is still fetched from the old one. Must run before any name is resolved.
     */
    static void pinResolvedAddresses() {
        java.security.Security.setProperty("networkaddress.cache.ttl", "-1");
    }

    /** Runs a command line with the given streams; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Streams.set(out, err);
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintStream err = Streams.err();
            if (ex instanceof UsageException) {
                err.println("factline: " + ex.getMessage());
                err.println("Try '" + qualifiedName(commandLine) + " --help' for more information.");
                return 2;
            }
            if (isUserError(ex)) {
                err.println("factline: " + ex.getMessage());
                return 1;
            }
            if (isDiskFull(ex)) {
                err.println("factline: no space left on the device: what was committed before is kept and can be "
                        + "read; free some space and run the same command again, it carries on where it stopped");
                if (parseResult.expandedArgs().contains(DEBUG)) ex.printStackTrace(err);
                return 1;
            }
            // Anything else is a bug: one line, and the whole trace for whoever reports it.
            err.println("factline: internal error: " + ex);
            if (parseResult.expandedArgs().contains(DEBUG)) ex.printStackTrace(err);
            else err.println("factline: run with " + DEBUG + " for details");
            return 1;
        });
        return cli;
    }

    /** The command as typed: "factline eval facts", not "facts". */
    static String qualifiedName(CommandLine command) {
        StringBuilder name = new StringBuilder(command.getCommandName());
        for (CommandLine c = command.getParent(); c != null; c = c.getParent()) name.insert(0, c.getCommandName() + " ");
        return name.toString();
    }

    static boolean isUserError(Throwable ex) {
        return ex instanceof InputException || ex instanceof IndexException || ex instanceof UsageException
                || ex instanceof CrawlException || ex instanceof ServerException || ex instanceof BadQueryException || ex instanceof LookupException;
    }

    /** A write failed because the file system is full (ENOSPC), wherever in the causes it is. */
    static boolean isDiskFull(Throwable ex) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(java.util.List.of(ex));
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) continue;
            String m = t.getMessage();
            if (t instanceof java.io.IOException && m != null
                    && (m.contains("No space left on device") || m.contains("not enough space on the disk"))) {
                return true;
            }
            if (t.getCause() != null) todo.push(t.getCause());
            for (Throwable s : t.getSuppressed()) todo.push(s);
        }
        return false;
    }

    /** No command: the usage, on standard error, and exit code 2 (a usage error), as for any missing argument. */
    @Override
    public Integer call() {
        spec.commandLine().usage(Streams.err());
        return 2;
    }

    /** Version from the jar manifest, else the development version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"factline " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
