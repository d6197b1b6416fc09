package io.kamdesk.architecture_fixtures.application.crm.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bad (rule 2): a library in the application, even a harmless one. */
public class Slf4jLoggingService {

    private static final Logger LOG = LoggerFactory.getLogger(Slf4jLoggingService.class);
}
