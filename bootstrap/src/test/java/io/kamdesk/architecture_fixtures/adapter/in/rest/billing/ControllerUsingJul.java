package io.kamdesk.architecture_fixtures.adapter.in.rest.billing;

import java.util.logging.Logger;

/** Bad (rule 7): java.util.logging instead of SLF4J. */
public class ControllerUsingJul {

    private static final Logger LOG = Logger.getLogger(ControllerUsingJul.class.getName());
}
