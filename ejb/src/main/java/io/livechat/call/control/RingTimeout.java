package io.livechat.call.control;

import io.livechat.call.entity.Call;
import io.livechat.call.entity.CallState;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Marks a call nobody answered as missed once it rang for the configured time. The timer is made in
 * the transaction that starts the call (no call, no timer) and is not persistent: should its node
 * stop first, the next start of a call in the conversation finds the overdue call and misses it then.
 */
@Stateless
public class RingTimeout {

    @Resource
    private TimerService timers;

    @Inject
    private CallConfig config;

    @Inject
    private CallRecords records;

    @Inject
    private Clock clock;

    public void schedule(long callId) {
        timers.createSingleActionTimer(config.ringTimeout().toMillis(), new TimerConfig(callId, false));
    }

    /** Whether the ringing call has rung for longer than it may. */
    public boolean overdue(Call call) {
        return call.getState() == CallState.RINGING
                && call.getRangAt().plus(config.ringTimeout()).isBefore(clock.instant());
    }

    /** Misses the call if it still rings. */
    public void missIfRinging(long callId) {
        Call call = records.locked(callId);
        if (call.getState() == CallState.RINGING) {
            call.miss(clock.instant());
            records.changed(call, "system");
        }
    }

    @Timeout
    void expire(Timer timer) {
        missIfRinging((Long) timer.getInfo());
    }
}
