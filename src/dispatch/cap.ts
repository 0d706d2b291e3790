/**
 * OASIS CAP 1.2 (Common Alerting Protocol) XML for one incident, for dispatch systems that take CAP.
 * Pure: a small XML writer of our own; every text goes through `xmlEscape` (reporter text may hold
 * `<script>`, `&`, quotes or control characters).
 *
 * alert:
 * - identifier `<agencyId>.<incident id>.r<revision>` (one per revision; r0 = not yet announced; no spaces, commas, `<` or `&`);
 *   sender = agencyId; sent = the time of the revision (when it was made, from `opts.revisions`, the audit
 *   trail's `dispatch_queued` entries; `updatedAt` when unknown), never the time of the request: the same
 *   revision is the same message however often it is fetched. Written `YYYY-MM-DDThh:mm:ss+08:00` (offset
 *   configurable; UTC is written `-00:00` as CAP requires; never `Z`, never milliseconds); status Actual.
 * - msgType Alert for the first revision (≤ 1), Update afterwards with `references` ("sender,identifier,sent")
 *   naming the previous revision's own identifier and its own `sent` (from `opts.revisions`), so a receiver
 *   can match it to the message it already has; `opts.references` overrides.
 * - scope Restricted with a restriction text; a covert report is Private, addressed to the agency only,
 *   with a `note` saying not to call the reporter.
 *
 * info (language = the reporter's language): category per incident category (+ Fire / Health when the
 * route adds 119 / 120); event = category label; urgency / severity / certainty from the priority:
 *
 * | priority | urgency   | severity                                        | certainty |
 * |----------|-----------|-------------------------------------------------|-----------|
 * | P1       | Immediate | Extreme with a weapon, an injury, or kidnapping / self-harm / fire; else Severe | Observed |
 * | P2       | Expected  | Severe                                          | Likely    |
 * | P3       | Future    | Moderate                                        | Possible  |
 * | P4       | Unknown   | Minor                                           | Possible  |
 * | divert   | Past      | Minor                                           | Unknown   |
 *
 * P4 (information, tips) is "Possible" rather than "Unlikely": a tip is not a claim that the event is
 * improbable. A resolved or cancelled incident has urgency Past whatever its priority. The reporter's
 * report is first-hand, hence "Observed" for P1 (CAP: "determined to have occurred or to be ongoing").
 *
 * area: areaDesc = the reporter's location words (or the coordinates, or "unknown"); `circle` "lat,lon r"
 * in WGS 84 (GCJ-02 converted) with r in km (default 0.1) when there are coordinates.
 */
import type { Category, Lang, Priority, Route } from '../core/incident.js';
import { UNKNOWN } from '../core/incident.js';
import type { IncidentView } from '../core/view.js';
import {
  APCO_INCIDENT_TYPE,
  APCO_UNKNOWN_TYPE,
  callbackNumbers,
  categoryLabel,
  elementEntries,
  elementLabel,
  injuryReported,
  routeText,
  weaponReported,
  wgs84Of,
  xmlEscape,
} from './eido.js';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

export type CapCategory =
  | 'Geo'
  | 'Met'
  | 'Safety'
  | 'Security'
  | 'Rescue'
  | 'Fire'
  | 'Health'
  | 'Env'
  | 'Transport'
  | 'Infra'
  | 'CBRNE'
  | 'Other';
export type CapUrgency = 'Immediate' | 'Expected' | 'Future' | 'Past' | 'Unknown';
export type CapSeverity = 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';
export type CapCertainty = 'Observed' | 'Likely' | 'Possible' | 'Unlikely' | 'Unknown';

export interface CapOptions {
  /** The CAP sender (and the agency the covert alert is addressed to). */
  agencyId: string;
  /** senderName. */
  agencyName: string;
  /** When the document is produced; not written (`sent` is the revision's time). Kept for callers. */
  now?: string;
  /** When each revision was made (ISO 8601), e.g. from `revisionTimes(auditTrail)`. */
  revisions?: readonly { revision: number; at: string }[];
  /** Offset of `sent`, minutes east of UTC; default 480 (China Standard Time, +08:00). */
  utcOffsetMinutes?: number;
  /** Radius of the area circle in km; default 0.1. */
  radiusKm?: number;
  /** For an Update: the earlier messages it refers to (identifier and the `sent` they carried). */
  references?: { identifier: string; sent: string }[];
}

const CATEGORY_CAP: Record<Category, CapCategory[]> = {
  violence: ['Security'],
  domestic_violence: ['Security'],
  sexual_assault: ['Security'],
  kidnapping: ['Security'],
  robbery: ['Security'],
  burglary: ['Security'],
  theft: ['Security'],
  fraud: ['Security'],
  traffic: ['Safety', 'Transport'],
  missing_person: ['Rescue', 'Safety'],
  self_harm: ['Health', 'Safety'],
  threat: ['Security'],
  disorder: ['Security'],
  fire: ['Fire'],
  medical: ['Health'],
  rescue: ['Rescue'],
  suspicious: ['Security'],
  other_police: ['Security'],
  non_police: ['Other'],
};

/** CAP categories for an incident: its category's, plus Fire / Health when the route brings in 119 / 120. */
export function capCategories(category: Category | null, route: Route): CapCategory[] {
  const out = [...(category ? CATEGORY_CAP[category] : (['Security'] as CapCategory[]))];
  const add = route === '110+119' ? 'Fire' : route === '110+120' ? 'Health' : null;
  if (add !== null && !out.includes(add)) out.push(add);
  return out;
}

const LIFE_THREATENING: readonly Category[] = ['kidnapping', 'self_harm', 'fire'];

export interface CapRatings {
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
}

export function capRatings(view: IncidentView): CapRatings {
  const base: Record<Priority, CapRatings> = {
    P1: { urgency: 'Immediate', severity: 'Severe', certainty: 'Observed' },
    P2: { urgency: 'Expected', severity: 'Severe', certainty: 'Likely' },
    P3: { urgency: 'Future', severity: 'Moderate', certainty: 'Possible' },
    P4: { urgency: 'Unknown', severity: 'Minor', certainty: 'Possible' },
    divert: { urgency: 'Past', severity: 'Minor', certainty: 'Unknown' },
  };
  const r = { ...base[view.priority] };
  if (
    view.priority === 'P1' &&
    (weaponReported(view.reasons) ||
      injuryReported(view.reasons) ||
      (view.category !== null && LIFE_THREATENING.includes(view.category)))
  ) {
    r.severity = 'Extreme';
  }
  if (view.status === 'resolved' || view.status === 'cancelled') r.urgency = 'Past';
  return r;
}

/** `YYYY-MM-DDThh:mm:ss±hh:mm` as CAP 1.2 wants it (no fraction, no "Z"; UTC is "-00:00"). */
export function capDateTime(iso: string, offsetMinutes = 480): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not a date-time: ${iso}`);
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 14 * 60) {
    throw new RangeError(`bad UTC offset: ${offsetMinutes}`);
  }
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}-00:00`;
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${offsetMinutes > 0 ? '+' : '-'}${hh}:${mm}`;
}

/** CAP identifiers and senders must not contain spaces, commas or the restricted characters `<` and `&`. */
function capToken(text: string): string {
  const cleaned = text.replace(/[\s,<>&"']/g, '_');
  return cleaned === '' ? '_' : cleaned;
}

export function capIdentifier(view: Pick<IncidentView, 'id'>, agencyId: string, revision: number): string {
  return `${capToken(agencyId)}.${capToken(view.id)}.r${revision}`;
}

// ---------------------------------------------------------------------------------------------------------
// A tiny XML writer.
// ---------------------------------------------------------------------------------------------------------

type Node = { name: string; text: string } | { name: string; children: Node[] };

function t(name: string, text: string): Node {
  return { name, text };
}

function e(name: string, children: (Node | null)[]): Node {
  return { name, children: children.filter((c): c is Node => c !== null) };
}

function render(node: Node, indent: string, out: string[]): void {
  if ('text' in node) {
    out.push(`${indent}<${node.name}>${xmlEscape(node.text)}</${node.name}>`);
    return;
  }
  out.push(`${indent}<${node.name}>`);
  for (const child of node.children) render(child, `${indent}  `, out);
  out.push(`${indent}</${node.name}>`);
}

/** At most `max` characters (code points), with an ellipsis when cut. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const TEXT = {
  restriction: {
    'zh-CN': '仅限公安110指挥调度使用；含报警人个人信息，不得公开发布。',
    en: 'For police (110) dispatch only; contains personal data of the reporter; not for public release.',
  },
  covertNote: {
    'zh-CN': '隐蔽报警：切勿致电或回拨报警人，只用文字联系。',
    en: 'Covert report: do not call the reporter; text only.',
  },
  covert: {
    'zh-CN': '隐蔽报警：切勿致电或回拨报警人，只用文字联系；到场后不要暴露报警人。',
    en: 'Covert report: do NOT call the reporter back; text only; do not expose the reporter on scene.',
  },
  weapon: { 'zh-CN': '报警人称现场有凶器，注意处警安全。', en: 'Weapon reported: approach with caution.' },
  early: {
    'zh-CN': '先期处置：信息仍在收集中，后续更新将陆续发送。',
    en: 'Early dispatch: details are still being collected; updates will follow.',
  },
  divert: {
    'zh-CN': '非警务事项：已引导报警人联系12345市民热线。',
    en: 'Non-police matter: the reporter was referred to the 12345 city hotline.',
  },
  unknownPlace: { 'zh-CN': '地点未知', en: 'Location unknown' },
  category: { 'zh-CN': '类别', en: 'Category' },
  priority: { 'zh-CN': '等级', en: 'Priority' },
  route: { 'zh-CN': '处置', en: 'Route' },
  doNotCall: { 'zh-CN': '（隐蔽报警，勿致电，仅文字联系）', en: ' (covert: do not call, text only)' },
} satisfies Record<string, Record<Lang, string>>;

export function toCap(view: IncidentView, opts: CapOptions): string {
  const lang = view.language;
  const offset = opts.utcOffsetMinutes ?? 480;
  const sender = capToken(opts.agencyId);
  const revision = view.revision;
  const identifier = capIdentifier(view, opts.agencyId, revision);
  const isUpdate = revision > 1;

  const madeAt = (r: number): string | undefined => opts.revisions?.find((x) => x.revision === r)?.at;
  const sent = revision === 0 ? view.createdAt : (madeAt(revision) ?? view.updatedAt);
  let references: string | null = null;
  if (isUpdate) {
    const refs = opts.references ?? [
      {
        identifier: capIdentifier(view, opts.agencyId, revision - 1),
        sent: madeAt(revision - 1) ?? view.createdAt,
      },
    ];
    references = refs.map((r) => `${sender},${capToken(r.identifier)},${capDateTime(r.sent, offset)}`).join(' ');
  }

  const ratings = capRatings(view);
  const label = categoryLabel(view.category, lang);
  const placeText = view.location.text !== null && view.location.text !== UNKNOWN ? view.location.text : null;
  const point = wgs84Of(view);

  const instructions: string[] = [];
  if (view.covert) instructions.push(TEXT.covert[lang]);
  if (weaponReported(view.reasons)) instructions.push(TEXT.weapon[lang]);
  if (view.route === '110+119' || view.route === '110+120') instructions.push(routeText(view.route, lang));
  if (view.priority === 'divert' || view.route === '12345') instructions.push(TEXT.divert[lang]);
  if (view.earlyDispatched && view.status === 'collecting') instructions.push(TEXT.early[lang]);

  const description = [
    `${TEXT.category[lang]}: ${label}; ${TEXT.priority[lang]}: ${view.priority}; ${TEXT.route[lang]}: ${routeText(view.route, lang)}`,
    ...elementEntries(view).map(([k, v]) => `${elementLabel(k, lang)}: ${v}`),
  ].join('\n');

  const numbers = callbackNumbers(view);
  const contactNumbers = [numbers.channel, numbers.stated]
    .filter((n): n is string => n !== null)
    .map((n) => n.replace(/^tel:/, '').replace(/;phone-context=.*$/, ''));
  const contact =
    contactNumbers.length > 0 ? `${contactNumbers.join(', ')}${view.covert ? TEXT.doNotCall[lang] : ''}` : null;

  const parameters: [string, string][] = [
    ['incidentId', view.id],
    ['reference', view.reference],
    ['revision', String(view.revision)],
    ['channel', view.channel],
    ['status', view.status],
    ['priority', view.priority],
    ['route', view.route],
    ['covert', String(view.covert)],
    ['earlyDispatched', String(view.earlyDispatched)],
  ];
  if (view.category !== null) parameters.push(['category', view.category]);
  if (point !== null && view.location.datum === 'GCJ02') parameters.push(['coordinatesConvertedFrom', 'GCJ02']);
  if (view.links.clusterId !== null) parameters.push(['clusterId', view.links.clusterId]);
  for (const related of view.links.related) parameters.push(['relatedIncident', related]);

  const areaDesc =
    placeText ?? (point !== null ? `${point.lat.toFixed(6)},${point.lon.toFixed(6)}` : TEXT.unknownPlace[lang]);
  const radius = opts.radiusKm ?? 0.1;
  const circle = point !== null ? `${point.lat.toFixed(6)},${point.lon.toFixed(6)} ${radius}` : null;

  const headline = clip(`[${view.priority}] ${label}${placeText !== null ? ` - ${placeText}` : ''}`, 160);

  const info = e('info', [
    t('language', lang),
    ...capCategories(view.category, view.route).map((c) => t('category', c)),
    t('event', label),
    t('urgency', ratings.urgency),
    t('severity', ratings.severity),
    t('certainty', ratings.certainty),
    e('eventCode', [
      t('valueName', 'APCO-ANS-2.103.2'),
      t('value', view.category ? APCO_INCIDENT_TYPE[view.category] : APCO_UNKNOWN_TYPE),
    ]),
    t('senderName', opts.agencyName),
    t('headline', headline),
    t('description', description),
    instructions.length > 0 ? t('instruction', instructions.join('\n')) : null,
    contact !== null ? t('contact', contact) : null,
    ...parameters.map(([name, value]) => e('parameter', [t('valueName', name), t('value', value)])),
    e('area', [t('areaDesc', areaDesc), circle !== null ? t('circle', circle) : null]),
  ]);

  const alert = e('alert', [
    t('identifier', identifier),
    t('sender', sender),
    t('sent', capDateTime(sent, offset)),
    t('status', 'Actual'),
    t('msgType', isUpdate ? 'Update' : 'Alert'),
    t('scope', view.covert ? 'Private' : 'Restricted'),
    view.covert ? null : t('restriction', TEXT.restriction[lang]),
    view.covert ? t('addresses', sender) : null,
    view.covert ? t('note', TEXT.covertNote[lang]) : null,
    references !== null ? t('references', references) : null,
    t('incidents', capToken(view.id)),
    info,
  ]);

  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  render(alert, '', lines);
  // The namespace goes on the root element.
  lines[1] = `<alert xmlns="${CAP_NAMESPACE}">`;
  return `${lines.join('\n')}\n`;
}

/**
 * When each revision was made, from an incident's audit trail: every revision is queued for dispatch
 * (`dispatch_queued`, with its revision number) in the commit that made it.
 */
export function revisionTimes(trail: readonly { type: string; at: string; data: unknown }[]): {
  revision: number;
  at: string;
}[] {
  const out: { revision: number; at: string }[] = [];
  for (const e of trail) {
    const r = (e.data as { revision?: unknown } | null)?.revision;
    if (e.type === 'dispatch_queued' && typeof r === 'number' && !out.some((x) => x.revision === r)) {
      out.push({ revision: r, at: e.at });
    }
  }
  return out;
}
