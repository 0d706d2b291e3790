/** A status from dispatch (acknowledged, dispatched, on scene, resolved, cancelled), told to the reporter. */
import type { DispatchStatus } from '../../incident.js';
import { joinTexts, render, truncateToSegment, type TemplateId } from '../templates.js';
import type { FlowInput } from '../types.js';
import { clearTimers, complete, setStatus, type Work } from '../work.js';

const STATUS_TEMPLATE: Record<DispatchStatus, { plain: TemplateId; covert: TemplateId }> = {
  acknowledged: { plain: 'status.acknowledged', covert: 'status.acknowledged.covert' },
  dispatched: { plain: 'status.dispatched', covert: 'status.dispatched.covert' },
  on_scene: { plain: 'status.on_scene', covert: 'status.on_scene.covert' },
  resolved: { plain: 'status.resolved', covert: 'status.resolved.covert' },
  cancelled: { plain: 'status.cancelled', covert: 'status.cancelled.covert' },
};

export function onDispatchStatus(w: Work, input: Extract<FlowInput, { kind: 'dispatch_status' }>): void {
  const { s } = w;
  setStatus(w, input.status);
  // Dispatch has the report now: silence no longer nudges or escalates. Questions may continue until closed.
  if (input.status === 'resolved' || input.status === 'cancelled') complete(w, null);
  else clearTimers(s);
  const t = STATUS_TEMPLATE[input.status];
  const base = render(s.covert ? t.covert : t.plain, s.lang);
  const note = input.note?.trim() ?? '';
  const text = note === '' ? base : truncateToSegment(joinTexts(base, render('status.note', s.lang, { note })));
  w.ready.push({ template: s.covert ? t.covert : t.plain, text, lang: s.lang });
}
