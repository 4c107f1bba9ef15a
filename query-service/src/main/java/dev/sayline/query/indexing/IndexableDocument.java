package dev.sayline.query.indexing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An enriched document ready for the index: its id, the version that orders writes, and the source. */
public record IndexableDocument(String id, long version, ObjectNode source) {
}
