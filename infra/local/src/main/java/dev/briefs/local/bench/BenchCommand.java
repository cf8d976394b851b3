package dev.briefs.local.bench;

import dev.briefs.local.invoke.ColdStartBenchmark;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./briefs bench pipeline|throughput [N]|api-load [DIR]|story DIR [BRIEFS]|cold-start [RUNS]|crash
 * stack|dynamodb [FILES]|rate-limit [FILES]|evidence FILE...|quality [CASES]}: the performance and brief-quality
 * figures recorded in BENCHMARKS.md.
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static int run(List<String> args, PrintStream out) throws Exception {
        String which = args.isEmpty() ? "" : args.getFirst();
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        return switch (which) {
            case "pipeline" -> {
                new Runner(new OptionsBuilder().include(PipelineBenchmark.class.getName())
                        .jvmArgsAppend("-Dbriefs.home=" + System.getProperty("briefs.home", ".")).build()).run();
                yield 0;
            }
            case "throughput" -> ThroughputBenchmark.run(rest, out);
            case "api-load" -> ApiLoadBenchmark.run(rest, out);
            case "story" -> StoryBenchmark.run(rest, out);
            case "cold-start" -> ColdStartBenchmark.run(rest, out);
            case "quality" -> QualityBenchmark.run(rest, out);
            case "evidence" -> EvidenceBenchmark.run(rest, out);
            case "crash" -> CrashRecoveryBenchmark.run(rest, out);
            case "rate-limit" -> RateLimitBenchmark.run(rest, out);
            default -> throw new IllegalArgumentException(
                    "bench takes pipeline, throughput [ARTICLES], api-load [DATA_DIR], story DATA_DIR [BRIEFS]"
                            + " (with ./briefs up running), cold-start [RUNS], crash stack|dynamodb [FILES],"
                            + " rate-limit [FILES], evidence FILE... or quality [CASES] [--out BRIEFS.jsonl]");
        };
    }
}
