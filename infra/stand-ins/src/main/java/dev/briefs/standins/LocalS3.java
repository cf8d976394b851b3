package dev.briefs.standins;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

import dev.briefs.store.ObjectEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * S3 on loopback: S3Proxy in this process, storing objects as files under a directory (each key verbatim, see
 * {@link VerbatimKeyBlobStore}), with SigV4 authentication and a listener told of every object written or deleted.
 */
public final class LocalS3 implements AutoCloseable {

    private final S3Proxy proxy;
    private final URI endpoint;

    private LocalS3(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    /**
     * Starts S3Proxy.
     *
     * @param port            the port, or 0 for any free one
     * @param dataDir         where buckets and objects are kept (created if missing)
     * @param accessKeyId     the access key clients sign with
     * @param secretAccessKey the secret key clients sign with
     * @param listener        told of every object written or deleted, as S3 would announce it
     */
    public static LocalS3 start(int port, Path dataDir, String accessKeyId, String secretAccessKey,
                                Consumer<ObjectEvent> listener) {
        try {
            Files.createDirectories(dataDir);
            int bound = port == 0 ? Ports.free() : port;
            URI endpoint = URI.create("http://127.0.0.1:" + bound);
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(new NotifyingBlobStore(new VerbatimKeyBlobStore(new FilesystemNio2BlobStore(dataDir.toString())),
                            listener))
                    .endpoint(endpoint)
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKeyId, secretAccessKey)
                    .ignoreUnknownHeaders(true)
                    .build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
            return new LocalS3(proxy, endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting S3Proxy", e);
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * A sequencer for an event about an object of this bucket, greater than every one announced before: for an event
     * announced again by someone else (the local stack's start-up sweep), so that it counts as the newest.
     */
    public static String nextSequencer() {
        return NotifyingBlobStore.nextSequencer();
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop cleanly", e);
        }
    }
}
