/** Silence (rule 8): one nudge, escalation of a P1/P2 to a call-taker, and closing a quiet non-urgent report. */
import { dispatchable } from '../ask.js';
import type { FlowInput, TimerKind } from '../types.js';
import { clearTimers, complete, emitDispatch, flagHuman, type Work } from '../work.js';

export function onTimer(w: Work, input: Extract<FlowInput, { kind: 'timer' }>): void {
  const { s } = w;
  const due = s.timers[input.timer];
  // Stale: not armed (already fired or cleared), re-armed later by a newer message, or not due yet.
  if (due === null || Date.parse(due) > Date.parse(input.at)) return;
  if (s.status !== 'collecting' || s.completedAt !== null) {
    clearTimers(s);
    return;
  }
  s.timers = { ...s.timers, [input.timer]: null };
  fireTimer(w, input.timer);
}

function fireTimer(w: Work, timer: TimerKind): void {
  const { s } = w;
  const urgent = s.priority === 'P1' || s.priority === 'P2';
  switch (timer) {
    case 'nudge':
      if (s.nudged) return;
      s.nudged = true;
      // Covert: no unsolicited texts (rule 7); a buzzing phone can give the reporter away.
      if (s.covert) return;
      w.events.push({ type: 'nudged' });
      w.parts.push({ id: 'nudge' });
      return;
    case 'escalate': {
      if (!urgent || s.escalated) return;
      s.escalated = true;
      w.events.push({ type: 'escalated', reason: `no reply for ${w.ctx.settings.escalateAfterS}s (${s.priority})` });
      flagHuman(w);
      if (!s.earlyDispatched && dispatchable(s)) {
        s.earlyDispatched = true;
        emitDispatch(w, 'early_dispatch', 'no reply: dispatch to verify');
      }
      if (!s.covert) w.parts.push({ id: 'escalated' });
      return;
    }
    case 'inactive': {
      // Urgent reports are never closed by silence: they wait for a call-taker.
      if (urgent) {
        flagHuman(w);
        return;
      }
      complete(w, 'inactive');
      emitDispatch(w, 'submitted', 'no reply: submitted with what it has');
      if (!s.covert) w.parts.push({ id: 'inactive' });
      return;
    }
  }
}
