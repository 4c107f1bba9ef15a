package dev.sayline.kit.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * With {@code sayline.auth.public-read=true} a caller without a key may read: the anonymous
 * identity gets the read role and stays anonymous, so a write still answers 401, not 403.
 */
@ApplicationScoped
public class PublicReadAugmentor implements SecurityIdentityAugmentor {

    private final boolean publicRead;

    public PublicReadAugmentor(ApiKeyConfig config) {
        this.publicRead = config.publicRead();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!publicRead || !identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.READ).build());
    }
}
