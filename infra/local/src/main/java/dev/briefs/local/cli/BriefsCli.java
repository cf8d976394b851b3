package dev.briefs.local.cli;

import dev.briefs.local.bench.BenchCommand;
import dev.briefs.local.bench.ExtractionBenchmark;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** {@code ./briefs COMMAND ...}: the local entry point. The command names and flags are an interface: keep them. */
public final class BriefsCli {

    static final String USAGE = """
            usage: ./briefs COMMAND [options]

              up [--api-port N] [--s3-port N] [--dynamodb-port N] [--sqs-port N] [--data-dir DIR] [--no-sample]
                                   start the local stack in the foreground (Ctrl-C stops it)
              drop [--json] [--data-dir DIR] [--timeout SECONDS] FILE...
                                   upload files to the running stack and print their briefs
              parse [--json] FILE...
                                   parse articles only
              brief [--json] FILE...
                                   parse and brief articles, storing nothing
              status [--data-dir DIR]
                                   where the running stack listens, its briefs by status, and the stuck,
                                   failed and dead-lettered ones by key
              list [--status S] [--actor NAME] [--since T] [--until T] [--limit N] [--data-dir DIR]
                                   the running stack's briefs, newest first, one line each
              export --format ndjson|csv [--status S] [--actor NAME] [--since T] [--until T] [--data-dir DIR]
                                   every matching brief to standard output: whole briefs or spreadsheet rows
              watch [--all] [--json] [--data-dir DIR]
                                   print the Brief Ready and Brief Failed events as they happen
              reprocess [--failed] [--fallback] [--data-dir DIR] [--timeout SECONDS] [ID...]
                                   brief objects again through the bucket (the failed ones, those the
                                   fallback engine made, or the given ids) and print the new status
              redrive [--data-dir DIR] | --dead-letter-arn ARN [--timeout SECONDS]
                                   move dead-lettered upload events back to the upload queue (locally, or
                                   in AWS with the stack's DeadLetterQueueArn)
              bench pipeline | throughput [ARTICLES] | api-load [DATA_DIR] | story DATA_DIR [BRIEFS] | cold-start [RUNS]
                                   measure per-article cost (JMH), local throughput, API load, the actor
                                   index (on a running stack), cold starts
              bench evidence FILE...
                                   whether items stand in the sentences they cite
              bench quality [CASES] [--out BRIEFS.jsonl]
                                   score the extractive engine's briefs on brief-gold cases (default: the dev set)
              bench-extraction PATH [--out FILE]
                                   score the HTML extractor on the article-extraction benchmark at PATH
              invoke FUNCTION -e EVENT.json [--env-vars FILE] [--data-dir DIR]
                                   run a function of template.yaml once in a fresh JVM, as sam local invoke does
              proxy --stack NAME [--region REGION] [--port N]
                                   serve a deployed stack's API and pages on 127.0.0.1 (default port 3000), each
                                   request signed with your AWS credentials (or BRIEFS_PROXY_TOKEN as a bearer token)
              test                 run every test (the launcher runs Maven)
            """;

    private BriefsCli() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.getFirst().equals("help") || args.getFirst().equals("--help")) {
            out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.getFirst()) {
                case "up" -> new UpCommand(out, err).run(rest);
                case "drop" -> new DropCommand(out, err).run(rest);
                case "parse" -> new ParseCommand(out, err).run(rest);
                case "brief" -> new BriefCommand(out, err).run(rest);
                case "status" -> new StatusCommand(out).run(rest);
                case "list" -> new ListCommand(out).run(rest);
                case "export" -> new ExportCommand(out).run(rest);
                case "watch" -> new WatchCommand(out).run(rest);
                case "reprocess" -> new ReprocessCommand(out, err).run(rest);
                case "redrive" -> new RedriveCommand(out).run(rest);
                case "bench" -> BenchCommand.run(rest, out);
                case "bench-extraction" -> ExtractionBenchmark.run(rest);
                case "invoke" -> new dev.briefs.local.invoke.InvokeCommand(out, err).run(rest);
                case "proxy" -> new ProxyCommand(out).run(rest);
                default -> throw new Args.UsageException("unknown command '" + args.getFirst() + "'");
            };
        } catch (Args.UsageException e) {
            err.println("briefs: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("briefs: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (Exception e) {
            err.println("briefs: " + e);
            return 1;
        }
    }
}
