/**
 * The guided question flow: step(definition, state, input, ctx) -> { state, replies, events }.
 * Pure: no clock (time comes from inputs and ctx), no I/O, no randomness. The input state is never mutated.
 * INCIDENT.md "Flow rules" is the specification; the numbers in comments refer to its rules.
 */
import type { Category, DispatchStatus, ElementKey, ElementSource, Lang, Status } from '../incident.js';
import { UNKNOWN } from '../incident.js';
import type { SharedLocation } from '../message.js';
import { extract, normalizePhone, parseYesNo } from '../extract/index.js';
import type { Extraction } from '../extract/types.js';
import { triage } from '../triage/index.js';
import type { TriageResult } from '../triage/types.js';
import { defaultFlow, type FlowDefinition } from './definition.js';
import { categoryChoice } from './category-question.js';
import { detectIntent, type Intent } from './intents.js';
import { understoodPart } from '../text.js';
import { replyLanguage } from './language.js';
import {
  joinTexts,
  render,
  splitToSegments,
  fitsOneSegment,
  truncateToSegment,
  type TemplateId,
  type TemplateVars,
} from './templates.js';
import type {
  DispatchEventName,
  FlowContext,
  FlowEvent,
  FlowInput,
  FlowState,
  Reply,
  StepResult,
  TimerKind,
} from './types.js';

// --- state --------------------------------------------------------------------------------------------

export interface InitialStateOptions {
  lang: Lang;
  /** The reporter chose the language (web form): detection will not change it. */
  langLocked?: boolean;
  /** The channel gives a phone number (SMS). */
  channelHasPhone: boolean;
  /** A callback number in E.164 from the channel or the form. */
  callback?: string;
  now: string;
}

export function initialState(opts: InitialStateOptions): FlowState {
  return {
    version: 1,
    lang: opts.lang,
    langLocked: opts.langLocked ?? false,
    status: 'collecting',
    category: null,
    priority: 'P3',
    route: '110',
    covert: false,
    covertTipSent: false,
    earlyDispatched: false,
    adviceGiven: false,
    elements: opts.callback !== undefined ? { callback: { value: opts.callback, source: 'channel' } } : {},
    point: null,
    locationSpecific: false,
    awaiting: null,
    confirming: null,
    reasks: 0,
    texts: [],
    facts: { noDanger: null, over: null },
    reasons: [],
    humanRequested: false,
    channelHasPhone: opts.channelHasPhone,
    timers: { nudge: null, escalate: null, inactive: null },
    nudged: false,
    escalated: false,
    completedAt: null,
    lastInboundAt: null,
    revision: 0,
    divertPending: false,
    noDangerAsks: 0,
    lastAnswered: null,
  };
}

/** Statuses in which questions may still be asked (dispatch may acknowledge an early dispatch meanwhile). */
const OPEN_STATUSES: readonly Status[] = ['collecting', 'acknowledged', 'dispatched', 'on_scene'];

function questionsOpen(s: FlowState): boolean {
  return s.completedAt === null && OPEN_STATUSES.includes(s.status);
}

/**
 * A message from the same sender joins this incident (rule 9): always while it is open, and within
 * `followUpWindowMin` after completion. After that the store starts a new incident linked to this one.
 */
export function isFollowUpWindowOpen(state: FlowState, now: string, def: FlowDefinition = defaultFlow): boolean {
  if (state.completedAt === null) return true;
  return Date.parse(now) - Date.parse(state.completedAt) <= def.followUpWindowMin * 60_000;
}

/** The element has an answer the flow accepts (a non-specific location such as "楼下" does not count). */
function answered(s: FlowState, key: ElementKey): boolean {
  const v = s.elements[key];
  if (v === undefined) return false;
  if (key === 'location')
    return s.locationSpecific || s.point !== null || v.source === 'unknown' || v.source === 'declined';
  return true;
}

/** Elements this incident must collect, in asking order. */
export function requiredElements(def: FlowDefinition, s: FlowState): ElementKey[] {
  const wanted = new Set<ElementKey>(def.always);
  const category = s.category ?? (answered(s, 'what') ? def.fallbackCategory : null);
  if (category !== null) for (const k of def.categories[category].required) wanted.add(k);
  if (def.callbackWithoutPhone && !s.channelHasPhone && !s.covert) wanted.add('callback');
  return def.order.filter((k) => wanted.has(k));
}

/** Required elements not yet answered, unknown or declined (the dispatch API's `missing`). */
export function missingElements(def: FlowDefinition, state: FlowState): ElementKey[] {
  return requiredElements(def, state).filter((k) => !answered(state, k));
}

// --- the working copy of one step ----------------------------------------------------------------------

interface Part {
  id: TemplateId;
  vars?: TemplateVars;
}

interface Work {
  def: FlowDefinition;
  ctx: FlowContext;
  s: FlowState;
  at: string;
  events: FlowEvent[];
  parts: Part[];
  /** Replies already complete (dispatcher messages split over several segments). */
  ready: Reply[];
  /** Elements, facts or triage changed in this step (dispatch needs an `updated` revision). */
  changed: boolean;
  dispatched: boolean;
  /** The awaited element could not be used and nothing else was learnt: re-ask it with an example. */
  reaskKey: ElementKey | null;
  /** The answer to "is anyone in danger?" could not be read: ask it again. */
  reaskConfirm: boolean;
  /**
   * The reporter wrote about other things instead of answering this element: ask the next missing one first
   * and come back to this one at the end (no reporter should get the same question three times in a row).
   */
  deferKey: ElementKey | null;
}

function emitDispatch(w: Work, event: DispatchEventName, reason?: string): void {
  w.s.revision += 1;
  w.events.push(
    reason === undefined
      ? { type: 'dispatch', event, revision: w.s.revision }
      : { type: 'dispatch', event, revision: w.s.revision, reason },
  );
  w.dispatched = true;
}

function setStatus(w: Work, to: Status): void {
  const from = w.s.status;
  if (from === to) return;
  w.s.status = to;
  w.events.push({ type: 'status_changed', from, to });
}

function setElement(w: Work, key: ElementKey, value: string, source: ElementSource): void {
  const ev = { value, source };
  w.s.elements[key] = ev;
  w.events.push({ type: 'element_set', key, value: ev });
  w.changed = true;
}

function clearTimers(s: FlowState): void {
  s.timers = { nudge: null, escalate: null, inactive: null };
}

function plus(at: string, ms: number): string {
  return new Date(Date.parse(at) + ms).toISOString();
}

function armTimers(w: Work): void {
  const { s, ctx } = w;
  if (s.status !== 'collecting' || s.completedAt !== null) {
    clearTimers(s);
    return;
  }
  s.timers = {
    nudge: s.nudged ? null : plus(w.at, ctx.settings.nudgeAfterS * 1000),
    escalate: s.escalated ? null : plus(w.at, ctx.settings.escalateAfterS * 1000),
    inactive: plus(w.at, ctx.settings.inactiveAfterMin * 60_000),
  };
}

function complete(w: Work, to: Status | null): void {
  const { s } = w;
  if (to !== null) setStatus(w, to);
  s.completedAt = w.at;
  s.awaiting = null;
  s.confirming = null;
  s.reasks = 0;
  clearTimers(s);
}

// --- answers ---------------------------------------------------------------------------------------------

/** `other`: the text answers another element, not this one. */
type Parsed = { ok: true; value: string; specific?: boolean } | { ok: false; partial?: string; other?: boolean };

/** Has letters or digits: not just punctuation, spaces or emoji. */
function substantive(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** One short word: "yes", "no", "是", "没有" (the words say nothing more than 1 / 2 would). */
function shortYesNo(text: string): boolean {
  const t = text.trim().replace(/[.!。！]+$/u, '');
  return /^[a-z]{1,5}$/i.test(t) || /^[\p{Script=Han}]{1,3}$/u.test(t);
}

function bareChoice(text: string): boolean {
  return /^\s*[12１２]\s*[.。]?\s*$/.test(text);
}

function yesNoValue(w: Work, key: ElementKey, yes: boolean, text: string): string {
  // The reporter's own words are kept ("他还在客厅"); a bare 1 / 2 (in covert mode also a bare "yes" / "没有")
  // becomes the element's value.
  if (!bareChoice(text) && !(w.s.covert && shortYesNo(text))) return text.trim();
  const values = w.def.elements[key].yesNoValues;
  if (values !== undefined) return (yes ? values.yes : values.no)[w.s.lang];
  if (!bareChoice(text)) return text.trim();
  return w.s.lang === 'en' ? (yes ? 'yes' : 'no') : yes ? '是' : '否';
}

/** Where the suspect is now: an answer about the suspect even when it reads as "still going on". */
const SUSPECT_WHERE =
  /[他她]们?(?:还|仍然|仍|就|正)?在|还没走|没走|(?:he|she|they)(?:'s|'re| is| are) (?:still|in|at|outside|here|there)|still (?:here|there|in)/;

const LEADING_YES_NO =
  /^(?:yes|yeah|yep|yup|no(?! one\b)|nope|nah)(?=$|[\s,.!])|^(?:是的|不是|没有|对|是)(?=$|[\s,，。.!！])/;

const SAYS_OK =
  /^(?:我|俺)?(?:没事|还好|挺好|安全)|(?:^|\s)i'?m (?:ok|okay|fine|safe|good|alright)\b|^(?:ok|okay|fine|safe)\b/;

/** What each element's own extraction is, to tell an answer about another element ("没有人受伤" to "还在吗？"). */
function extractedFor(key: ElementKey, ext: Extraction): boolean {
  switch (key) {
    case 'in_progress':
      return ext.inProgress !== undefined;
    case 'injuries':
      return ext.injuries !== undefined;
    case 'weapons':
      return ext.weapons !== undefined;
    case 'vehicles':
      return ext.vehicles !== undefined;
    case 'suspects':
      // A description of people is one whether it reads as a suspect or as a person ("一个女的 二十多岁"); "他还在
      // 客厅" says where the suspect is.
      return ext.suspects !== undefined || ext.person !== undefined || SUSPECT_WHERE.test(ext.normalized);
    case 'person':
      return ext.person !== undefined || ext.suspects !== undefined;
    case 'time':
      // "就现在" / "still going on" answers "when?".
      return ext.time !== undefined || ext.inProgress !== undefined;
    case 'loss':
      return ext.amounts.length > 0 || ext.moneySent !== undefined;
    case 'last_seen':
      return ext.lastSeen !== undefined || ext.time !== undefined || ext.location !== undefined;
    case 'safety':
      return ext.safety !== undefined;
    case 'location':
      return ext.location?.specific === true;
    default:
      return false;
  }
}

/** Elements whose question can be answered by words about another element (asked in this order). */
const CROSS_CHECKED: readonly ElementKey[] = [
  'in_progress',
  'injuries',
  'weapons',
  'vehicles',
  'suspects',
  'safety',
  'time',
  'loss',
  'person',
  'last_seen',
];
/** What an answer may be about instead of the question: each has its own extraction. */
const OTHER_ELEMENTS: readonly ElementKey[] = [
  'in_progress',
  'injuries',
  'weapons',
  'vehicles',
  'suspects',
  'safety',
  'time',
  'loss',
  'location',
];

/**
 * The text is plainly about another element and not about `key` ("刚刚" to "what did they look like?",
 * "yes I'm safe" to "is anyone hurt?"): it is no answer to `key`; the other element is filled instead and
 * `key` asked again.
 */
function aboutOtherElement(key: ElementKey, text: string, ext: Extraction): boolean {
  if (!CROSS_CHECKED.includes(key) || bareChoice(text) || extractedFor(key, ext)) return false;
  // "我没事" / "I'm ok" answers "are you safe?" even though it also reads as "nobody hurt".
  if (key === 'safety' && (SAYS_OK.test(ext.normalized) || /安全|(?<![a-z])safe(?![a-z])/.test(ext.normalized)))
    return false;
  return OTHER_ELEMENTS.some((k) => k !== key && extractedFor(k, ext));
}

/** Reads `text` as the answer to `key`. */
function parseAnswer(w: Work, key: ElementKey, text: string, ext: Extraction): Parsed {
  const spec = w.def.elements[key];
  const t = text.trim();
  // "no I'm ok" to "is it still happening?": a yes/no question answered by a leading yes or no.
  const leadsWithYesNo = spec.kind === 'yesno' && LEADING_YES_NO.test(ext.normalized);
  // "Is anyone hurt?" asked again and answered again with words about people ("someone still inside the one
  // on its roof"): those words are the answer, not a third question.
  const askedBefore =
    key === 'injuries' &&
    w.s.awaiting === key &&
    w.s.reasks > 0 &&
    ext.weapons === undefined &&
    ext.time === undefined &&
    ext.vehicles === undefined &&
    ext.location?.specific !== true;
  if (!leadsWithYesNo && !askedBefore && aboutOtherElement(key, t, ext)) return { ok: false, other: true };
  const yesNoOnly = w.s.covert && spec.covertKind === 'yesno';
  switch (spec.kind) {
    case 'location': {
      if (ext.location === undefined) return { ok: false };
      return ext.location.specific
        ? { ok: true, value: ext.location.text, specific: true }
        : { ok: false, partial: ext.location.text };
    }
    case 'phone': {
      const candidates = [t, ...ext.phones];
      for (const c of candidates) {
        const phone = normalizePhone(c);
        if (phone !== null) return { ok: true, value: phone };
      }
      return { ok: false };
    }
    case 'yesno': {
      const yn = parseYesNo(t);
      if (yn !== null) return { ok: true, value: yesNoValue(w, key, yn, t) };
      if (key === 'in_progress' && ext.inProgress !== undefined) return { ok: true, value: ext.inProgress.text };
      return { ok: false };
    }
    case 'yesno_or_text': {
      const yn = parseYesNo(t);
      if (yn !== null) return { ok: true, value: yesNoValue(w, key, yn, t) };
      if (yesNoOnly && bareChoice(t)) return { ok: false };
      return substantive(t) ? { ok: true, value: t } : { ok: false };
    }
    case 'text':
      return substantive(t) ? { ok: true, value: t } : { ok: false };
  }
}

/** Facts that follow from an in-progress answer: "no / already gone" means it is over (rule: tense). */
function noteInProgress(w: Work, value: string): void {
  const yn = parseYesNo(value);
  const over = yn === null ? null : !yn;
  if (over !== null && w.s.facts.over !== over) {
    w.s.facts = { ...w.s.facts, over };
    w.changed = true;
  }
}

function setLocation(w: Work, value: string, specific: boolean, source: ElementSource): void {
  w.s.locationSpecific = specific;
  setElement(w, 'location', value, source);
}

function applySharedLocation(w: Work, loc: SharedLocation): void {
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
}

/** Fills every element the text gives that is not yet set (or was "unknown"): rule 2, parse before ask. */
function fillFromExtraction(w: Work, ext: Extraction): boolean {
  const { s } = w;
  const before = w.events.length;
  const open = (key: ElementKey): boolean => {
    const v = s.elements[key];
    return v === undefined || v.source === 'unknown';
  };
  // A place given after "unknown" was recorded still counts; a relative one ("楼下") does not reopen it.
  const locationSource = s.elements.location?.source;
  if (
    ext.location !== undefined &&
    (!answered(s, 'location') || locationSource === 'unknown' || locationSource === 'declined')
  ) {
    if (ext.location.specific) setLocation(w, ext.location.text, true, 'extracted');
    else if (s.elements.location === undefined) setLocation(w, ext.location.text, false, 'extracted');
  }
  if (ext.inProgress !== undefined) {
    const current = s.elements.in_progress;
    // "已经走了" after "还在" is news: it replaces the earlier answer.
    if (
      open('in_progress') ||
      (ext.inProgress.value === false && current !== undefined && parseYesNo(current.value) !== false)
    ) {
      setElement(w, 'in_progress', ext.inProgress.text, 'extracted');
    }
    const over = !ext.inProgress.value;
    if (s.facts.over !== over && (over || s.facts.over === null)) {
      s.facts = { ...s.facts, over };
      w.changed = true;
    }
  }
  if (ext.time !== undefined && open('time')) setElement(w, 'time', ext.time.text, 'extracted');
  if (ext.weapons !== undefined && open('weapons')) setElement(w, 'weapons', ext.weapons.text, 'extracted');
  if (ext.injuries !== undefined && open('injuries')) setElement(w, 'injuries', ext.injuries.text, 'extracted');
  // For a missing person, a description is of the person (see addDescription), not of a suspect.
  if (ext.suspects !== undefined && open('suspects') && s.category !== 'missing_person')
    setElement(w, 'suspects', ext.suspects.text, 'extracted');
  if (ext.vehicles !== undefined && open('vehicles')) setElement(w, 'vehicles', ext.vehicles.text, 'extracted');
  else if (ext.vehicles !== undefined) {
    // A plate given later ("white van" then "plate KX19 ABC") is added, not dropped.
    const current = s.elements.vehicles;
    const fresh = ext.vehicles.plates.filter((p) => current !== undefined && !current.value.includes(p));
    if (current !== undefined && fresh.length > 0)
      setElement(w, 'vehicles', `${current.value}；${ext.vehicles.text}`, current.source);
  }
  // A bare "my grandma" does not answer "name, age, clothes, health?": it is still asked.
  const person = ext.person;
  const described = person !== undefined && (person.age !== undefined || !!person.health || !!person.clothing);
  if (person !== undefined && described && open('person')) setElement(w, 'person', person.text, 'extracted');
  if (ext.safety !== undefined && open('safety')) setElement(w, 'safety', ext.safety.text, 'extracted');
  if (ext.lastSeen !== undefined && open('last_seen')) setElement(w, 'last_seen', ext.lastSeen.text, 'extracted');
  if (ext.amounts.length > 0 && open('loss'))
    setElement(w, 'loss', ext.amounts.map((a) => a.text).join(', '), 'extracted');
  else if (ext.moneySent !== undefined && open('loss')) setElement(w, 'loss', ext.moneySent.text, 'extracted');
  if (ext.phones.length > 0 && open('callback')) {
    const phone = ext.phones.map((p) => normalizePhone(p)).find((p): p is string => p !== null);
    if (phone !== undefined) setElement(w, 'callback', phone, 'extracted');
  }
  return w.events.length > before;
}

/**
 * More about people already described, volunteered instead of an answer ("穿粉红色裙子" to "where was she last
 * seen?"): added to the description (for a missing person, to `person`) rather than lost.
 */
function addDescription(w: Work, ext: Extraction, text: string): boolean {
  const { s } = w;
  // Theft or burglary: a vehicle or an amount described is what was taken ("一辆绿色雅迪电动车 三千多").
  const stolen = s.category === 'theft' || s.category === 'burglary';
  const lossOpen = s.elements.loss === undefined || s.elements.loss.source === 'unknown';
  if (stolen && lossOpen && (ext.vehicles !== undefined || ext.amounts.length > 0)) {
    setElement(w, 'loss', text.trim(), 'extracted');
    return true;
  }
  const found = ext.person?.text ?? ext.suspects?.text;
  if (found === undefined) return false;
  const key: ElementKey = s.category === 'missing_person' ? 'person' : 'suspects';
  const current = s.elements[key];
  if (current === undefined || current.source === 'unknown') {
    setElement(w, key, found, 'extracted');
    return true;
  }
  if (current.value.includes(found)) return false;
  setElement(w, key, `${current.value}；${found}`, current.source);
  return true;
}

/** Words in an answer that show someone is in danger or hurt (an injury or a weapon, not negated). */
function showsDanger(ext: Extraction): boolean {
  const injured = ext.injuries !== undefined && parseYesNo(ext.injuries.text) !== false;
  const armed = ext.weapons !== undefined && parseYesNo(ext.weapons.text) !== false;
  return injured || armed;
}

/** A first message long enough to stand as "what is happening" even before a category is known. */
function describesSomething(text: string): boolean {
  const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = text.split(/\s+/).filter((x) => /[a-z]{2,}/i.test(x)).length;
  return han >= 6 || words >= 4;
}

// --- triage ----------------------------------------------------------------------------------------------

function previousTriage(s: FlowState): TriageResult | null {
  if (s.category === null && s.reasons.length === 0) return null;
  return {
    category: s.category,
    priority: s.priority,
    route: s.route,
    covert: s.covert,
    divertPending: s.divertPending,
    earlyDispatch: s.priority === 'P1' && s.category !== null,
    reasons: s.reasons,
  };
}

/**
 * Bounded work (every input costs bounded time): a message is understood from its first
 * MAX_UNDERSTOOD_CHARS characters (core/text.ts; the stored text keeps everything), and triage re-reads
 * the opening burst and the latest messages, not a transcript that a flood could make arbitrarily long.
 * What the middle messages said is already in the elements and facts, and a category once found is kept.
 */
const TRIAGE_FIRST_TEXTS = 4;
const TRIAGE_LAST_TEXTS = 12;

function triageTexts(texts: readonly string[]): string[] {
  if (texts.length <= TRIAGE_FIRST_TEXTS + TRIAGE_LAST_TEXTS) return [...texts];
  return [...texts.slice(0, TRIAGE_FIRST_TEXTS), ...texts.slice(-TRIAGE_LAST_TEXTS)];
}

function runTriage(w: Work): TriageResult {
  const { s } = w;
  const r = triage({ texts: triageTexts(s.texts), elements: s.elements, facts: s.facts, previous: previousTriage(s) });
  const covert = s.covert || r.covert;
  const differs =
    r.category !== s.category ||
    r.priority !== s.priority ||
    r.route !== s.route ||
    covert !== s.covert ||
    r.divertPending !== s.divertPending ||
    JSON.stringify(r.reasons) !== JSON.stringify(s.reasons);
  if (differs) {
    const decisionChanged =
      r.category !== s.category || r.priority !== s.priority || r.route !== s.route || covert !== s.covert;
    s.category = r.category;
    s.priority = r.priority;
    s.route = r.route;
    s.covert = covert;
    s.divertPending = r.divertPending;
    s.reasons = r.reasons;
    w.events.push({
      type: 'triage',
      category: r.category,
      priority: r.priority,
      route: r.route,
      covert,
      reasons: r.reasons,
    });
    if (decisionChanged) w.changed = true;
  }
  fillFromTriage(w, r);
  return r;
}

/** The elements a triage modifier answers: a weapon or an injury triage sees is never asked (one language layer). */
const MODIFIER_ELEMENTS: readonly (readonly [rule: string, key: ElementKey])[] = [
  ['modifier.weapon', 'weapons'],
  ['modifier.injury', 'injuries'],
];

function fillFromTriage(w: Work, r: TriageResult): void {
  for (const [rule, key] of MODIFIER_ELEMENTS) {
    if (w.s.elements[key] !== undefined) continue;
    const found = r.reasons.find((x) => x.rule === rule && x.matched !== '');
    if (found !== undefined) setElement(w, key, found.matched, 'extracted');
  }
}

// --- deciding what to say -------------------------------------------------------------------------------

function dispatchable(s: FlowState): boolean {
  return (
    s.point !== null ||
    (s.locationSpecific && s.elements.location !== undefined && s.elements.location.value !== UNKNOWN)
  );
}

function adviceFor(s: FlowState): 'advice.119' | 'advice.120' | null {
  if (s.route === '110+119' || s.category === 'fire') return 'advice.119';
  if (s.route === '110+120' || s.category === 'medical' || s.category === 'self_harm') return 'advice.120';
  if (s.category === 'traffic') {
    const injuries = s.elements.injuries;
    if (injuries !== undefined && injuries.source !== 'unknown' && parseYesNo(injuries.value) === true)
      return 'advice.120';
  }
  return null;
}

function wantsNoDangerConfirm(w: Work): boolean {
  const { s, def } = w;
  const category = s.category;
  const confirmCategory = category !== null && def.categories[category].confirmNoDanger === true;
  return (
    (s.divertPending || confirmCategory) && s.facts.noDanger === null && s.noDangerAsks < 1 + def.maxReasks && !s.covert
  );
}

/** The danger screen and the category question are asked at most twice each (the question and one re-ask). */
const SCREEN_ASKS = 2;

/** The reporter answered "yes" to the danger screen. */
function dangerSaid(s: FlowState): boolean {
  return s.facts.danger === 'yes';
}

/** The danger screen is still to be asked: no category, not already P1, no answer about danger yet. */
function dangerOpen(w: Work): boolean {
  const { s } = w;
  return (
    s.category === null &&
    s.priority !== 'P1' &&
    (s.facts.danger ?? null) === null &&
    s.facts.noDanger === null &&
    (s.dangerAsks ?? 0) < SCREEN_ASKS
  );
}

function askDanger(w: Work, again: boolean): void {
  const { s } = w;
  s.awaiting = null;
  s.confirming = 'danger';
  s.dangerAsks = (s.dangerAsks ?? 0) + 1;
  w.parts.push({ id: again ? 'danger.reask' : 'danger.ask' });
}

function askCategory(w: Work, again: boolean): void {
  const { s } = w;
  s.awaiting = null;
  s.confirming = 'category';
  s.categoryAsks = (s.categoryAsks ?? 0) + 1;
  w.parts.push({ id: again ? 'category.reask' : 'category.ask' });
}

/**
 * While no category is known: the danger screen (after the place when the reporter already said what is
 * happening, before it when nothing is known), the place, then the numbered category question. Returns
 * true when it asked something.
 */
function askWhenUnsure(w: Work): boolean {
  const { s } = w;
  if (s.category !== null) {
    if (s.confirming === 'danger' || s.confirming === 'category') s.confirming = null;
    return false;
  }
  const locationMissing = !answered(s, 'location');
  if (dangerOpen(w) && !(locationMissing && answered(s, 'what'))) {
    askDanger(w, s.confirming === 'danger' && w.reaskConfirm);
    return true;
  }
  if (locationMissing) {
    askElement(w, 'location');
    return true;
  }
  if (dangerOpen(w)) {
    askDanger(w, s.confirming === 'danger' && w.reaskConfirm);
    return true;
  }
  askCategory(w, s.confirming === 'category' && w.reaskConfirm);
  return true;
}

function askElement(w: Work, key: ElementKey): void {
  const { s, def } = w;
  if (s.awaiting !== key) s.reasks = 0;
  s.awaiting = key;
  const reask = w.reaskKey === key;
  if (s.covert) {
    if (reask) w.parts.push({ id: 'covert.reask' });
    w.parts.push({ id: `covert.ask.${key}` });
    return;
  }
  if (reask) {
    w.parts.push({ id: `reask.${key}`, vars: { example: def.elements[key].example[s.lang] } });
    return;
  }
  const partialLocation = key === 'location' && s.elements.location !== undefined && !answered(s, 'location');
  w.parts.push({ id: partialLocation ? 'ask.location_detail' : `ask.${key}` });
}

/**
 * After the state has taken in an input: early dispatch, advice, the covert tip, diversion, and then the
 * one next question (or completion). Also used to repeat the current question after help / human / switch.
 */
function advance(w: Work): void {
  const { s, def } = w;
  if (!questionsOpen(s)) return;

  if (s.confirming === 'cancel') {
    w.parts.push({ id: 'cancel.confirm' });
    return;
  }

  // Early dispatch (先期处置): P1 with a category and a place dispatch can go to.
  if (!s.earlyDispatched && s.priority === 'P1' && (s.category !== null || dangerSaid(s)) && dispatchable(s)) {
    s.earlyDispatched = true;
    emitDispatch(w, 'early_dispatch', 'P1 with category and location');
    w.parts.push({ id: s.covert ? 'covert.early_dispatch' : 'early_dispatch' });
  }

  const advice = adviceFor(s);
  if (advice !== null && !s.adviceGiven && !s.covert) {
    s.adviceGiven = true;
    w.parts.push({ id: advice });
  }

  if (s.covert && !s.covertTipSent) {
    s.covertTipSent = true;
    w.parts.push({ id: 'covert.tip' });
  }

  if (s.priority === 'divert' && s.facts.noDanger === true) {
    complete(w, 'diverted');
    emitDispatch(w, 'diverted', 'reporter confirmed nobody is in danger');
    w.parts.push({ id: 'diverted.12345' });
    return;
  }

  // Never under-triage; when unsure, ask (INCIDENT.md): no category yet → the danger screen and the
  // numbered category question, around the location question.
  if (askWhenUnsure(w)) return;

  const missing = missingElements(def, s);
  const next = missing[0];
  // Location and what come first; then, for non-police requests, "is anyone in danger?".
  if (next !== undefined && (next === 'location' || next === 'what')) {
    askElement(w, next);
    return;
  }
  // The question "is anyone in danger?" is moot once the report is no longer a diversion candidate.
  if (s.confirming === 'no_danger' && !wantsNoDangerConfirm(w)) s.confirming = null;
  if (wantsNoDangerConfirm(w)) {
    s.awaiting = null;
    const again = s.confirming === 'no_danger' && w.reaskConfirm;
    s.confirming = 'no_danger';
    s.noDangerAsks += 1;
    w.parts.push({ id: again ? 'no_danger.reask' : 'no_danger.confirm' });
    return;
  }
  if (next !== undefined) {
    const other = w.deferKey === next ? missing.find((k) => k !== next) : undefined;
    askElement(w, other ?? next);
    return;
  }

  // Everything required is answered, unknown or declined.
  complete(w, s.status === 'collecting' ? 'ready' : null);
  if (lastDispatchEvent(w) !== 'submitted') emitDispatch(w, 'submitted', 'required elements complete');
  if (s.covert) w.parts.push({ id: 'covert.ready' });
  else if (w.ctx.reference !== undefined && w.ctx.reference !== '')
    w.parts.push({ id: 'ready', vars: { ref: w.ctx.reference } });
  else w.parts.push({ id: 'ready.noref' });
}

function lastDispatchEvent(w: Work): DispatchEventName | null {
  for (let i = w.events.length - 1; i >= 0; i--) {
    const e = w.events[i];
    if (e?.type === 'dispatch') return e.event;
  }
  return null;
}

/** Tells dispatch about changes after an early dispatch or a submission (one revision per input). */
function maybeUpdated(w: Work, force = false): void {
  const { s } = w;
  if (w.dispatched) return;
  if (!(s.earlyDispatched || s.completedAt !== null || s.revision > 0)) return;
  if (w.changed || force) emitDispatch(w, 'updated');
}

// --- inputs ----------------------------------------------------------------------------------------------

function handleCommand(w: Work, intent: Intent): boolean {
  const { s, def } = w;
  switch (intent.kind) {
    case 'language':
      s.langLocked = true;
      if (s.lang !== intent.lang) {
        s.lang = intent.lang;
        w.events.push({ type: 'language_changed', lang: intent.lang });
      }
      w.parts.push({ id: 'language.switched' });
      advance(w);
      return true;
    case 'help':
      w.parts.push({ id: 'help' });
      advance(w);
      return true;
    case 'human':
      if (!s.humanRequested) {
        s.humanRequested = true;
        w.events.push({ type: 'human_requested' });
      }
      w.parts.push({ id: 'human.ack' });
      advance(w);
      return true;
    case 'cancel':
      if (s.priority === 'P1') {
        w.events.push({ type: 'cancel_refused' });
        w.parts.push({ id: 'cancel.refused_p1' });
        advance(w);
        return true;
      }
      if (s.status === 'cancelled' || s.status === 'resolved' || s.status === 'diverted') return false;
      s.confirming = 'cancel';
      w.parts.push({ id: 'cancel.confirm' });
      return true;
    case 'correction':
      return handleCorrection(w, intent.target, intent.rest);
    case 'dont_know':
    case 'decline': {
      if (s.confirming === 'danger') {
        // Not knowing whether anyone is in danger resolves upward (at least P2).
        s.confirming = null;
        s.facts = { ...s.facts, danger: 'unknown' };
        w.changed = true;
        w.parts.push({ id: 'dont_know' });
        runTriage(w);
        return false;
      }
      if (s.confirming === 'category') {
        // The reporter cannot say what kind of matter it is: a police matter for a call-taker to look at.
        s.confirming = null;
        chooseCategory(w, 'other_police');
        flagHuman(w);
        w.parts.push({ id: 'dont_know' });
        runTriage(w);
        return false;
      }
      if (s.confirming === 'no_danger') {
        // Not an explicit "no danger": keep the report with 110 and stop asking.
        s.confirming = null;
        s.noDangerAsks = 1 + def.maxReasks;
        w.parts.push({ id: 'dont_know' });
        return false;
      }
      const key = s.awaiting;
      if (key === null) return false;
      // Without a place nobody can be sent: a refusal to say where is asked again (with an example) as long
      // as re-asks remain, then recorded. A place given later still fills it (fillFromExtraction).
      if (key === 'location' && intent.kind === 'decline' && s.reasks < def.maxReasks) {
        s.reasks += 1;
        w.events.push({ type: 'reask', key, attempt: s.reasks });
        if (s.covert) w.parts.push({ id: 'covert.ask.location' });
        else w.parts.push({ id: 'location.needed', vars: { example: def.elements.location.example[s.lang] } });
        return true;
      }
      if (intent.kind === 'dont_know') {
        setElement(w, key, UNKNOWN, 'unknown');
        w.parts.push({ id: 'dont_know' });
      } else {
        setElement(w, key, 'declined', 'declined');
        w.parts.push({ id: 'declined' });
      }
      if (key === 'location') s.locationSpecific = false;
      s.lastAnswered = key;
      s.awaiting = null;
      s.reasks = 0;
      return false;
    }
  }
}

function chooseCategory(w: Work, category: Category): void {
  w.s.facts = { ...w.s.facts, chosenCategory: category };
  w.changed = true;
}

function flagHuman(w: Work): void {
  if (!w.s.humanRequested) {
    w.s.humanRequested = true;
    w.events.push({ type: 'human_requested' });
  }
}

/** Which element a correction with a new value but no named element is about. */
function inferTarget(s: FlowState, rest: string): ElementKey | null {
  const ext = extract(rest);
  if (ext.location !== undefined) return 'location';
  if (ext.phones.length > 0) return 'callback';
  if (ext.vehicles !== undefined) return 'vehicles';
  if (ext.time !== undefined) return 'time';
  return s.lastAnswered ?? null;
}

function handleCorrection(w: Work, named: ElementKey | null, rest: string): boolean {
  const { s, def } = w;
  const target = named ?? (rest !== '' ? inferTarget(s, rest) : (s.lastAnswered ?? null));
  if (target === null) return false;
  if (s.elements[target] !== undefined) {
    delete s.elements[target];
    if (target === 'location') {
      s.locationSpecific = false;
      s.point = null;
    }
    w.events.push({ type: 'element_reopened', key: target });
    w.changed = true;
  }
  s.confirming = null;
  s.reasks = 0;
  if (rest !== '') {
    const parsed = parseAnswer(w, target, rest, extract(rest));
    if (parsed.ok) {
      if (target === 'location') setLocation(w, parsed.value, parsed.specific === true, 'answer');
      else setElement(w, target, parsed.value, 'answer');
      if (target === 'in_progress') noteInProgress(w, parsed.value);
      s.lastAnswered = target;
      s.awaiting = null;
      w.parts.push({ id: 'correction.done' });
      runTriage(w);
      advance(w);
      maybeUpdated(w);
      return true;
    }
  }
  s.awaiting = target;
  w.parts.push({ id: 'correction.ask', vars: { element: def.elements[target].label[s.lang] } });
  maybeUpdated(w);
  return true;
}

/** Elements whose answers are often written in the other script (addresses, plates, numbers, names). */
const STICKY_LANGUAGE: readonly ElementKey[] = ['location', 'vehicles', 'callback', 'name', 'person', 'last_seen'];

function onMessage(w: Work, input: Extract<FlowInput, { kind: 'message' }>): void {
  const { s, def } = w;
  const text = input.text;
  const hasText = text.trim() !== '';
  if (hasText) s.texts.push(text);
  else if (input.location?.label !== undefined) s.texts.push(input.location.label);
  s.lastInboundAt = input.at;
  const first =
    s.texts.length <= 1 && s.revision === 0 && s.awaiting === null && s.confirming === null && !s.covertTipSent;

  if (hasText) {
    const lang = replyLanguage(text, {
      current: s.lang,
      locked: s.langLocked,
      sticky: s.awaiting !== null && STICKY_LANGUAGE.includes(s.awaiting) && !first,
    });
    if (lang !== s.lang) {
      s.lang = lang;
      w.events.push({ type: 'language_changed', lang });
    }
  }

  if (!questionsOpen(s)) {
    onFollowUp(w, input);
    return;
  }

  const intent = hasText ? detectIntent(text) : null;
  if (intent !== null && handleCommand(w, intent)) {
    // Even a first message that is a command ("help") is acknowledged as received (rule 1).
    if (first) w.parts.unshift({ id: 'ack' });
    armTimers(w);
    return;
  }

  const ext = extract(text);
  let answeredOther = false;

  if (input.location !== undefined) {
    applySharedLocation(w, input.location);
    if (s.awaiting === 'location') {
      s.awaiting = null;
      s.lastAnswered = 'location';
      answeredOther = true;
    }
  }

  // A pending yes/no confirmation.
  if (s.confirming === 'cancel' && hasText) {
    const yn = parseYesNo(text);
    s.confirming = null;
    if (yn === true) {
      complete(w, 'cancelled');
      maybeUpdated(w, true);
      w.parts.push({ id: 'cancel.done' });
      return;
    }
    if (yn === false) {
      w.parts.push({ id: 'cancel.kept' });
      advance(w);
      armTimers(w);
      return;
    }
  }
  let confirmFailed = false;
  if (s.confirming === 'no_danger' && hasText && intent?.kind !== 'dont_know') {
    const yn = parseYesNo(text);
    if (yn !== null) {
      s.facts = { ...s.facts, noDanger: !yn };
      s.confirming = null;
      w.changed = true;
      answeredOther = true;
    } else confirmFailed = true;
  }

  // The danger screen: yes / no (1 / 2), or words that show danger or say what happened.
  let dangerFailed = false;
  if (s.confirming === 'danger' && hasText && intent === null) {
    const yn = parseYesNo(text);
    const shows = showsDanger(ext);
    if (yn === true || shows) {
      s.facts = { ...s.facts, danger: 'yes', noDanger: false };
      s.confirming = null;
      w.changed = true;
    } else if (yn === false) {
      s.facts = { ...s.facts, danger: 'no', noDanger: true };
      s.confirming = null;
      w.changed = true;
    } else dangerFailed = true;
  }
  // The numbered category question: a number, or the reporter's words (read by triage below).
  let categoryFailed = false;
  if (s.confirming === 'category' && hasText && intent === null) {
    const chosen = categoryChoice(text);
    if (chosen !== null) {
      chooseCategory(w, chosen);
      s.confirming = null;
    } else categoryFailed = true;
  }

  // The answer to the awaited element comes first.
  let failedKey: ElementKey | null = null;
  let volunteered = false;
  const key = s.awaiting;
  if (key !== null && hasText && (intent === null || intent.kind === 'correction')) {
    const parsed = parseAnswer(w, key, text, ext);
    if (parsed.ok) {
      if (key === 'location') setLocation(w, parsed.value, parsed.specific === true, 'answer');
      else setElement(w, key, parsed.value, 'answer');
      if (key === 'in_progress') noteInProgress(w, parsed.value);
      s.lastAnswered = key;
      s.awaiting = null;
      s.reasks = 0;
      answeredOther = key !== 'what';
    } else {
      failedKey = key;
      volunteered = parsed.other === true;
    }
  }

  let learnt = fillFromExtraction(w, ext);
  if (volunteered && addDescription(w, ext, text)) learnt = true;

  // "what": the words of the message that made the report clear.
  const categoryBefore = s.category;
  runTriage(w);
  // A message that makes the report clear ("有人打架" to "where?") is no failed answer either.
  if (s.category !== categoryBefore) learnt = true;
  if (s.elements.what === undefined && hasText && intent === null) {
    if (s.category !== null || (!answeredOther && describesSomething(text)))
      setElement(w, 'what', text.trim(), 'extracted');
  }

  // An answer we could not use: re-ask with an example, at most maxReasks times, then record "unknown".
  // A message that told us something else instead is no failure: the question is asked again plainly, but it
  // still counts, so a reporter who keeps writing about other things is not asked the same thing forever.
  if (failedKey !== null && s.awaiting === failedKey && !answered(s, failedKey)) {
    if (!learnt || volunteered) {
      s.reasks += 1;
      if (s.reasks > def.maxReasks) {
        if (failedKey === 'location') s.locationSpecific = false;
        setElement(w, failedKey, UNKNOWN, 'unknown');
        s.awaiting = null;
        s.reasks = 0;
        runTriage(w);
      } else if (!learnt) {
        w.reaskKey = failedKey;
        w.events.push({ type: 'reask', key: failedKey, attempt: s.reasks });
      } else w.deferKey = failedKey;
    }
  }
  if (confirmFailed && s.confirming === 'no_danger') w.reaskConfirm = true;
  if (s.confirming === 'danger' && dangerFailed) {
    if (s.category !== null || s.priority === 'P1') s.confirming = null;
    else if ((s.dangerAsks ?? 0) >= SCREEN_ASKS) {
      // Two answers that could not be read: uncertainty resolves upward.
      s.confirming = null;
      s.facts = { ...s.facts, danger: 'unknown' };
      w.changed = true;
      runTriage(w);
    } else w.reaskConfirm = true;
  }
  if (s.confirming === 'category' && categoryFailed) {
    if (s.category !== null) s.confirming = null;
    else if ((s.categoryAsks ?? 0) >= SCREEN_ASKS) {
      // Still no kind of matter after the re-ask: a police matter, and a call-taker looks at it.
      s.confirming = null;
      chooseCategory(w, 'other_police');
      flagHuman(w);
      runTriage(w);
    } else w.reaskConfirm = true;
  }

  const ackAt = w.parts.length;
  advance(w);
  // The receipt (rule 1), unless the reply already says it was recorded ("help is on the way").
  const saysRecorded = w.parts.some((p) => p.id === 'early_dispatch' || p.id === 'covert.early_dispatch');
  if (first && !saysRecorded) w.parts.splice(ackAt, 0, { id: s.covert ? 'covert.ack' : 'ack' });
  maybeUpdated(w);
  armTimers(w);
}

/** A message after completion: it joins the incident as an update (rule 9). */
function onFollowUp(w: Work, input: Extract<FlowInput, { kind: 'message' }>): void {
  const { s } = w;
  const text = input.text;
  const hasText = text.trim() !== '';
  const intent = hasText ? detectIntent(text) : null;
  if (
    intent !== null &&
    (intent.kind === 'help' || intent.kind === 'human' || intent.kind === 'language' || intent.kind === 'cancel')
  ) {
    if (handleCommand(w, intent)) return;
  }
  if (s.confirming === 'cancel' && hasText) {
    const yn = parseYesNo(text);
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
  const ext = extract(text);
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
  w.parts.push({ id: s.covert ? 'covert.update.added' : 'update.added' });
}

function onTimer(w: Work, input: Extract<FlowInput, { kind: 'timer' }>): void {
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
      if (!s.humanRequested) {
        s.humanRequested = true;
        w.events.push({ type: 'human_requested' });
      }
      if (!s.earlyDispatched && dispatchable(s)) {
        s.earlyDispatched = true;
        emitDispatch(w, 'early_dispatch', 'no reply: dispatch to verify');
      }
      if (!s.covert) w.parts.push({ id: 'escalated' });
      return;
    }
    case 'inactive': {
      if (urgent) {
        // Urgent reports are never closed by silence: they wait for a call-taker.
        if (!s.humanRequested) {
          s.humanRequested = true;
          w.events.push({ type: 'human_requested' });
        }
        return;
      }
      complete(w, 'inactive');
      emitDispatch(w, 'submitted', 'no reply: submitted with what it has');
      if (!s.covert) w.parts.push({ id: 'inactive' });
      return;
    }
  }
}

const STATUS_TEMPLATE: Record<DispatchStatus, { plain: TemplateId; covert: TemplateId }> = {
  acknowledged: { plain: 'status.acknowledged', covert: 'status.acknowledged.covert' },
  dispatched: { plain: 'status.dispatched', covert: 'status.dispatched.covert' },
  on_scene: { plain: 'status.on_scene', covert: 'status.on_scene.covert' },
  resolved: { plain: 'status.resolved', covert: 'status.resolved.covert' },
  cancelled: { plain: 'status.cancelled', covert: 'status.cancelled.covert' },
};

function onDispatchStatus(w: Work, input: Extract<FlowInput, { kind: 'dispatch_status' }>): void {
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

function onDispatcherMessage(w: Work, input: Extract<FlowInput, { kind: 'dispatcher_message' }>): void {
  const { s } = w;
  const prefix = render('dispatcher', s.lang, { agency: w.ctx.settings.agencyName, text: '' });
  for (const piece of splitToSegments(input.text, prefix))
    w.ready.push({ template: 'dispatcher', text: piece, lang: s.lang });
}

// --- replies ---------------------------------------------------------------------------------------------

/** Renders the parts and joins neighbours into one SMS where they fit (≤ 2 messages per input, usually 1). */
function pack(w: Work): Reply[] {
  const lang = w.s.lang;
  const out: Reply[] = [];
  for (const part of w.parts) {
    const text = truncateToSegment(render(part.id, lang, { agency: w.ctx.settings.agencyName, ...part.vars }));
    const last = out[out.length - 1];
    if (last !== undefined) {
      const joined = joinTexts(last.text, text);
      if (fitsOneSegment(joined)) {
        last.text = joined;
        last.template = `${last.template}+${part.id}`;
        continue;
      }
    }
    out.push({ template: part.id, text, lang });
  }
  return [...out, ...w.ready];
}

// --- step ------------------------------------------------------------------------------------------------

export function step(def: FlowDefinition, state: FlowState, input: FlowInput, ctx: FlowContext): StepResult {
  const w: Work = {
    def,
    ctx,
    s: structuredClone(state),
    at: input.at,
    events: [],
    parts: [],
    ready: [],
    changed: false,
    dispatched: false,
    reaskKey: null,
    reaskConfirm: false,
    deferKey: null,
  };
  switch (input.kind) {
    case 'message':
      onMessage(w, { ...input, text: understoodPart(input.text) });
      break;
    case 'timer':
      onTimer(w, input);
      break;
    case 'dispatch_status':
      onDispatchStatus(w, input);
      break;
    case 'dispatcher_message':
      onDispatcherMessage(w, input);
      break;
  }
  return { state: w.s, replies: pack(w), events: w.events };
}
