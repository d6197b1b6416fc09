package io.kamdesk.application.shared;

import java.util.List;

/**
 * The names under which the adapters carry who acts, and from where, to the activity log (and a
 * conditional write's precondition to the records' version triggers): the REST adapter sets them for
 * a request, {@link ActingUser} for work done on a user's behalf, and the persistence adapter hands
 * them to the database, whose triggers record every change.
 */
public final class ActivityContext {

    public static final String ACTOR_ID = "actor_id";
    public static final String ACTOR_NAME = "actor_name";
    public static final String CLIENT_ADDRESS = "client_address";
    public static final String USER_AGENT = "user_agent";
    public static final String METHOD = "method";
    public static final String PATH = "path";
    public static final String REQUEST_ID = "request_id";
    /** The import job whose rows are being written: the records it creates are entered by reference to it. */
    public static final String IMPORT_JOB_ID = "import_job_id";
    /** The request's query string: what an export recorded was filtered by (not handed to the database). */
    public static final String QUERY = "query";

    /**
     * A conditional write's precondition ({@code If-Match}): the record (a {@link VersionedRecord}'s
     * code), its id and the version the client last read. The database refuses the request's first
     * write of that row when its version has moved on since.
     */
    public static final String IF_MATCH_RECORD = "if_match_record";
    public static final String IF_MATCH_ID = "if_match_id";
    public static final String IF_MATCH_VERSION = "if_match_version";

    /** Every name, in the order the persistence adapter sends them. */
    public static final List<String> NAMES = List.of(ACTOR_ID, ACTOR_NAME, CLIENT_ADDRESS, USER_AGENT, METHOD, PATH,
            REQUEST_ID, IMPORT_JOB_ID, IF_MATCH_RECORD, IF_MATCH_ID, IF_MATCH_VERSION);

    private ActivityContext() {
    }
}
