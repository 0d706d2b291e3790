/**
 * The one renderer that fits a reply to a channel's segment limit (3GPP TS 23.038 / 23.040 for SMS):
 * every reply a channel carries passes through `fitToSegment`, so no adapter cuts text on its own.
 *
 * - GSM-7 when every character is in the GSM 03.38 basic set or its extension table; extension characters
 *   (^ { } \ [ ~ ] | €, form feed) take two septets. 160 septets in one segment, 153 per part when split.
 * - Otherwise UCS-2 (any Chinese character, curly quote, emoji...): 70 UTF-16 units in one segment, 67 per
 *   part; a character outside the BMP takes two units and is never split across parts.
 * - Channels without SMS encodings (WeChat) have a plain character limit.
 *
 * A reply longer than one segment is not truncated (nothing a dispatcher wrote is lost): it is split into
 * several replies, each one segment, at a sentence or word boundary where there is one.
 */

export type SegmentLimit =
  /** SMS: units per single segment in each encoding. */
  | { kind: 'sms'; gsm7: number; ucs2: number }
  /** Any other channel: characters (code points) per message. */
  | { kind: 'chars'; max: number };

export const SMS_SEGMENT: SegmentLimit = { kind: 'sms', gsm7: 160, ucs2: 70 };

const GSM7_BASIC = new Set([
  ...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
]);
const GSM7_EXTENSION = new Set([...'^{}\\[~]|€\f']);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function smsEncoding(text: string): SmsEncoding {
  for (const ch of text) if (!GSM7_BASIC.has(ch) && !GSM7_EXTENSION.has(ch)) return 'UCS-2';
  return 'GSM-7';
}

/** Whether a character is in the GSM 03.38 extension table (two septets). */
export function isGsm7Extension(ch: string): boolean {
  return GSM7_EXTENSION.has(ch);
}

function unitsOf(ch: string, encoding: SmsEncoding): number {
  return encoding === 'GSM-7' ? (GSM7_EXTENSION.has(ch) ? 2 : 1) : ch.length;
}

export function countSegments(text: string): SegmentCount {
  const encoding = smsEncoding(text);
  const [single, part] = encoding === 'GSM-7' ? [160, 153] : [70, 67];
  const sizes = [...text].map((ch) => unitsOf(ch, encoding));
  const units = sizes.reduce((a, b) => a + b, 0);
  if (units <= single) return { encoding, units, segments: units === 0 ? 0 : 1 };
  // Fill parts character by character so an escape pair or a surrogate pair stays in one part.
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, units, segments };
}

export function isOneSegment(text: string): boolean {
  return countSegments(text).segments <= 1;
}

/** Whether `text` fits one message of the limit. */
export function fitsSegment(text: string, limit: SegmentLimit): boolean {
  if (limit.kind === 'chars') return [...text].length <= limit.max;
  const c = countSegments(text);
  return c.units <= (c.encoding === 'GSM-7' ? limit.gsm7 : limit.ucs2);
}

/**
 * The reply as one or more texts that each fit one segment of the channel (null: no limit). Splits at the
 * last sentence end, line break or space that leaves the part non-trivial; hard-splits a text without any.
 */
export function fitToSegment(text: string, limit: SegmentLimit | null): string[] {
  if (limit === null || fitsSegment(text, limit)) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > 0 && !fitsSegment(rest, limit)) {
    const chars = [...rest];
    // The longest prefix that fits (the encoding of the whole text decides the unit size).
    const encoding = limit.kind === 'sms' ? smsEncoding(rest) : null;
    const max = limit.kind === 'chars' ? limit.max : encoding === 'GSM-7' ? limit.gsm7 : limit.ucs2;
    let used = 0;
    let n = 0;
    for (const ch of chars) {
      const size = encoding ? unitsOf(ch, encoding) : 1;
      if (used + size > max) break;
      used += size;
      n += 1;
    }
    const head = chars.slice(0, n).join('');
    const cut = boundary(head);
    const take = cut > head.length / 3 ? head.slice(0, cut) : head;
    parts.push(take.trimEnd());
    rest = rest.slice(take.length).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts.filter((p) => p.length > 0);
}

/** Index just after the last sentence end, line break, or space in `head` (0 when none). */
function boundary(head: string): number {
  for (const marks of [/[。！？.!?]\s*/g, /\n/g, /[，,；;、]\s*/g, / /g]) {
    let last = 0;
    for (const m of head.matchAll(marks)) last = m.index + m[0].length;
    if (last > 0) return last;
  }
  return 0;
}
