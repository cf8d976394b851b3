package dev.briefs.local.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./briefs proxy} against stand-ins on loopback: a scripted CloudFormation that answers DescribeStacks, and a
 * fake deployed API that checks each request's SigV4 signature (its shape, and that it is the signature of the request
 * as it arrived) before answering.
 */
class SigningProxyIT {

    private static final AwsSessionCredentials CREDENTIALS = AwsSessionCredentials.create("AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-example");
    private static final Region REGION = Region.EU_WEST_1;
    private static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/(\\d{8})/"
            + "eu-west-1/execute-api/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final List<String> describeStacksBodies = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private HttpServer cloudFormation;
    private HttpServer deployedApi;
    private SigningProxy proxy;

    @BeforeEach
    void start() throws IOException {
        deployedApi = server(this::answerIfSigned);
        cloudFormation = server(this::describeStacks);
    }

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
        deployedApi.stop(0);
        cloudFormation.stop(0);
    }

    @Test
    void theApiUrlIsTheStacksOutputFromDescribeStacks() {
        assertEquals(apiUrl(), StackApi.url(cloudFormationClient(), "briefs"));
        assertEquals(1, describeStacksBodies.size());
        Map<String, String> form = form(describeStacksBodies.getFirst());
        assertEquals("DescribeStacks", form.get("Action"));
        assertEquals("briefs", form.get("StackName"));
    }

    @Test
    void aStackWithoutTheOutputOrNoStackAtAllIsAClearError() {
        IllegalStateException other = assertThrows(IllegalStateException.class,
                () -> StackApi.url(cloudFormationClient(), "not-briefs"));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> StackApi.url(cloudFormationClient(), "nope"));

        assertTrue(other.getMessage().contains("has no ApiUrl output"), other.getMessage());
        assertTrue(missing.getMessage().contains("Stack with id nope does not exist"), missing.getMessage());
    }

    @Test
    void eachRequestIsForwardedSignedForExecuteApiAndTheAnswerComesBack() throws Exception {
        proxy = SigningProxy.start(0, apiUrl(), RequestAuthorisation.sigV4(StaticCredentialsProvider.create(CREDENTIALS),
                REGION));

        HttpResponse<String> page = get("briefs?limit=5&key=wire%2Fa%20b.txt", "text/html");
        HttpResponse<String> health = get("health", "application/json");

        assertEquals(List.of(), problems);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("<p>GET /briefs limit=5&key=wire%2Fa%20b.txt</p>", page.body());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type").orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("x-content-type-options").orElseThrow());
        assertEquals(200, health.statusCode(), health.body());
    }

    @Test
    void withATokenEachRequestCarriesItAsABearerTokenInstead() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        deployedApi.removeContext("/");
        deployedApi.createContext("/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            respond(exchange, 200, "ok");
        });
        proxy = SigningProxy.start(0, apiUrl(), RequestAuthorisation.bearer("jwt-token"));

        assertEquals(200, get("briefs", "application/json").statusCode());
        assertEquals(List.of("Bearer jwt-token"), authorizations);
    }

    private URI apiUrl() {
        return URI.create("http://127.0.0.1:" + deployedApi.getAddress().getPort());
    }

    private CloudFormationClient cloudFormationClient() {
        return CloudFormationClient.builder().region(REGION).credentialsProvider(StaticCredentialsProvider.create(CREDENTIALS))
                .endpointOverride(URI.create("http://127.0.0.1:" + cloudFormation.getAddress().getPort())).build();
    }

    private HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(proxy.url().resolve(pathAndQuery))
                .header("Accept", accept).header("Cookie", "session=local-only").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The fake deployed API: answers only a request whose signature is the one of the request as it arrived. */
    private void answerIfSigned(HttpExchange exchange) throws IOException {
        try {
            checkAndAnswer(exchange);
        } catch (RuntimeException e) {
            problems.add(e.toString());
            respond(exchange, 500, e.toString());
        }
    }

    private void checkAndAnswer(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher matcher = AUTHORIZATION.matcher(authorization == null ? "" : authorization);
        if (!matcher.matches()) {
            problems.add("Authorization: " + authorization);
            respond(exchange, 403, "bad signature shape");
            return;
        }
        List<String> signedHeaders = List.of(matcher.group(2).split(";"));
        if (!signedHeaders.containsAll(List.of("host", "x-amz-date", "x-amz-security-token"))
                || !"session-token-example".equals(exchange.getRequestHeaders().getFirst("X-Amz-Security-Token"))
                || exchange.getRequestHeaders().containsKey("Cookie")) {
            problems.add("headers: " + exchange.getRequestHeaders().entrySet());
        }
        if (!authorization.equals(resign(exchange, signedHeaders))) {
            problems.add("the signature does not match the request as it arrived: " + exchange.getRequestURI());
        }
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        respond(exchange, 200, "<p>" + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " "
                + exchange.getRequestURI().getRawQuery() + "</p>");
    }

    /** The signature the SDK's signer makes for the received request, at the time it says it was signed. */
    private static String resign(HttpExchange exchange, List<String> signedHeaders) {
        URI received = exchange.getRequestURI();
        String host = exchange.getRequestHeaders().getFirst("Host");
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(exchange.getRequestMethod()))
                .uri(URI.create("http://" + host + received.getRawPath()
                        + (received.getRawQuery() == null ? "" : "?" + received.getRawQuery())));
        signedHeaders.stream().filter(name -> !name.equals("host") && !name.equals("x-amz-date")
                        && !name.equals("x-amz-security-token"))
                .forEach(name -> request.putHeader(name, exchange.getRequestHeaders().getFirst(name)));
        ZonedDateTime signedAt = ZonedDateTime.parse(exchange.getRequestHeaders().getFirst("X-Amz-Date"),
                AMZ_DATE.withZone(ZoneOffset.UTC));
        return AwsV4HttpSigner.create().sign(r -> r.identity(CREDENTIALS).request(request.build())
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, REGION.id())
                        .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt.toInstant(), ZoneOffset.UTC)))
                .request().firstMatchingHeader("Authorization").orElseThrow();
    }

    /** The scripted CloudFormation: DescribeStacks in the Query protocol, for three stack names. */
    private void describeStacks(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        describeStacksBodies.add(body);
        String name = form(body).get("StackName");
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        if (name.equals("nope")) {
            respond(exchange, 400, """
                    <ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>Sender\
                    </Type><Code>ValidationError</Code><Message>Stack with id nope does not exist</Message></Error>\
                    <RequestId>r-1</RequestId></ErrorResponse>""");
            return;
        }
        String output = name.equals("briefs") ? "<member><OutputKey>ApiUrl</OutputKey><OutputValue>" + apiUrl()
                + "</OutputValue></member>" : "";
        respond(exchange, 200, """
                <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
                  <DescribeStacksResult><Stacks><member><StackName>%s</StackName><StackStatus>CREATE_COMPLETE\
                </StackStatus><Outputs><member><OutputKey>BriefsTableName</OutputKey><OutputValue>t</OutputValue>\
                </member>%s</Outputs></member></Stacks></DescribeStacksResult>
                  <ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata>
                </DescribeStacksResponse>""".formatted(name, output));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static HttpServer server(HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", handler);
        server.start();
        return server;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
