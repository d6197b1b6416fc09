package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.Collection;
import java.util.Map;

/** Where the customers with given e-mail addresses are, for a sheet that names customers by e-mail. */
public interface LocateCustomersUseCase {

    /** Every customer with one of these addresses, whatever its KAM, and whether the viewer may see it. */
    Map<EmailAddress, CustomerLocation> locateByEmail(Viewer viewer, Collection<EmailAddress> emails);

    /** A customer's id, and whether the viewer may see it. */
    record CustomerLocation(long id, boolean visible) {
    }
}
