package dev.sayline.query.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gets what the browser test needs: Debian's chromium (apt-get, when missing and running as
 * root, as CI does) and playwright-core from npm into target/ (never {@code playwright install}:
 * the system Chromium is used).
 */
final class BrowserTools {

    static final String PLAYWRIGHT_CORE = "playwright-core@1.65.1";

    private BrowserTools() {
    }

    static String chromium() throws IOException, InterruptedException {
        for (String candidate : List.of(System.getProperty("sayline.chromium", ""), "/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (!candidate.isEmpty() && Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("chromium is missing: apt-get install chromium (or -Dsayline.browser-test.skip=true)");
        }
        if (run(List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium"), null) != 0) {
            run(List.of("apt-get", "update"), null);
            if (run(List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium"), null) != 0) {
                throw new IllegalStateException("apt-get install chromium failed");
            }
        }
        return "/usr/bin/chromium";
    }

    /** Installs playwright-core under {@code dir} once; returns its package directory. */
    static Path playwrightCore(Path dir) throws IOException, InterruptedException {
        Path pkg = dir.toAbsolutePath().resolve("node_modules/playwright-core");
        if (Files.isRegularFile(pkg.resolve("package.json"))) {
            return pkg;
        }
        Files.createDirectories(dir);
        if (run(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", dir.toAbsolutePath().toString(),
                PLAYWRIGHT_CORE), null) != 0) {
            throw new IllegalStateException("npm install " + PLAYWRIGHT_CORE + " failed (is node/npm installed?)");
        }
        return pkg;
    }

    /**
     * Runs one of the node checks in src/test/browser against the service at {@code baseUrl} and
     * returns the JSON line it prints last; its stderr goes to {@code target/<script>.err.log}.
     */
    static JsonNode runCheck(String script, String baseUrl, String... args) throws IOException, InterruptedException {
        String chromium = chromium();
        Path playwright = playwrightCore(Path.of("target/browser"));
        List<String> command = new ArrayList<>(List.of("node", Path.of("src/test/browser", script).toAbsolutePath().toString(), baseUrl));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PLAYWRIGHT_CORE_DIR", playwright.toString());
        pb.environment().put("CHROMIUM", chromium);
        // stdin from /dev/null: an inherited stdin would be switched to non-blocking by node and break surefire's channel.
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectError(Path.of("target", script.replace(".mjs", ".err.log")).toAbsolutePath().toFile());
        Process node = pb.start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "the browser check finishes");
        assertEquals(0, node.exitValue(), script + " failed: " + out);
        return new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElse("{}"));
    }

    private static int run(List<String> command, Path workdir) throws IOException, InterruptedException {
        // Never inherit the test JVM's stdin/stdout: surefire talks to its fork through them, and
        // node/npm switch an inherited stdin to non-blocking mode, which breaks that channel.
        Path log = Files.createTempFile("sayline-" + Path.of(command.get(0)).getFileName(), ".log");
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        System.err.println("[browser-test] " + String.join(" ", command) + " (output: " + log + ")");
        if (workdir != null) {
            pb.directory(workdir.toFile());
        }
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
