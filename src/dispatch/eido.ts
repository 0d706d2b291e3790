/**
 * NENA EIDO (NENA-STA-021, JSON) for one incident: a whole current snapshot for every revision (no deltas).
 *
 * Component and property names follow the NENA911/EIDO-JSON repository, `Schema/openapi.yaml`
 * (version 1.0.0, `EmergencyIncidentDataObjectType`). What each part of the incident becomes:
 *
 * - `incidentComponent` (one object): type (`incidentTypeCommonRegistryText` = APCO common incident type
 *   code, `incidentTypeInternalCode` = our category), status, priority (`incidentPriorityInternalText`),
 *   `internalIncidentId` = id, `reportNumberType` = the reference the reporter sees.
 * - `callComponent`: the text conversation; `localCallType` = channel, `standardPrimaryCallType` =
 *   "emergency", `direction` = "incoming", `priorityIdentifier` from the priority, start / answer times.
 * - `callbackComponent`: how to reach the reporter (tel: URIs) — the SMS sender and/or the number they gave.
 * - `locationComponent`: "CurrentIncident"; the reporter's own words in `locationDescriptionText`;
 *   `locationByValue` is a PIDF-LO document: a WGS 84 `gml:Point` (converted from GCJ-02 where needed)
 *   when there are coordinates, else a civic address carrying the words in `LOC`.
 * - `personComponent`: the reporter, role "Caller".
 * - `cautionComponent`: covert mode ("do not call") and weapons; referenced from a caution note.
 * - `notesComponent`: one note per transcript line, one with the collected elements, one per caution;
 *   `notesActionComments` is HTML5, so every text is HTML-escaped.
 * - `linkComponent`: related incidents (previous report of the same reporter, cluster members), RELATED.
 * - `agencyComponent`: the receiving agency (required by the schema).
 *
 * Registry values the schema repository does not list (Caution Type) are local tokens, documented below.
 * Pure: no I/O, no clock (the caller passes `now`).
 */
import type { Category, ElementKey, Lang, Priority, Reason, Route, Status } from '../core/incident.js';
import { ELEMENT_KEYS, UNKNOWN } from '../core/incident.js';
import type { IncidentView, TranscriptEntry } from '../core/view.js';
import { addressIsPhone } from '../channels/registry.js';
import { toWgs84, type Wgs84Point } from './coords.js';

export interface EidoOptions {
  /** Agency identifier (NENA-STA-010 style domain, e.g. "psap.example.cn"); also the owning agency. */
  agencyId: string;
  /** Human name of the agency ("110"), carried in the agency jCard. */
  agencyName: string;
  /** When this EIDO is issued (ISO 8601): the document's own `lastUpdateTimeStamp`. */
  now: string;
  /** The functional element issuing the EIDO; default `intake.<agencyId>`. */
  issuingElement?: string;
}

export interface EidoReference {
  $ref: string;
}

interface Prologue {
  $id: string;
  lastUpdateTimeStamp: string;
  updatedByAgencyReference: EidoReference;
}

export interface EidoIncident extends Prologue {
  incidentTypeCommonRegistryText: string;
  incidentTypeInternalCode: string;
  incidentTypeInternalText: string;
  incidentStatusInternalText: string[];
  internalIncidentId: string;
  reportNumberType: string;
  incidentPriorityInternalText: string;
  locationReference?: EidoReference[];
  personReference: EidoReference[];
  notesReference?: EidoReference[];
}

export interface EidoCall extends Prologue {
  standardPrimaryCallType: 'emergency';
  localCallType: string;
  direction: 'incoming';
  priorityIdentifier: CallPriority;
  callStartTimestamp: string;
  answerDate?: string;
  callStateRegistryText: 'callBegin' | 'callAnswered' | 'callEnd';
  callBackReference?: EidoReference;
  locationReference?: EidoReference[];
  personReference: EidoReference[];
  notesReference?: EidoReference[];
  agencyReference: EidoReference[];
}

export interface EidoCallback extends Prologue {
  callBackInformationUri: string[];
  updatedCbn?: Prologue & { updatedCbnIdentifierUri: string; updatedCbnCallerDescription?: string };
}

export interface EidoLocation extends Prologue {
  locationTypeDescriptionRegistryText: 'CurrentIncident';
  locationByValue?: string;
  locationDescriptionText?: string;
  notesReference?: EidoReference[];
}

export interface EidoPerson extends Prologue {
  personIncidentRoleRegistryText: string[];
  callIdentifier: string[];
  locationReference?: EidoReference[];
  callBackReference?: EidoReference;
  notesReference?: EidoReference[];
}

export interface EidoNote extends Prologue {
  notesActionComments: string;
  cautionReference?: EidoReference[];
}

export type CautionSeverity = 'highest' | 'high' | 'normal' | 'low' | 'lowest';

export interface EidoCaution extends Prologue {
  cautionTypeInternalText: string;
  cautionTypeCommonRegistryText: string;
  cautionSeverity: CautionSeverity;
  cautionSource: string;
  startDate: string;
}

export interface EidoLink extends Prologue {
  incidentTrackingIdentifier: string;
  linkDirectionCode: 'RELATED';
  transactionReasonText: string;
}

export interface EidoAgency extends Prologue {
  agencyJcard: string;
  agencyRoleDescriptionRegistryText: string[];
  agencyType: string[];
  incidentOwningAgencyIndicator: boolean;
}

export interface EidoDocument extends Prologue {
  eidoVersion: '1.0';
  issuingElementIdentification: string;
  incidentComponent: EidoIncident;
  callComponent: EidoCall[];
  callbackComponent?: EidoCallback[];
  locationComponent?: EidoLocation[];
  personComponent: EidoPerson[];
  cautionComponent?: EidoCaution[];
  notesComponent: EidoNote[];
  linkComponent?: EidoLink[];
  agencyComponent: EidoAgency[];
  '@context': { '@vocab': './JSON-LD_Contexts/EmergencyIncidentDataObjectType.jsonld' };
}

type CallPriority = 'highest' | 'high' | 'normal' | 'low' | 'lowest';

// ---------------------------------------------------------------------------------------------------------
// Shared vocabulary (also used by the CAP export).
// ---------------------------------------------------------------------------------------------------------

/**
 * Our category → APCO common incident type code (APCO ANS 2.103.2; the code list the EIDO repository ships
 * as `apcoIncidentCategoryCodeSimpleType` in Schema/NIEMComponents/apco.yaml). No category yet → TROUBLE
 * (unknown trouble).
 */
export const APCO_INCIDENT_TYPE: Record<Category, string> = {
  violence: 'ASSAULT',
  domestic_violence: 'DVA',
  sexual_assault: 'SEXOFFNS',
  kidnapping: 'ABDUCTNF',
  robbery: 'ROBBERY',
  burglary: 'BURGLARY',
  theft: 'LARCENY',
  fraud: 'FRAUD',
  traffic: 'MVA',
  missing_person: 'PERMISS',
  self_harm: 'SUICIDE',
  threat: 'THREATS',
  disorder: 'DISORD',
  fire: 'FUNK',
  medical: 'SICK',
  rescue: 'RESCUE',
  suspicious: 'SUSP',
  other_police: 'TROUBLE',
  non_police: 'CITASST',
};
export const APCO_UNKNOWN_TYPE = 'TROUBLE';

const CATEGORY_LABELS: Record<Category, Record<Lang, string>> = {
  violence: { 'zh-CN': '暴力伤害', en: 'Assault / violence' },
  domestic_violence: { 'zh-CN': '家庭暴力', en: 'Domestic violence' },
  sexual_assault: { 'zh-CN': '性侵害', en: 'Sexual assault' },
  kidnapping: { 'zh-CN': '绑架/非法拘禁', en: 'Kidnapping / unlawful detention' },
  robbery: { 'zh-CN': '抢劫', en: 'Robbery' },
  burglary: { 'zh-CN': '入室盗窃', en: 'Burglary / break-in' },
  theft: { 'zh-CN': '盗窃', en: 'Theft' },
  fraud: { 'zh-CN': '诈骗', en: 'Fraud / scam' },
  traffic: { 'zh-CN': '交通事故', en: 'Traffic collision' },
  missing_person: { 'zh-CN': '人员走失', en: 'Missing person' },
  self_harm: { 'zh-CN': '自伤/轻生', en: 'Self-harm / suicide threat' },
  threat: { 'zh-CN': '威胁/跟踪', en: 'Threats / stalking' },
  disorder: { 'zh-CN': '扰乱秩序/纠纷', en: 'Disorder / dispute' },
  fire: { 'zh-CN': '火情', en: 'Fire' },
  medical: { 'zh-CN': '急病/医疗', en: 'Medical emergency' },
  rescue: { 'zh-CN': '救助/抢险', en: 'Rescue' },
  suspicious: { 'zh-CN': '可疑情况', en: 'Suspicious activity' },
  other_police: { 'zh-CN': '其他警情', en: 'Other police matter' },
  non_police: { 'zh-CN': '非警务求助', en: 'Non-police matter' },
};

export function categoryLabel(category: Category | null, lang: Lang): string {
  if (category === null) return lang === 'en' ? 'Unclassified report' : '未分类警情';
  return CATEGORY_LABELS[category][lang];
}

const ELEMENT_LABELS: Record<ElementKey, Record<Lang, string>> = {
  what: { 'zh-CN': '事件', en: 'What' },
  location: { 'zh-CN': '地点', en: 'Location' },
  in_progress: { 'zh-CN': '是否仍在发生', en: 'In progress' },
  safety: { 'zh-CN': '报警人安全', en: 'Reporter safety' },
  injuries: { 'zh-CN': '伤亡', en: 'Injuries' },
  weapons: { 'zh-CN': '凶器', en: 'Weapons' },
  suspects: { 'zh-CN': '嫌疑人', en: 'Suspects' },
  vehicles: { 'zh-CN': '车辆', en: 'Vehicles' },
  time: { 'zh-CN': '发生时间', en: 'Time' },
  loss: { 'zh-CN': '损失', en: 'Loss' },
  person: { 'zh-CN': '走失人员', en: 'Missing person' },
  last_seen: { 'zh-CN': '最后出现', en: 'Last seen' },
  callback: { 'zh-CN': '回拨号码', en: 'Callback number' },
  name: { 'zh-CN': '报警人姓名', en: "Reporter's name" },
  relation: { 'zh-CN': '与事件关系', en: 'Relation to the event' },
};

export function elementLabel(key: ElementKey, lang: Lang): string {
  return ELEMENT_LABELS[key][lang];
}

/** The collected elements in the fixed element order, skipping empty ones. */
export function elementEntries(view: IncidentView): [ElementKey, string][] {
  const out: [ElementKey, string][] = [];
  for (const key of ELEMENT_KEYS) {
    const value = view.elements[key];
    if (value !== undefined && value.trim() !== '') out.push([key, value]);
  }
  return out;
}

/** A weapon was found in the reporter's words or answers (the triage keeps `modifier.weapon` as a reason). */
export function weaponReported(reasons: readonly Reason[]): boolean {
  return reasons.some((r) => r.rule === 'modifier.weapon');
}

/** An injury was found (triage reason `modifier.injury`). */
export function injuryReported(reasons: readonly Reason[]): boolean {
  return reasons.some((r) => r.rule === 'modifier.injury');
}

/**
 * A phone number as a tel: URI (RFC 3966): global numbers as `tel:+<digits>`, anything else that looks like
 * a Chinese local number with `phone-context=+86`. Returns null for what is not a phone number.
 */
export function telUri(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^\+?[0-9][0-9 ()\-.]{3,30}$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.length < 3 || digits.length > 15) return null;
  return trimmed.startsWith('+') ? `tel:+${digits}` : `tel:${digits};phone-context=+86`;
}

export interface CallbackNumbers {
  /** The number the channel itself gives (the SMS sender), as a tel: URI. */
  channel: string | null;
  /** The number the reporter gave (`elements.callback`), as a tel: URI, when it differs from `channel`. */
  stated: string | null;
}

export function callbackNumbers(view: IncidentView): CallbackNumbers {
  const channel = addressIsPhone(view.channel) ? telUri(view.sender) : null;
  const value = view.elements.callback;
  let stated = value !== undefined && value !== UNKNOWN ? telUri(value) : null;
  if (stated !== null && stated === channel) stated = null;
  return { channel, stated };
}

/** STA-023 call priority for a 110 priority. */
export const CALL_PRIORITY: Record<Priority, CallPriority> = {
  P1: 'highest',
  P2: 'high',
  P3: 'normal',
  P4: 'low',
  divert: 'lowest',
};

const ENDED: readonly Status[] = ['resolved', 'cancelled', 'diverted', 'inactive'];

const ROUTE_TEXT: Record<Route, Record<Lang, string>> = {
  '110': { 'zh-CN': '110', en: '110 (police)' },
  '110+119': { 'zh-CN': '110，并联动119（消防）', en: '110 (police), also 119 (fire)' },
  '110+120': { 'zh-CN': '110，并联动120（急救）', en: '110 (police), also 120 (ambulance)' },
  '12345': { 'zh-CN': '12345 市民热线', en: '12345 city hotline' },
};

export function routeText(route: Route, lang: Lang): string {
  return ROUTE_TEXT[route][lang];
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry at all. */
export function xmlEscape(text: string): string {
  return stripInvalidXmlChars(text).replace(XML_SPECIAL, (c) => XML_ENTITY[c]!);
}

/** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]; lone surrogates go. */
export function stripInvalidXmlChars(text: string): string {
  // Almost every text is valid as it is: one scan, no copy.
  if (!NOT_XML_CHAR.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const ok =
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      (cp >= 0x10000 && cp <= 0x10ffff);
    if (ok) out += ch;
  }
  return out;
}

/** A character XML 1.0 cannot carry: a control character, U+FFFE/U+FFFF, or a surrogate not in a pair. */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const XML_SPECIAL = /[&<>"']/g;
const HTML_SPECIAL = /[&<>"']|\r?\n/g;

function htmlEscape(text: string): string {
  return stripInvalidXmlChars(text).replace(HTML_SPECIAL, (c) => XML_ENTITY[c] ?? '<br>');
}

/** NENA-STA-010 style identifiers: `urn:emergency:uid:<kind>:<string>:<agency>`. */
function uid(kind: 'incidentid' | 'callid', id: string, agencyId: string): string {
  return `urn:emergency:uid:${kind}:${idPart(id)}:${agencyId}`;
}

function idPart(id: string): string {
  return id.replace(/[^A-Za-z0-9._~-]/g, (c) => encodeURIComponent(c).replace(/%/g, '_'));
}

// ---------------------------------------------------------------------------------------------------------

const DIRECTION_LABEL: Record<TranscriptEntry['direction'], Record<Lang, string>> = {
  in: { 'zh-CN': '报警人', en: 'Reporter' },
  out: { 'zh-CN': '系统', en: 'Gateway' },
};

/** Local Caution Type tokens (the Caution Type registry values are not in the schema repository). */
export const CAUTION_TYPES = { covert: 'CovertReporter', weapon: 'Weapon' } as const;

export function toEido(view: IncidentView, opts: EidoOptions): EidoDocument {
  const lang = view.language;
  const agency = opts.agencyId;
  const by = { $ref: agency };
  const at = view.updatedAt;
  const incidentUrn = uid('incidentid', view.id, agency);
  const callUrn = uid('callid', view.id, agency);
  const cid = (suffix: string): string => `${incidentUrn}:${suffix}`;
  const prologue = (id: string, time: string = at): Prologue => ({
    $id: id,
    lastUpdateTimeStamp: time,
    updatedByAgencyReference: by,
  });
  const en = lang === 'en';

  const notes: EidoNote[] = [];
  const cautions: EidoCaution[] = [];

  // Cautions: covert reporter, weapon.
  if (view.covert) {
    cautions.push({
      ...prologue(cid('caution:covert')),
      cautionTypeInternalText: en
        ? 'Covert report: do not call the reporter back; text only; do not expose the reporter on scene.'
        : '隐蔽报警：切勿致电或回拨报警人，只用文字联系；到场后不要暴露报警人。',
      cautionTypeCommonRegistryText: CAUTION_TYPES.covert,
      cautionSeverity: 'highest',
      cautionSource: agency,
      startDate: view.createdAt,
    });
  }
  if (weaponReported(view.reasons)) {
    const words = view.elements.weapons;
    const detail = words !== undefined && words !== UNKNOWN ? `: ${words}` : '';
    cautions.push({
      ...prologue(cid('caution:weapon')),
      cautionTypeInternalText: (en ? 'Weapon reported' : '报警人称现场有凶器') + detail,
      cautionTypeCommonRegistryText: CAUTION_TYPES.weapon,
      cautionSeverity: view.priority === 'P1' ? 'highest' : 'high',
      cautionSource: agency,
      startDate: view.createdAt,
    });
  }
  const cautionNoteIds: EidoReference[] = [];
  let covertNote: EidoReference | null = null;
  for (const c of cautions) {
    const id = `${c.$id}:note`;
    cautionNoteIds.push({ $ref: id });
    if (c.cautionTypeCommonRegistryText === CAUTION_TYPES.covert) covertNote = { $ref: id };
    notes.push({
      ...prologue(id),
      notesActionComments: `<p><strong>${en ? 'CAUTION' : '警示'}</strong>: ${htmlEscape(c.cautionTypeInternalText)}</p>`,
      cautionReference: [{ $ref: c.$id }],
    });
  }

  // The collected elements, one note.
  const entries = elementEntries(view);
  const incidentNotes: EidoReference[] = [...cautionNoteIds];
  if (entries.length > 0 || view.missing.length > 0) {
    const id = cid('note:elements');
    const items = entries.map(([k, v]) => `<li>${htmlEscape(elementLabel(k, lang))}: ${htmlEscape(v)}</li>`);
    const missing =
      view.missing.length > 0
        ? `<p>${en ? 'Not yet known' : '尚未获取'}: ${view.missing.map((k) => htmlEscape(elementLabel(k, lang))).join(', ')}</p>`
        : '';
    const summary =
      `<p>${htmlEscape(categoryLabel(view.category, lang))} · ${view.priority} · ` +
      `${en ? 'route' : '处置'} ${htmlEscape(routeText(view.route, lang))}` +
      `${view.earlyDispatched ? (en ? ' · early dispatch' : ' · 先期处置') : ''}` +
      `${view.humanRequested ? (en ? ' · reporter asked for a human' : ' · 报警人要求人工') : ''}</p>`;
    notes.push({ ...prologue(id), notesActionComments: `${summary}<ul>${items.join('')}</ul>${missing}` });
    incidentNotes.push({ $ref: id });
  }

  // The conversation, one note per line.
  const callNotes: EidoReference[] = [];
  view.transcript.forEach((t, i) => {
    const id = cid(`note:t${i + 1}`);
    const who = DIRECTION_LABEL[t.direction][lang];
    const shared = t.location
      ? ` <em>[${en ? 'shared location' : '共享位置'} ${t.location.lat},${t.location.lon} ${t.location.datum}` +
        `${t.location.label ? ` ${htmlEscape(t.location.label)}` : ''}]</em>`
      : '';
    notes.push({
      ...prologue(id, t.at),
      notesActionComments: `<p>[${htmlEscape(t.at)}] ${who} (${htmlEscape(t.channel)}): ${htmlEscape(t.text)}${shared}</p>`,
    });
    callNotes.push({ $ref: id });
  });

  // Location.
  const locations: EidoLocation[] = [];
  const locationRefs: EidoReference[] = [];
  const text = view.location.text !== null && view.location.text !== UNKNOWN ? view.location.text : null;
  const point = wgs84Of(view);
  if (text !== null || point !== null) {
    const id = cid('location:incident');
    const loc: EidoLocation = {
      ...prologue(id),
      locationTypeDescriptionRegistryText: 'CurrentIncident',
      locationByValue: pidfLo(view, agency, point, text),
    };
    if (text !== null) loc.locationDescriptionText = text;
    if (point !== null && view.location.datum === 'GCJ02') {
      const noteId = `${id}:note`;
      notes.push({
        ...prologue(noteId),
        notesActionComments:
          `<p>${en ? 'Coordinates received in GCJ-02' : '原始坐标为GCJ-02'} ` +
          `(${view.location.lat},${view.location.lon}); ${en ? 'converted to WGS 84' : '已转换为WGS 84'}.</p>`,
      });
      loc.notesReference = [{ $ref: noteId }];
    }
    locations.push(loc);
    locationRefs.push({ $ref: id });
  }

  // Callback.
  const numbers = callbackNumbers(view);
  const callbacks: EidoCallback[] = [];
  const callbackId = cid('callback:reporter');
  const primary = numbers.channel ?? numbers.stated;
  if (primary !== null) {
    const cb: EidoCallback = { ...prologue(callbackId), callBackInformationUri: [primary] };
    if (numbers.channel !== null && numbers.stated !== null) {
      cb.updatedCbn = {
        ...prologue(`${callbackId}:updated`),
        updatedCbnIdentifierUri: numbers.stated,
        updatedCbnCallerDescription: en ? 'number given by the reporter' : '报警人提供的号码',
      };
    }
    callbacks.push(cb);
  }
  const callbackRef = callbacks.length > 0 ? { $ref: callbackId } : undefined;

  // Person: the reporter.
  const personId = cid('person:caller');
  const person: EidoPerson = {
    ...prologue(personId),
    personIncidentRoleRegistryText: ['Caller'],
    callIdentifier: [callUrn],
  };
  if (callbackRef) person.callBackReference = callbackRef;
  const who = (['name', 'relation'] as const)
    .map((k) => [k, view.elements[k]] as const)
    .filter((e): e is readonly ['name' | 'relation', string] => e[1] !== undefined && e[1] !== UNKNOWN);
  const personNotes: EidoReference[] = covertNote ? [covertNote] : [];
  if (who.length > 0 || !addressIsPhone(view.channel)) {
    const id = `${personId}:note`;
    const parts = who.map(([k, v]) => `${htmlEscape(elementLabel(k, lang))}: ${htmlEscape(v)}`);
    parts.push(
      `${en ? 'channel' : '渠道'} ${htmlEscape(view.channel)}, ${en ? 'sender' : '发送方'} ${htmlEscape(view.sender)}`,
    );
    notes.push({ ...prologue(id), notesActionComments: `<p>${parts.join('; ')}</p>` });
    personNotes.push({ $ref: id });
  }
  if (personNotes.length > 0) person.notesReference = personNotes;

  // Links: related incidents and the cluster.
  const links: EidoLink[] = view.links.related.map((related, i) => ({
    ...prologue(cid(`link:${i + 1}`)),
    incidentTrackingIdentifier: uid('incidentid', related, agency),
    linkDirectionCode: 'RELATED',
    transactionReasonText:
      view.links.clusterId !== null
        ? `${en ? 'same cluster' : '同一警情簇'} ${view.links.clusterId}`
        : en
          ? 'earlier report from the same reporter'
          : '同一报警人的先前报警',
  }));
  if (view.links.clusterId !== null) {
    const id = cid('note:cluster');
    notes.push({
      ...prologue(id),
      notesActionComments: `<p>${en ? 'Cluster' : '警情簇'}: ${htmlEscape(view.links.clusterId)}</p>`,
    });
    incidentNotes.push({ $ref: id });
  }

  const ended = ENDED.includes(view.status);
  const firstOut = view.transcript.find((t) => t.direction === 'out');
  const call: EidoCall = {
    ...prologue(callUrn),
    standardPrimaryCallType: 'emergency',
    localCallType: view.channel,
    direction: 'incoming',
    priorityIdentifier: CALL_PRIORITY[view.priority],
    callStartTimestamp: view.transcript.find((t) => t.direction === 'in')?.at ?? view.createdAt,
    callStateRegistryText: ended ? 'callEnd' : firstOut ? 'callAnswered' : 'callBegin',
    personReference: [{ $ref: personId }],
    agencyReference: [by],
  };
  if (firstOut) call.answerDate = firstOut.at;
  if (callbackRef) call.callBackReference = callbackRef;
  if (locationRefs.length > 0) call.locationReference = locationRefs;
  if (callNotes.length > 0) call.notesReference = callNotes;

  const incident: EidoIncident = {
    ...prologue(cid('incident')),
    incidentTypeCommonRegistryText: view.category ? APCO_INCIDENT_TYPE[view.category] : APCO_UNKNOWN_TYPE,
    incidentTypeInternalCode: view.category ?? 'unclassified',
    incidentTypeInternalText: categoryLabel(view.category, lang),
    incidentStatusInternalText: [view.status],
    internalIncidentId: view.id,
    reportNumberType: view.reference,
    incidentPriorityInternalText: view.priority,
    personReference: [{ $ref: personId }],
  };
  if (locationRefs.length > 0) incident.locationReference = locationRefs;
  if (incidentNotes.length > 0) incident.notesReference = incidentNotes;

  const agencyComponent: EidoAgency = {
    ...prologue(agency),
    agencyJcard: JSON.stringify([
      'vcard',
      [
        ['version', {}, 'text', '4.0'],
        ['fn', {}, 'text', opts.agencyName],
        ['kind', {}, 'text', 'org'],
      ],
    ]),
    agencyRoleDescriptionRegistryText: ['CallReceiving'],
    agencyType: ['police'],
    incidentOwningAgencyIndicator: true,
  };

  return {
    $id: incidentUrn,
    lastUpdateTimeStamp: opts.now,
    updatedByAgencyReference: by,
    eidoVersion: '1.0',
    issuingElementIdentification: opts.issuingElement ?? `intake.${agency}`,
    ...(links.length > 0 ? { linkComponent: links } : {}),
    incidentComponent: incident,
    callComponent: [call],
    ...(callbacks.length > 0 ? { callbackComponent: callbacks } : {}),
    notesComponent: notes,
    agencyComponent: [agencyComponent],
    ...(locations.length > 0 ? { locationComponent: locations } : {}),
    personComponent: [person],
    ...(cautions.length > 0 ? { cautionComponent: cautions } : {}),
    '@context': { '@vocab': './JSON-LD_Contexts/EmergencyIncidentDataObjectType.jsonld' },
  };
}

/**
 * The incident's point in WGS 84, or null when there are no usable coordinates (none, or out of range: an
 * export must not fail on a bad point; the words in `location.text` still go out).
 */
export function wgs84Of(view: IncidentView): Wgs84Point | null {
  const { lat, lon, datum } = view.location;
  if (lat === null || lon === null) return null;
  try {
    return toWgs84({ lat, lon, datum: datum ?? 'WGS84' });
  } catch {
    return null;
  }
}

/**
 * A PIDF-LO document (RFC 4119 / RFC 5491): one `location-info` with either a WGS 84 point
 * (EPSG:4326, "lat lon") or, without coordinates, a civic address whose `LOC` carries the reporter's words.
 */
function pidfLo(view: IncidentView, agency: string, point: Wgs84Point | null, text: string | null): string {
  let info: string;
  let method = '';
  if (point !== null) {
    info =
      `<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>${round7(point.lat)} ${round7(point.lon)}</gml:pos>` +
      `</gml:Point>`;
  } else {
    info =
      `<ca:civicAddress xml:lang="${view.language}"><ca:country>CN</ca:country>` +
      `<ca:LOC>${xmlEscape(text ?? '')}</ca:LOC></ca:civicAddress>`;
    method = '<gp:method>Manual</gp:method>';
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10" ' +
    'xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model" xmlns:gml="http://www.opengis.net/gml" ' +
    'xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr" ' +
    `entity="pres:${xmlEscape(idPart(view.reference))}@${xmlEscape(agency)}">` +
    `<dm:device id="reporter"><gp:geopriv><gp:location-info>${info}</gp:location-info>` +
    `<gp:usage-rules/>${method}</gp:geopriv><dm:timestamp>${xmlEscape(view.updatedAt)}</dm:timestamp></dm:device>` +
    '</presence>'
  );
}

function round7(n: number): string {
  return String(Math.round(n * 1e7) / 1e7);
}
