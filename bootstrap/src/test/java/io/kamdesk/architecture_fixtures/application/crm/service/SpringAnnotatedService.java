package io.kamdesk.architecture_fixtures.application.crm.service;

import org.springframework.stereotype.Service;

/** Bad (rule 2): Spring reaches the core through nothing but an annotation. */
@Service
public class SpringAnnotatedService {
}
