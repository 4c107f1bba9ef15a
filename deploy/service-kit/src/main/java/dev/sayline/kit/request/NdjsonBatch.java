package dev.sayline.kit.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sayline.kit.json.StrictRequestJson;
import dev.sayline.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * An NDJSON request body, one JSON object a line, read all or none: every line is parsed (as
 * strictly as a JSON body) and validated before the caller does any work, and a bad line is a 400
 * naming it ("line 3: …"). Blank lines are skipped; no line, or more than the caller's limit, is
 * refused as a whole.
 */
@ApplicationScoped
public class NdjsonBatch {

    public static final String MEDIA_TYPE = "application/x-ndjson";

    private final StrictRequestJson json;

    public NdjsonBatch(StrictRequestJson json) {
        this.json = json;
    }

    /**
     * @param validate checks one parsed line; its second argument prefixes messages ("line 3: ")
     * @return the validated lines, in order
     */
    public <T, R> List<R> read(byte[] body, MediaType type, int maxDocuments, Class<T> lineType,
                               BiFunction<T, String, R> validate) {
        String text = RequestText.decode(body, type);
        // Counted before any is parsed, and walked line by line: a large body is not copied again as a list.
        long count = text.lines().filter(l -> !l.isBlank()).count();
        if (count == 0) {
            throw ProblemException.badRequest("the request holds no document", null);
        }
        if (count > maxDocuments) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "the request holds " + count
                    + " documents; at most " + maxDocuments + " are accepted in one", null);
        }
        List<R> documents = new ArrayList<>((int) count);
        Iterator<String> lines = text.lines().iterator();
        for (int number = 1; lines.hasNext(); number++) {
            String line = lines.next();
            if (line.isBlank()) {
                continue;
            }
            String where = "line " + number + ": ";  // as an editor counts, blank lines included
            try {
                documents.add(validate.apply(json.read(line, lineType), where));
            } catch (JsonProcessingException e) {
                throw ProblemException.badRequest(where + "malformed JSON: " + e.getOriginalMessage(), null);
            }
        }
        return documents;
    }
}
