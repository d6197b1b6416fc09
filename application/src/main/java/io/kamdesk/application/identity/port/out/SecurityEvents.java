package io.kamdesk.application.identity.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The shared log of changes every instance must learn about within seconds. */
public interface SecurityEvents {

    void publish(SecurityEvent event);

    /** Events recorded after {@code after}, oldest first. */
    List<SecurityEvent> after(Instant after);

    /** Events recorded in the last {@code lookback}, by the database's clock, oldest first. */
    List<SecurityEvent> recent(Duration lookback);

    void purgeOlderThan(Duration age);
}
