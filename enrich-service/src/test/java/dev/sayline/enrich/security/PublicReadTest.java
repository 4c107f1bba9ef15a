package dev.sayline.enrich.security;

import dev.sayline.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** With public reads (the test profile, like the local run): reading needs no key, writing still does. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)
class PublicReadTest {

    @Test
    void anonymousCallersMayReadButAWriteIsStill401() {
        given().contentType("application/json").body("{\"text\":\"Lavrov said so.\"}").post("/enrich").then().statusCode(200);
        given().get("/tags/rules").then().statusCode(200);
        given().contentType("application/json").body("{\"query\":\"x\"}").put("/tags/rules/auth-test")
                .then().statusCode(401).contentType("application/problem+json");
        given().post("/tags/retag").then().statusCode(401);
    }
}
