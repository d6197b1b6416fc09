package io.kamdesk.application.shared;

import java.util.List;

/**
 * The names under which the adapters carry who acts, and from where, to the activity log: the
 * REST adapter sets them for a request, {@link ActingUser} for work done on a user's behalf, and the
 * persistence adapter hands them to the database, whose triggers record every change.
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

    /** Every name, in the order the persistence adapter sends them. */
    public static final List<String> NAMES = List.of(ACTOR_ID, ACTOR_NAME, CLIENT_ADDRESS, USER_AGENT, METHOD, PATH,
            REQUEST_ID, IMPORT_JOB_ID);

    private ActivityContext() {
    }
}
