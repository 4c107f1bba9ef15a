package dev.sayline.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The REST layer's own mapper: request bodies with a key given twice ({@code {"text": "a",
 * "text": "b"}}: which did the client mean?) or anything after the JSON value ({@code {…} {…}},
 * {@code {…} garbage}) are a 400, where Jackson by default takes the last key and ignores the
 * rest; so is a fraction or a string where a whole number is expected ({@code "minMatches": 2.5},
 * {@code 2.0}, {@code "3"}, {@code ""}), which Jackson would cut, convert or read as null. Not
 * set on the application's {@link ObjectMapper} bean: the Elasticsearch client reads documents
 * out of longer responses with that one, which trailing-token checks would break.
 */
@Provider
public class StrictRequestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictRequestJson(ObjectMapper mapper) {
        this.strict = mapper.copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** For bodies the resource reads itself (a line of NDJSON). */
    public <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return strict.readValue(json, type);
    }
}
