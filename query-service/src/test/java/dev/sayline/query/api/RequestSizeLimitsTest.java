package dev.sayline.query.api;

import dev.sayline.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests too large for the service are problem+json 414/431/413 (the service kit's
 * RequestSizeLimits), like every other client error, rather than Vert.x's bare status.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class RequestSizeLimitsTest {

    @Test
    void aHugeUriIs414ProblemJson() {
        given().urlEncodingEnabled(false).get("/search?q=" + "a".repeat(10_000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("title", equalTo("Request-URI Too Long"))
                .body("type", equalTo("about:blank"))
                .body("detail", containsString("at most 4096"));
    }

    @Test
    void hugeHeadersAre431ProblemJson() {
        given().header("X-Padding", "p".repeat(30_000)).get("/search?q=x")
                .then().statusCode(431).contentType("application/problem+json")
                .body("status", equalTo(431))
                .body("title", equalTo("Request Header Fields Too Large"))
                .body("detail", containsString("at most 20480"));
    }

    @Test
    void aBodyDeclaredOverTheLimitIs413ProblemJsonBeforeItIsRead() throws Exception {
        // Vert.x answered a bare 413 and closed the connection; here the body is never sent
        String response = raw("POST /search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 999999999\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.contains("application/problem+json") && response.contains("at most"), response);
    }

    @Test
    void anHttp10RequestWithoutHostIsAnswered() throws Exception {
        // the kit's URI checks once built an absolute URI from the Host header: a 500 without one
        String response = raw("GET /search?q=x&size=1 HTTP/1.0\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.0 200"), response);
        response = raw("GET /search?q=caf\u00c3\u00a9 HTTP/1.0\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.0 400") && response.contains("not UTF-8"), response);
    }

    @Test
    void anHttp11RequestWithoutHostIs400ProblemJson() throws Exception {
        String response = raw("GET /search?q=x HTTP/1.1\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 400") && response.contains("application/problem+json")
                && response.contains("Host"), response);
    }

    /** Sends a request head as written and reads the answer until the server closes or 10 s pass. */
    private static String raw(String head) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException e) {
                // the answer is complete; the connection was only left open
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLongUriWithinTheLimitIsServed() {
        given().urlEncodingEnabled(false).get("/q/health/live?padding=" + "a".repeat(4_000))
                .then().statusCode(200);
    }
}
