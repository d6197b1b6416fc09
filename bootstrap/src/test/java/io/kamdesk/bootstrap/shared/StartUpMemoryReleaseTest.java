package io.kamdesk.bootstrap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

class StartUpMemoryReleaseTest {

    private final List<Runnable> handedOff = new ArrayList<>();
    private int collections;

    private StartUpMemoryRelease release(boolean enabled) {
        return new StartUpMemoryRelease(enabled, handedOff::add, () -> collections++);
    }

    private static AvailabilityChangeEvent<ReadinessState> readiness(ReadinessState state) {
        return new AvailabilityChangeEvent<>(new Object(), state);
    }

    private void runHandedOff() {
        handedOff.forEach(Runnable::run);
    }

    @Test
    void collectsOnceWhenTheServiceFirstAcceptsTrafficAndNotOnTheThreadThatSaidSo() {
        StartUpMemoryRelease release = release(true);

        release.onApplicationEvent(readiness(ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(collections).isZero();
        runHandedOff();
        assertThat(collections).isEqualTo(1);

        release.onApplicationEvent(readiness(ReadinessState.REFUSING_TRAFFIC));
        release.onApplicationEvent(readiness(ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(handedOff).hasSize(1);
    }

    @Test
    void refusingTrafficCollectsNothing() {
        release(true).onApplicationEvent(readiness(ReadinessState.REFUSING_TRAFFIC));

        assertThat(handedOff).isEmpty();
    }

    @Test
    void turnedOffCollectsNothing() {
        release(false).onApplicationEvent(readiness(ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(handedOff).isEmpty();
    }
}
