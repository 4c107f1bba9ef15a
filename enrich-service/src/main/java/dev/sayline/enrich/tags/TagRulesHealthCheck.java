package dev.sayline.enrich.tags;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the topic rules are loaded (the tag-rules topic read to its end). */
@Readiness
@ApplicationScoped
public class TagRulesHealthCheck implements HealthCheck {

    private final TagRuleRegistry registry;

    public TagRulesHealthCheck(TagRuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("tag-rules")
                .status(registry.isReady())
                .withData("rules", registry.all().size())
                .withData("version", registry.version())
                .build();
    }
}
