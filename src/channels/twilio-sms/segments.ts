/**
 * How many SMS segments a text costs, as the network counts them (3GPP TS 23.038 / 23.040):
 * - GSM-7 when every character is in the GSM 03.38 basic set or its extension table; extension
 *   characters (^ { } \ [ ~ ] | €, form feed) take two septets. 160 septets in one segment, 153 per part
 *   when split (the rest carries the concatenation header); an escape pair is never split across parts.
 * - Otherwise UCS-2 (any Chinese character, curly quote, emoji...): 70 UTF-16 units in one segment, 67
 *   per part; a character outside the BMP takes two units and is never split across parts.
 * Twilio's "smart encoding" is off: what is counted here is what is sent.
 */

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

export function countSegments(text: string): SegmentCount {
  const encoding = smsEncoding(text);
  const [single, part] = encoding === 'GSM-7' ? [160, 153] : [70, 67];
  const sizes = [...text].map((ch) => (encoding === 'GSM-7' ? (GSM7_EXTENSION.has(ch) ? 2 : 1) : ch.length));
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
