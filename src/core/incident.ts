/**
 * The one incident shape shared by every channel (see ../shared/design/INCIDENT.md).
 * Pure data types and constants: no I/O here.
 */

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Element keys, the "全要素" a report collects. */
export const ELEMENT_KEYS = [
  'what',
  'location',
  'in_progress',
  'safety',
  'injuries',
  'weapons',
  'suspects',
  'vehicles',
  'time',
  'loss',
  'person',
  'last_seen',
  'callback',
  'name',
  'relation',
] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];

export const CATEGORIES = [
  'violence',
  'domestic_violence',
  'sexual_assault',
  'kidnapping',
  'robbery',
  'burglary',
  'theft',
  'fraud',
  'traffic',
  'missing_person',
  'self_harm',
  'threat',
  'disorder',
  'fire',
  'medical',
  'rescue',
  'suspicious',
  'other_police',
  'non_police',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'divert'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Where the incident goes: the police (110), with advice to also call 119/120, or the 12345 city hotline. */
export const ROUTES = ['110', '110+119', '110+120', '12345'] as const;
export type Route = (typeof ROUTES)[number];

export const STATUSES = [
  'collecting',
  'ready',
  'acknowledged',
  'dispatched',
  'on_scene',
  'resolved',
  'cancelled',
  'diverted',
  'inactive',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that dispatch may set through the dispatch API. */
export const DISPATCH_STATUSES = ['acknowledged', 'dispatched', 'on_scene', 'resolved', 'cancelled'] as const;
export type DispatchStatus = (typeof DISPATCH_STATUSES)[number];

/** Why a triage or flow decision was taken: the rule and the text that matched it, kept for the audit. */
export interface Reason {
  rule: string;
  matched: string;
  /** What the rule decided, e.g. "category=violence", "priority=P1", "covert". */
  effect: string;
}

/** Coordinate datum: WeChat sends GCJ-02, browsers and phones WGS 84. */
export type Datum = 'WGS84' | 'GCJ02';

export interface GeoPoint {
  lat: number;
  lon: number;
  datum: Datum;
  accuracyM?: number;
}

/** How an element got its value. */
export type ElementSource = 'extracted' | 'answer' | 'unknown' | 'declined' | 'channel';

export interface ElementValue {
  /** The value in the reporter's own words (or normalised, e.g. E.164 for callback). "unknown" when not known. */
  value: string;
  source: ElementSource;
}

export const UNKNOWN = 'unknown';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
