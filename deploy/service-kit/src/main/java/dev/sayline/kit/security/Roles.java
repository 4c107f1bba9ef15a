package dev.sayline.kit.security;

/** The roles an API key can carry (architecture.md, "Keys"). */
public final class Roles {

    /** May post documents. */
    public static final String INGEST = "ingest";
    /** May search and call {@code /enrich}. */
    public static final String READ = "read";
    /** May change tag rules, replay topics and handle dead letters; holds the other roles too. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
