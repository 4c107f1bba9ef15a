package dev.sayline.query.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sayline.query.indexing.IndexBootstrap;
import dev.sayline.testing.RealInfrastructure;
import dev.sayline.testing.TestApiKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With reads closed and no key in the browser, the built-in dashboard asks for the read key in its
 * own dialog: once for all the panels that load together, again after a wrong key, never with the
 * browser's blocking {@code prompt()}; the right key loads every panel and is kept until the user
 * forgets it. Headless Chromium; the screenshot lands in {@code target/screenshots/dashboard-read-key.png}.
 */
@QuarkusTest
@TestProfile(DocumentViewTest.ClosedReads.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class ReadKeyDialogTest {

    @Inject
    IndexBootstrap bootstrap;

    @Test
    void aRefusedReadAsksForTheKeyOnceAndTheRightKeyLoadsEveryPanel() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("sayline.browser-test.skip"), "sayline.browser-test.skip=true");
        bootstrap.ensureIndex();

        JsonNode result = BrowserTools.runCheck("read-key-check.mjs", RestAssured.baseURI + ":" + RestAssured.port,
                Path.of("target/screenshots").toAbsolutePath().toString(), TestApiKeys.READ);

        assertTrue(result.path("errors").isEmpty(), "no script errors: " + result.path("errors"));
        assertEquals(0, result.path("nativeDialogs").asInt(), "no prompt(), alert() or confirm()");
        JsonNode steps = result.path("steps");
        JsonNode first = steps.path("first");
        assertTrue(first.path("open").asBoolean(), "the key dialog opened: " + first);
        assertEquals(1, first.path("asked").asInt(), "one dialog for every read refused while it was open: " + first);
        assertTrue(first.path("message").asText().contains("needs a read key"), first.toString());

        JsonNode wrong = steps.path("wrongKey");
        assertEquals(2, wrong.path("asked").asInt(), "a wrong key asks once more: " + wrong);
        assertTrue(wrong.path("message").asText().contains("refused"), "and says the key was refused: " + wrong);

        JsonNode right = steps.path("rightKey");
        assertFalse(right.path("open").asBoolean(), "the dialog closed: " + right);
        assertEquals(2, right.path("asked").asInt(), "the stored key serves every later read: " + right);
        assertEquals(TestApiKeys.READ, right.path("stored").asText(), "the key is kept in the browser");
        assertTrue(right.path("corpus").asText().contains("documents"), "the corpus panel loaded: " + right);

        JsonNode forgotten = steps.path("forgotten");
        assertTrue(forgotten.path("stored").isNull(), "'Forget the stored key' removes it: " + forgotten);
        assertFalse(forgotten.path("open").asBoolean(), forgotten.toString());
    }
}
