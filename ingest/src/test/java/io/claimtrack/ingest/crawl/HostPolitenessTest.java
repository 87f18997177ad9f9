package io.claimtrack.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.ingest.crawl.HostPoliteness.Effect;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HostPolitenessTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final HostPoliteness p =
            new HostPoliteness(Duration.ofSeconds(1), Duration.ofMinutes(10));

    @Test
    void anUnknownHostIsReadyAtOnceThenWaitsItsDelayAfterEachRequest() {
        assertThat(p.readyAt("a.example")).isEqualTo(Instant.MIN);
        p.finished("a.example", T0, Effect.OK, null);
        assertThat(p.readyAt("a.example")).isEqualTo(T0.plusSeconds(1));
        assertThat(p.readyAt("b.example")).isEqualTo(Instant.MIN);
    }

    @Test
    void sourceOverridesAndCrawlDelayOnlyRaiseTheDelay() {
        p.raiseDelay("a.example", Duration.ofMillis(200));
        assertThat(p.delay("a.example")).isEqualTo(Duration.ofSeconds(1));
        p.raiseDelay("a.example", Duration.ofSeconds(5));
        p.finished("a.example", T0, Effect.OK, null);
        assertThat(p.readyAt("a.example")).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void failuresBackOffExponentiallyUpToTheCapAndASuccessResets() {
        p.finished("a.example", T0, Effect.FAILED, null);
        assertThat(p.readyAt("a.example")).isEqualTo(T0.plusSeconds(2));
        p.finished("a.example", T0, Effect.FAILED, null);
        assertThat(p.readyAt("a.example")).isEqualTo(T0.plusSeconds(4));
        for (int i = 0; i < 20; i++) {
            p.finished("a.example", T0, Effect.FAILED, null);
        }
        assertThat(p.readyAt("a.example")).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        p.finished("a.example", T0, Effect.OK, null);
        assertThat(p.failures("a.example")).isZero();
        assertThat(p.readyAt("a.example")).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void retryAfterIsHonouredWhenLongerThanTheBackoffButCapped() {
        p.finished("a.example", T0, Effect.THROTTLED, Duration.ofSeconds(30));
        assertThat(p.readyAt("a.example")).isEqualTo(T0.plusSeconds(30));
        p.finished("b.example", T0, Effect.THROTTLED, Duration.ofDays(3));
        assertThat(p.readyAt("b.example")).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        p.finished("c.example", T0, Effect.THROTTLED, null);
        assertThat(p.readyAt("c.example")).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void afterARebalanceEveryHostWaitsOneDelayEvenIfNeverSeen() {
        p.finished("a.example", T0, Effect.OK, null);
        p.holdFrom(T0.plusSeconds(10));
        assertThat(p.readyAt("a.example")).isEqualTo(T0.plusSeconds(11));
        assertThat(p.readyAt("new.example")).isEqualTo(T0.plusSeconds(11));
        p.finished("a.example", T0.plusSeconds(20), Effect.OK, null);
        assertThat(p.readyAt("a.example")).isEqualTo(T0.plusSeconds(21));
    }
}
