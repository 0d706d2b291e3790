/** A message a dispatcher writes to the reporter: sent as it is, split over as many segments as it needs. */
import { render, splitToSegments } from '../templates.js';
import type { FlowInput } from '../types.js';
import type { Work } from '../work.js';

export function onDispatcherMessage(w: Work, input: Extract<FlowInput, { kind: 'dispatcher_message' }>): void {
  const prefix = render('dispatcher', w.s.lang, { agency: w.ctx.settings.agencyName, text: '' });
  for (const piece of splitToSegments(input.text, prefix))
    w.ready.push({ template: 'dispatcher', text: piece, lang: w.s.lang });
}
