/**
 * A structural CAP 1.2 check standing in for the OASIS XSD (no XSD validator is installed): element names,
 * order (xs:sequence), cardinality (minOccurs / maxOccurs), enumerations and the dateTime pattern, from the
 * CAP 1.2 specification (OASIS Standard, 1 July 2010) and its schema. Returns a list of errors (empty = valid).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const CAP_NS = 'urn:oasis:names:tc:emergency:cap:1.2';

/** xs:dateTime restricted by CAP: no fractional seconds, explicit ±hh:mm offset, never "Z". */
export const CAP_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[-+]\d{2}:\d{2}$/;

type Check = { kind: 'enum'; values: readonly string[] } | { kind: 'dateTime' } | { kind: 'token' } | { kind: 'text' };

interface Slot {
  name: string;
  min: number;
  max: number;
  check?: Check;
  children?: readonly Slot[];
}

const ENUM = (values: readonly string[]): Check => ({ kind: 'enum', values });
const INF = Number.POSITIVE_INFINITY;
const VALUE_PAIR: readonly Slot[] = [
  { name: 'valueName', min: 1, max: 1 },
  { name: 'value', min: 1, max: 1 },
];

export const RESOURCE: readonly Slot[] = [
  { name: 'resourceDesc', min: 1, max: 1 },
  { name: 'mimeType', min: 1, max: 1 },
  { name: 'size', min: 0, max: 1 },
  { name: 'uri', min: 0, max: 1 },
  { name: 'derefUri', min: 0, max: 1 },
  { name: 'digest', min: 0, max: 1 },
];

export const AREA: readonly Slot[] = [
  { name: 'areaDesc', min: 1, max: 1 },
  { name: 'polygon', min: 0, max: INF },
  { name: 'circle', min: 0, max: INF },
  { name: 'geocode', min: 0, max: INF, children: VALUE_PAIR },
  { name: 'altitude', min: 0, max: 1 },
  { name: 'ceiling', min: 0, max: 1 },
];

export const INFO: readonly Slot[] = [
  { name: 'language', min: 0, max: 1 },
  {
    name: 'category',
    min: 1,
    max: INF,
    check: ENUM([
      'Geo',
      'Met',
      'Safety',
      'Security',
      'Rescue',
      'Fire',
      'Health',
      'Env',
      'Transport',
      'Infra',
      'CBRNE',
      'Other',
    ]),
  },
  { name: 'event', min: 1, max: 1 },
  {
    name: 'responseType',
    min: 0,
    max: INF,
    check: ENUM(['Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None']),
  },
  { name: 'urgency', min: 1, max: 1, check: ENUM(['Immediate', 'Expected', 'Future', 'Past', 'Unknown']) },
  { name: 'severity', min: 1, max: 1, check: ENUM(['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown']) },
  { name: 'certainty', min: 1, max: 1, check: ENUM(['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown']) },
  { name: 'audience', min: 0, max: 1 },
  { name: 'eventCode', min: 0, max: INF, children: VALUE_PAIR },
  { name: 'effective', min: 0, max: 1, check: { kind: 'dateTime' } },
  { name: 'onset', min: 0, max: 1, check: { kind: 'dateTime' } },
  { name: 'expires', min: 0, max: 1, check: { kind: 'dateTime' } },
  { name: 'senderName', min: 0, max: 1 },
  { name: 'headline', min: 0, max: 1 },
  { name: 'description', min: 0, max: 1 },
  { name: 'instruction', min: 0, max: 1 },
  { name: 'web', min: 0, max: 1 },
  { name: 'contact', min: 0, max: 1 },
  { name: 'parameter', min: 0, max: INF, children: VALUE_PAIR },
  { name: 'resource', min: 0, max: INF, children: RESOURCE },
  { name: 'area', min: 0, max: INF, children: AREA },
];

export const ALERT: readonly Slot[] = [
  { name: 'identifier', min: 1, max: 1, check: { kind: 'token' } },
  { name: 'sender', min: 1, max: 1, check: { kind: 'token' } },
  { name: 'sent', min: 1, max: 1, check: { kind: 'dateTime' } },
  { name: 'status', min: 1, max: 1, check: ENUM(['Actual', 'Exercise', 'System', 'Test', 'Draft']) },
  { name: 'msgType', min: 1, max: 1, check: ENUM(['Alert', 'Update', 'Cancel', 'Ack', 'Error']) },
  { name: 'source', min: 0, max: 1 },
  { name: 'scope', min: 1, max: 1, check: ENUM(['Public', 'Restricted', 'Private']) },
  { name: 'restriction', min: 0, max: 1 },
  { name: 'addresses', min: 0, max: 1 },
  { name: 'code', min: 0, max: INF },
  { name: 'note', min: 0, max: 1 },
  { name: 'references', min: 0, max: 1 },
  { name: 'incidents', min: 0, max: 1 },
  { name: 'info', min: 0, max: INF, children: INFO },
];

/** fast-xml-parser `preserveOrder` node: `{ [tag]: children[], ':@'?: attributes }` or `{ '#text': string }`. */
export type OrderedNode = Record<string, unknown>;

export const orderedParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
});

export function tagOf(node: OrderedNode): string | null {
  const key = Object.keys(node).find((k) => k !== ':@');
  return key === undefined || key === '#text' ? null : key;
}

export function childrenOf(node: OrderedNode): OrderedNode[] {
  const tag = tagOf(node);
  return tag === null ? [] : ((node[tag] as OrderedNode[] | undefined) ?? []);
}

export function textOf(node: OrderedNode): string {
  return childrenOf(node)
    .map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
    .join('');
}

function checkSequence(path: string, nodes: OrderedNode[], slots: readonly Slot[], errors: string[]): void {
  const elements = nodes.filter((n) => tagOf(n) !== null);
  const stray = nodes.filter((n) => tagOf(n) === null && typeof n['#text'] === 'string' && n['#text'].trim() !== '');
  if (stray.length > 0) errors.push(`${path}: unexpected text content in a complex element`);
  let i = 0;
  for (const slot of slots) {
    let count = 0;
    while (i < elements.length && tagOf(elements[i]!) === slot.name) {
      const el = elements[i]!;
      checkElement(`${path}/${slot.name}[${count}]`, el, slot, errors);
      count++;
      i++;
    }
    if (count < slot.min) errors.push(`${path}: missing required <${slot.name}>`);
    if (count > slot.max) errors.push(`${path}: <${slot.name}> occurs ${count} times (max ${slot.max})`);
  }
  if (i < elements.length) {
    errors.push(`${path}: unexpected or out-of-order <${tagOf(elements[i]!)}>`);
  }
}

function checkElement(path: string, el: OrderedNode, slot: Slot, errors: string[]): void {
  if (slot.children) {
    checkSequence(path, childrenOf(el), slot.children, errors);
    return;
  }
  if (childrenOf(el).some((c) => tagOf(c) !== null)) {
    errors.push(`${path}: simple element has child elements`);
    return;
  }
  const text = textOf(el);
  const check = slot.check ?? { kind: 'text' };
  switch (check.kind) {
    case 'enum':
      if (!check.values.includes(text)) errors.push(`${path}: "${text}" not in ${check.values.join('|')}`);
      break;
    case 'dateTime':
      if (!CAP_DATETIME.test(text) || Number.isNaN(Date.parse(text)))
        errors.push(`${path}: bad CAP dateTime "${text}"`);
      break;
    case 'token':
      // CAP 1.2: identifier and sender MUST NOT include spaces, commas or restricted characters (< and &).
      if (text === '' || /[\s,<&]/.test(text)) errors.push(`${path}: "${text}" has spaces, commas, < or &`);
      break;
    case 'text':
      break;
  }
}

/** All errors against CAP 1.2 structure; also semantic rules the XSD cannot express. */
export function checkCap(xml: string): string[] {
  const errors: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed: ${JSON.stringify(wellFormed.err)}`];
  const doc = orderedParser.parse(xml) as OrderedNode[];
  const roots = doc.filter((n) => tagOf(n) !== null && tagOf(n) !== '?xml');
  if (roots.length !== 1 || tagOf(roots[0]!) !== 'alert') return ['root element must be a single <alert>'];
  const alert = roots[0]!;
  const attrs = (alert[':@'] ?? {}) as Record<string, string>;
  if (attrs['@_xmlns'] !== CAP_NS) errors.push(`alert: namespace must be ${CAP_NS}`);
  checkSequence('alert', childrenOf(alert), ALERT, errors);

  const kids = childrenOf(alert);
  const get = (name: string): string | null => {
    const n = kids.find((k) => tagOf(k) === name);
    return n ? textOf(n) : null;
  };
  const scope = get('scope');
  if (scope === 'Restricted' && get('restriction') === null) errors.push('alert: Restricted scope needs <restriction>');
  if (scope === 'Private' && get('addresses') === null) errors.push('alert: Private scope needs <addresses>');
  const msgType = get('msgType');
  const refs = get('references');
  if ((msgType === 'Update' || msgType === 'Cancel') && refs === null)
    errors.push(`alert: ${msgType} needs <references>`);
  if (refs !== null) {
    for (const triplet of refs.trim().split(/\s+/)) {
      const parts = triplet.split(',');
      if (parts.length !== 3 || !CAP_DATETIME.test(parts[2] ?? '')) errors.push(`alert: bad reference "${triplet}"`);
    }
  }
  for (const info of kids.filter((k) => tagOf(k) === 'info')) {
    for (const area of childrenOf(info).filter((k) => tagOf(k) === 'area')) {
      for (const circle of childrenOf(area).filter((k) => tagOf(k) === 'circle')) {
        const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(textOf(circle));
        if (!m || Math.abs(Number(m[1])) > 90 || Math.abs(Number(m[2])) > 180) {
          errors.push(`area: bad circle "${textOf(circle)}"`);
        }
      }
    }
  }
  return errors;
}
