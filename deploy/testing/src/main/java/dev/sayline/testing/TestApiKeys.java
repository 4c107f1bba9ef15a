package dev.sayline.testing;

/**
 * The API keys every service's {@code %test} profile accepts (application.properties), so tests
 * and the processes they start speak with the same keys.
 */
public final class TestApiKeys {

    public static final String HEADER = "X-API-Key";
    public static final String INGEST = "test-ingest-key";
    public static final String READ = "test-read-key";
    public static final String ADMIN = "test-admin-key";

    private TestApiKeys() {
    }
}
