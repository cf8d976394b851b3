package dev.briefs.local.cli;

import dev.briefs.local.proxy.RequestAuthorisation;
import dev.briefs.local.proxy.SigningProxy;
import dev.briefs.local.proxy.StackApi;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./briefs proxy --stack NAME}: serves a deployed stack's API and pages on loopback, each request signed with
 * the caller's AWS credentials (AuthMode=IAM) or carrying {@code BRIEFS_PROXY_TOKEN} as a bearer token (AuthMode=JWT),
 * so that a browser shows the deployed briefs at http://127.0.0.1:3000/.
 */
final class ProxyCommand {

    static final String TOKEN = "BRIEFS_PROXY_TOKEN";

    private final PrintStream out;

    ProxyCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = new Args(arguments, Set.of("--stack", "--region", "--port"), Set.of());
        String stack = args.option("--stack", null);
        if (stack == null || stack.isBlank()) {
            throw new Args.UsageException("proxy needs --stack NAME (the stack sam deploy created)");
        }
        String regionName = args.option("--region", null);
        Region region = regionName != null ? Region.of(regionName)
                : DefaultAwsRegionProviderChain.builder().build().getRegion();
        DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        URI api;
        try (CloudFormationClient cloudFormation = CloudFormationClient.builder().region(region)
                .credentialsProvider(credentials).build()) {
            api = StackApi.url(cloudFormation, stack);
        }
        String token = System.getenv(TOKEN);
        RequestAuthorisation authorisation = token == null || token.isBlank()
                ? RequestAuthorisation.sigV4(credentials, region) : RequestAuthorisation.bearer(token);
        SigningProxy proxy = SigningProxy.start(args.intOption("--port", 3000), api, authorisation);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            proxy.close();
            stopped.countDown();
        }, "briefs-proxy-shutdown"));
        out.println("proxying " + proxy.url() + " to " + api + " (stack " + stack + ", " + region.id() + "), "
                + (token == null || token.isBlank() ? "signing with your AWS credentials" : "with " + TOKEN)
                + "; Ctrl-C stops.");
        out.println("Open " + proxy.url() + " in a browser.");
        stopped.await();
        return 0;
    }
}
