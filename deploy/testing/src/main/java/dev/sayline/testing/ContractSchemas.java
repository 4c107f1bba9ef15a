package dev.sayline.testing;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The topic schemas of deploy/schemas, the one source of truth both sides of a topic test against. */
public final class ContractSchemas {

    public static final String DOCUMENTS_RAW = "documents.raw";
    public static final String DOCUMENTS_ENRICHED = "documents.enriched";

    private ContractSchemas() {
    }

    /** Fails with every violation when {@code json} does not satisfy the topic's schema. */
    public static void assertValid(String topic, String json) {
        Set<ValidationMessage> errors = schema(topic).validate(json, com.networknt.schema.InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new AssertionError(topic + " schema violated: " + errors + "\nvalue: " + json);
        }
    }

    public static Set<ValidationMessage> violations(String topic, String json) {
        return schema(topic).validate(json, com.networknt.schema.InputFormat.JSON);
    }

    private static JsonSchema schema(String topic) {
        Path file = BuildInfrastructure.deployDir().resolve("schemas").resolve(topic + ".schema.json");
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
