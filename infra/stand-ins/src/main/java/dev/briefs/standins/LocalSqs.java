package dev.briefs.standins;

import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

import java.net.URI;

/**
 * SQS on loopback: ElasticMQ in this process, speaking the SQS protocols the AWS SDK uses, with queues kept in memory.
 * Queues, redrive policies and message move tasks are created through the SQS API, as in AWS.
 */
public final class LocalSqs implements AutoCloseable {

    /** The account id in queue URLs and ARNs. */
    public static final String ACCOUNT_ID = "000000000000";

    private final SQSRestServer server;
    private final URI endpoint;

    private LocalSqs(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    /**
     * Starts ElasticMQ.
     *
     * @param port   the port, or 0 for any free one
     * @param region the region in queue ARNs
     */
    public static LocalSqs start(int port, String region) {
        int bound = port == 0 ? Ports.free() : port;
        try {
            SQSRestServer server = SQSRestServerBuilder
                    .withInterface("127.0.0.1")
                    .withPort(bound)
                    .withServerAddress(new NodeAddress("http", "127.0.0.1", bound, ""))
                    .withAWSRegion(region)
                    .withAWSAccountId(ACCOUNT_ID)
                    .start();
            server.waitUntilStarted();
            return new LocalSqs(server, URI.create("http://127.0.0.1:" + bound));
        } catch (RuntimeException e) {
            throw new IllegalStateException("ElasticMQ did not start on port " + bound + ": " + e.getMessage(), e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
