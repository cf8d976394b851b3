package dev.briefs.local.proxy;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;

/** What the proxy adds to each request so the deployed API lets it through. */
@FunctionalInterface
public interface RequestAuthorisation {

    SdkHttpRequest authorise(SdkHttpRequest request);

    /**
     * AuthMode=IAM: a SigV4 signature for {@code execute-api}, made by the SDK's signer with the caller's
     * credentials, resolved afresh for every request so that refreshed session credentials are used.
     */
    static RequestAuthorisation sigV4(AwsCredentialsProvider credentials, Region region) {
        AwsV4HttpSigner signer = AwsV4HttpSigner.create();
        return request -> {
            AwsCredentialsIdentity identity = credentials.resolveCredentials();
            return signer.sign(r -> r.identity(identity).request(request)
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region.id())).request();
        };
    }

    /** AuthMode=JWT: the caller's token as {@code Authorization: Bearer}. */
    static RequestAuthorisation bearer(String token) {
        return request -> request.toBuilder().putHeader("Authorization", "Bearer " + token).build();
    }
}
