package dev.sayline.kit.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The credential of a request: the value of its {@code X-API-Key} header. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
