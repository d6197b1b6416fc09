package io.kamdesk.application.demodata.port.in;

import java.util.List;

/**
 * What was generated: the users' e-mails in order (all with {@link GenerateDataUseCase#USER_PASSWORD}),
 * and how many customers and bills were written.
 */
public record GenerateDataReport(List<String> userEmails, long customers, long bills) {

    public GenerateDataReport {
        userEmails = List.copyOf(userEmails);
    }
}
