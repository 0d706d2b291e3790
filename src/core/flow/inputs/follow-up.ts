/** A message after completion: it joins the incident as an update (rule 9). */
import { extract, parseYesNo } from '../../extract/index.js';
import { advance } from '../ask.js';
import { applySharedLocation, correctPlace, fillFromExtraction } from '../elements/index.js';
import { detectIntent } from '../intents.js';
import { runTriage } from '../retriage.js';
import type { FlowInput } from '../types.js';
import { armTimers, clearTimers, maybeUpdated, setStatus, type Work } from '../work.js';
import { handleCommand } from './commands.js';

export function onFollowUp(w: Work, input: Extract<FlowInput, { kind: 'message' }>): void {
  const { s } = w;
  const text = input.text;
  const hasText = text.trim() !== '';
  const intent = hasText ? detectIntent(text) : null;
  const ext = extract(text);
  if (intent?.kind === 'cancel') {
    // A withdrawal that says more ("他已经走了 取消报警吧"): what it says is kept, and dispatch told.
    fillFromExtraction(w, ext);
    runTriage(w);
  }
  if (
    intent !== null &&
    (intent.kind === 'help' || intent.kind === 'human' || intent.kind === 'language' || intent.kind === 'cancel')
  ) {
    if (handleCommand(w, intent, text)) {
      maybeUpdated(w);
      return;
    }
  }
  if (s.confirming === 'cancel' && hasText) {
    // A withdrawal said again is a yes (commands.ts leaves it to this confirmation).
    const yn = intent?.kind === 'cancel' ? true : parseYesNo(text);
    s.confirming = null;
    if (yn === true) {
      setStatus(w, 'cancelled');
      clearTimers(s);
      maybeUpdated(w, true);
      w.parts.push({ id: 'cancel.done' });
      return;
    }
    if (yn === false) {
      w.parts.push({ id: 'cancel.kept' });
      return;
    }
  }
  if (input.location !== undefined) applySharedLocation(w, input.location);
  // "不对，是6号楼" after the report was complete: the place is replaced and dispatch gets a new revision.
  // "wrong address, it's 21 Main St" reads as a correction command; after completion it is the same correction.
  const corrected = hasText && (intent === null || intent.kind === 'correction') && correctPlace(w, text, ext);
  fillFromExtraction(w, ext);
  runTriage(w);
  // A diverted request that now shows danger comes back to 110 and the questions resume.
  if (s.status === 'diverted' && s.priority !== 'divert') {
    setStatus(w, 'collecting');
    s.completedAt = null;
    s.facts = { ...s.facts, noDanger: false };
    advance(w);
    maybeUpdated(w, true);
    armTimers(w);
    return;
  }
  maybeUpdated(w, true);
  if (!corrected) w.parts.push({ id: s.covert ? 'covert.update.added' : 'update.added' });
}
