package dev.sayline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One real Kafka broker and one real Elasticsearch node per Maven build, started through
 * {@code deploy/local/infra.sh ensure}: the first test JVM that asks starts them, later ones
 * (other modules) reuse them, and a watchdog stops them when the Maven process exits.
 * They listen on ports of their own (19092, 19200) so a running local stack is not disturbed.
 */
public final class BuildInfrastructure {

    private static volatile BuildInfrastructure instance;

    private final Map<String, String> endpoints;

    private BuildInfrastructure(Map<String, String> endpoints) {
        this.endpoints = endpoints;
    }

    public static BuildInfrastructure get() {
        if (instance == null) {
            synchronized (BuildInfrastructure.class) {
                if (instance == null) {
                    instance = new BuildInfrastructure(ensureRunning());
                }
            }
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return endpoints.get("kafka.bootstrap.servers");
    }

    /** {@code host:port}, as {@code quarkus.elasticsearch.hosts} takes it. */
    public String elasticsearchHosts() {
        return endpoints.get("elasticsearch.hosts");
    }

    public String elasticsearchUrl() {
        return "http://" + elasticsearchHosts();
    }

    /** The repository's deploy/ directory (schemas, local stack scripts). */
    public static Path deployDir() {
        return Path.of(System.getProperty("sayline.deploy.dir", "../deploy")).toAbsolutePath().normalize();
    }

    /** The repository root. */
    public static Path projectDir() {
        return deployDir().getParent();
    }

    private static Map<String, String> ensureRunning() {
        Path deploy = deployDir();
        Path script = deploy.resolve("local/infra.sh");
        Path data = deploy.resolve("testing/target/infra");
        try {
            Files.createDirectories(data);
            Process process = new ProcessBuilder("bash", script.toString(), "ensure", data.toString(),
                    "--kafka-port", System.getProperty("sayline.test.kafka-port", "19092"),
                    "--es-port", System.getProperty("sayline.test.es-port", "19200"),
                    "--owner", Long.toString(buildProcessId()))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("infra.sh ensure failed (exit " + process.exitValue() + "): " + out);
            }
            Map<String, String> endpoints = new HashMap<>();
            out.lines().map(l -> l.split("=", 2)).filter(kv -> kv.length == 2).forEach(kv -> endpoints.put(kv[0], kv[1]));
            return endpoints;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Maven JVM that forked this test JVM, so the infrastructure lives exactly as long as the build. */
    private static long buildProcessId() {
        Optional<ProcessHandle> p = ProcessHandle.current().parent();
        while (p.isPresent()) {
            String cmd = p.get().info().commandLine().orElse("");
            if (cmd.contains("plexus-classworlds") || cmd.contains("org.codehaus.plexus.classworlds")) {
                return p.get().pid();
            }
            p = p.get().parent();
        }
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(ProcessHandle.current().pid());
    }
}
