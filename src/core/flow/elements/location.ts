/**
 * `location`: where to send someone. A place from any message, the answer to "where?", shared coordinates;
 * the one follow-up for an urgent report's place that is unknown or too vague, and corrected places.
 */
import type { ElementSource } from '../../incident.js';
import { UNKNOWN } from '../../incident.js';
import type { SharedLocation } from '../../message.js';
import type { Extraction } from '../../extract/types.js';
import { detectPlaceCorrection } from '../../extract/places/correction.js';
import { extractLocation } from '../../extract/location.js';
import { placeInOwnWords } from '../../extract/places/answer.js';
import { completePlace } from '../../extract/places/completion.js';
import { placeQuality } from '../../extract/places/quality.js';
import type { TemplateId } from '../templates.js';
import type { FlowState } from '../types.js';
import { answered, setElement, type Work } from '../work.js';
import { substantive } from './answers.js';
import type { ElementBehaviour } from './spec.js';

export function setLocation(w: Work, value: string, specific: boolean, source: ElementSource): void {
  w.s.locationSpecific = specific;
  setElement(w, 'location', value, source);
}

export function applySharedLocation(w: Work, loc: SharedLocation): void {
  const { s } = w;
  s.point = {
    lat: loc.lat,
    lon: loc.lon,
    datum: loc.datum,
    ...(loc.accuracyM !== undefined ? { accuracyM: loc.accuracyM } : {}),
  };
  const existing = s.elements.location;
  const keepText = existing !== undefined && existing.source !== 'unknown' && existing.source !== 'declined';
  const value = loc.label ?? (keepText ? existing.value : `${loc.lat.toFixed(6)},${loc.lon.toFixed(6)}`);
  setLocation(w, value, true, 'channel');
  if (s.placeFollowUp === 'asked') s.placeFollowUp = 'done';
}

/** The place text recorded so far, when there is one (not unknown or declined). */
function placeSoFar(s: FlowState): string | undefined {
  const v = s.elements.location;
  return v !== undefined && v.source !== 'unknown' && v.source !== 'declined' ? v.value : undefined;
}

/** The place asked about is the same over many steps: its quality is worked out once (placeQuality is pure). */
let lastPlace: string | null = null;
let lastTooVague = false;
function tooVague(place: string): boolean {
  if (place !== lastPlace) {
    lastPlace = place;
    lastTooVague = placeQuality(place, true).tooVague;
  }
  return lastTooVague;
}

function urgent(s: FlowState): boolean {
  return s.priority === 'P1' || s.priority === 'P2';
}

/**
 * A P1/P2 place dispatch could not drive to: a road or an area alone ("南大街", "Route 9", "雁塔区"), without
 * shared coordinates. It is kept (and dispatched early if P1) and the one follow-up is asked.
 */
export function wantsPlaceFollowUp(s: FlowState): boolean {
  if (s.placeFollowUp !== undefined || !urgent(s) || s.point !== null || !s.locationSpecific) return false;
  const place = placeSoFar(s);
  return place !== undefined && tooVague(place);
}

/** "Don't know" to "where?" for a P1/P2 report: the follow-up comes before `unknown` is recorded. */
export function followUpInsteadOfUnknown(s: FlowState): boolean {
  return s.placeFollowUp === undefined && urgent(s) && s.point === null;
}

function followUpTemplate(s: FlowState): TemplateId {
  if (s.covert) return 'covert.location.describe';
  // Channels without a phone number (web, WeChat) can share a location.
  return s.channelHasPhone ? 'location.describe' : 'location.describe_share';
}

/** Asks the follow-up (or repeats it while its answer is awaited). */
export function askPlaceFollowUp(w: Work): void {
  const { s } = w;
  if (s.awaiting !== 'location') s.reasks = 0;
  const unread = w.burstPending === 'location' && s.placeFollowUp === 'asked';
  s.placeFollowUp = 'asked';
  s.awaiting = 'location';
  s.confirming = null;
  w.parts.push({ id: unread ? (s.covert ? 'covert.ack' : 'noted') : followUpTemplate(s) });
}

/**
 * The follow-up is to be asked now: wanted for a vague place, or asked and its answer still awaited (it is
 * repeated after help or a burst). A place dispatch can go to that came meanwhile ends it.
 */
export function placeFollowUpDue(s: FlowState): boolean {
  if (s.placeFollowUp !== 'asked') return wantsPlaceFollowUp(s);
  if (s.awaiting !== 'location') return false;
  const place = placeSoFar(s);
  if (s.point !== null || (place !== undefined && s.locationSpecific && !tooVague(place))) {
    endPlaceFollowUp(s);
    return false;
  }
  return true;
}

/**
 * The answer to the follow-up, whatever it is, ends it (it is asked once): a place found is put with the vague
 * one (an address replaces it), other words are kept with the place unless they are about something else
 * (`aboutOther`: "一个男的 开白色面包车" fills suspects and vehicles), and only then is the place `unknown`.
 */
export function answerPlaceFollowUp(w: Work, text: string, ext: Extraction, aboutOther: boolean): void {
  const { s } = w;
  const before = placeSoFar(s);
  const found = ext.location;
  if (found?.specific === true) {
    const replaces =
      before === undefined || found.text.includes(before) || placeQuality(found.text, true).level === 'address';
    setLocation(w, replaces ? found.text : `${before} ${found.text}`, true, 'answer');
  } else if (substantive(text) && !aboutOther && text.trim() !== before) {
    setLocation(
      w,
      before === undefined ? text.trim() : `${before}；${text.trim()}`,
      before !== undefined && s.locationSpecific,
      'answer',
    );
  } else if (s.elements.location === undefined) setElement(w, 'location', UNKNOWN, 'unknown');
  endPlaceFollowUp(s);
}

export function endPlaceFollowUp(s: FlowState): void {
  s.placeFollowUp = 'done';
  s.awaiting = null;
  s.reasks = 0;
  s.lastAnswered = 'location';
}

/**
 * A corrected place ("不对，是6号楼", "sorry, it's 42 not 24", "actually we're at the Shell on 5th Ave"): it
 * replaces the one recorded (a new revision to dispatch once dispatched). False when the text corrects no place.
 */
export function correctPlace(w: Work, text: string, ext: Extraction): boolean {
  const { s } = w;
  const previous = placeSoFar(s);
  if (previous === undefined) return false;
  // "不对 是10分钟前", "no, it's 13800138000": a number that corrects something else, not the place.
  const otherNumber = ext.time !== undefined || ext.amounts.length > 0 || ext.phones.length > 0;
  if (ext.location === undefined && otherNumber) return false;
  const found = detectPlaceCorrection(text, previous);
  if (found === undefined || found.text === previous) return false;
  // Relative words ("楼下") do not replace a place dispatch can go to.
  if (!found.specific && s.locationSpecific) return false;
  w.events.push({ type: 'element_reopened', key: 'location' });
  setLocation(w, found.text, found.specific, 'answer');
  s.lastAnswered = 'location';
  if (s.awaiting === 'location' && answered(s, 'location')) s.awaiting = null;
  if (s.placeFollowUp === 'asked') s.placeFollowUp = 'done';
  w.parts.push({ id: 'correction.done' });
  return true;
}

/** The reporter, or the one at risk, says where they are now (they ran, hid, were moved). */
const MOVED =
  /(?:我|我们|她|他|俺)?现在(?:已经)?(?:跑到|跑进|躲到|躲进|躲在|到了|去了|在)|(?:我|我们|俺)(?:已经)?(?:跑到|跑进|躲到|躲进|逃到|逃进)|\b(?:i'?m|im|we'?re|i am|we are|she'?s|he'?s) now (?:at|in|inside|hiding in|outside)\b|\bnow (?:i'?m|im|we'?re|she'?s|he'?s) (?:at|in|inside|hiding|outside)\b|\b(?:i|we|she|he) (?:ran|legged it|got|made it|escaped|fled) (?:to|into|over to|across to|down to)\b/;
const MOVED_LABEL: Record<'zh-CN' | 'en', string> = { 'zh-CN': '现在在：', en: 'now at: ' };

export const location: ElementBehaviour = {
  key: 'location',
  found: (ext) => ext.location?.specific === true,
  other: true,
  fill(w, ext) {
    const { s } = w;
    // A place given after "unknown" was recorded still counts; a relative one ("楼下") does not reopen it.
    const source = s.elements.location?.source;
    if (ext.location === undefined) return;
    if (answered(s, 'location') && source !== 'unknown' && source !== 'declined') {
      // "华强北 赛格广场一楼 那家手机店" after "手机店": the same place told in more detail replaces it.
      const current = s.elements.location?.value;
      const found = ext.location;
      if (!found.specific || current === undefined) return;
      if (found.text.length > current.length && found.text.includes(current))
        setLocation(w, found.text, true, source ?? 'extracted');
      // "我现在跑到小区门口那个711便利店里了", "im now hiding in the Tesco": the reporter has moved. Where they are now
      // goes with the place recorded (dispatch gets both, an `updated` revision once dispatched): the one who hurt
      // them may still be at the first.
      else if (MOVED.test(ext.normalized) && !current.includes(found.text) && !found.text.includes(current))
        setLocation(w, `${current}；${MOVED_LABEL[s.lang]}${found.text}`, true, source ?? 'extracted');
      // A place in the reporter's own words that no reader recognises ("the spoons"): a place named later is
      // added to it, so dispatch gets both (an `updated` revision once dispatched).
      else if (
        source === 'answer' &&
        s.locationSpecific &&
        !current.includes(found.text) &&
        extractLocation(current)?.specific !== true
      )
        setLocation(w, `${current}；${found.text}`, true, source ?? 'extracted');
      return;
    }
    if (ext.location.specific) setLocation(w, ext.location.text, true, 'extracted');
    else if (s.elements.location === undefined) setLocation(w, ext.location.text, false, 'extracted');
  },
  parse(w, text, ext, aboutOther) {
    if (ext.location?.specific !== true) {
      // "golden gate" after "jump off the bridge": the name completes the place named earlier by its kind.
      const completed = completePlace(text, w.s.texts.slice(0, -1));
      if (completed !== undefined) return { ok: true, value: completed, specific: true };
    }
    if (ext.location?.specific === true) return { ok: true, value: ext.location.text, specific: true };
    // The answer to "where?" is the place in the reporter's own words unless it says it is not one (relative
    // words alone, a question, urgency, words about something else): kept verbatim, dispatch can go there.
    const own = placeInOwnWords(text, aboutOther(), w.burstPending === 'location', ext.location?.text);
    if (own !== undefined) return { ok: true, value: own, specific: true };
    return ext.location === undefined ? { ok: false } : { ok: false, partial: ext.location.text };
  },
};
