/**
 * SMPP 3.4 payloads, decoded and encoded (the `smpp` package parses PDUs; the meaning is here).
 *
 * Inbound deliver_sm:
 * - a delivery receipt when esm_class says "MC delivery receipt" (bits 2-5 = 0001): the receipted message id
 *   (TLV `receipted_message_id`, else the `id:` of the receipt text) and its `stat:` (DELIVRD, UNDELIV...);
 * - otherwise a text: data_coding 0 (GSM 03.38 default alphabet), 1 (IA5), 3 (Latin-1) or 8 (UCS-2), as the
 *   package decodes them; a part of a concatenated message carries its reference, count and number in its UDH
 *   (IEI 0x00: 8-bit reference, IEI 0x08: 16-bit reference) or in the SAR TLVs (sar_msg_ref_num...); a long
 *   text may also come whole in `message_payload`.
 *
 * Outbound submit_sm: GSM-7 (data_coding 0) when every character is in GSM 03.38, else UCS-2 (data_coding 8,
 * any Chinese); one segment when it fits (160 septets / 70 UTF-16 units), else parts of 153 / 67 with an 8-bit
 * concatenation UDH (05 00 03 ref total seq), an escape pair or a surrogate pair never split.
 */
import { isGsm7Extension, smsEncoding } from '../../core/segments.js';

/** esm_class bits 2-5: message type. */
const ESM_TYPE_MASK = 0x3c;
const ESM_DELIVERY_RECEIPT = 0x04;
const ESM_INTERMEDIATE = 0x20;
const ESM_UDHI = 0x40;

/** What the smpp package gives for a decoded short_message / message_payload. */
type DecodedText = string | Buffer | { udh?: Buffer[]; message?: string | Buffer } | undefined;

export interface DeliverSmPdu {
  source_addr?: string;
  source_addr_ton?: number;
  destination_addr?: string;
  esm_class?: number;
  data_coding?: number;
  short_message?: DecodedText;
  message_payload?: DecodedText;
  sar_msg_ref_num?: number;
  sar_total_segments?: number;
  sar_segment_seqnum?: number;
  receipted_message_id?: string;
  message_state?: number;
}

export interface Concatenation {
  /** The sender's reference for the whole message (8- or 16-bit), with its width so 0x01 ≠ 0x0001. */
  ref: string;
  total: number;
  seq: number;
}

export type Inbound =
  | { kind: 'text'; from: string; to: string; text: string; part: Concatenation | null }
  | { kind: 'receipt'; messageId: string; status: ReceiptStatus; stat: string; error: string | null };

/** Delivery statuses as the outbound store records them. */
export type ReceiptStatus = 'sent' | 'delivered' | 'undelivered' | 'failed';

/** SMPP receipt `stat:` values (SMPP 3.4 Appendix B) and message_state numbers. */
const STAT: Readonly<Record<string, ReceiptStatus>> = {
  DELIVRD: 'delivered',
  ACCEPTD: 'sent',
  ENROUTE: 'sent',
  UNDELIV: 'undelivered',
  EXPIRED: 'failed',
  DELETED: 'failed',
  REJECTD: 'failed',
  UNKNOWN: 'sent',
};
const STATE_NAMES = [
  'SCHEDULED',
  'ENROUTE',
  'DELIVRD',
  'EXPIRED',
  'DELETED',
  'UNDELIV',
  'ACCEPTD',
  'UNKNOWN',
  'REJECTD',
];

function textOf(value: DecodedText): { udh: Buffer[]; text: string } {
  if (value === undefined) return { udh: [], text: '' };
  if (typeof value === 'string') return { udh: [], text: value };
  if (Buffer.isBuffer(value)) return { udh: [], text: value.toString('latin1') };
  const message = value.message;
  return {
    udh: value.udh ?? [],
    text: message === undefined ? '' : typeof message === 'string' ? message : message.toString('latin1'),
  };
}

/** The concatenation information element of a UDH, if any (IEI 0x00 8-bit ref, IEI 0x08 16-bit ref). */
export function concatenationOf(udh: readonly Buffer[]): Concatenation | null {
  for (const ie of udh) {
    if (ie[0] === 0x00 && ie[1] === 0x03 && ie.length >= 5) {
      return { ref: `8:${ie[2]}`, total: ie[3]!, seq: ie[4]! };
    }
    if (ie[0] === 0x08 && ie[1] === 0x04 && ie.length >= 6) {
      return { ref: `16:${ie.readUInt16BE(2)}`, total: ie[4]!, seq: ie[5]! };
    }
  }
  return null;
}

/** The sender as stored: `+` and digits for an international number (TON 1), else as the SMSC gave it. */
export function senderOf(addr: string, ton: number | undefined): string {
  const digits = addr.replace(/^\+/, '');
  if ((ton === 1 || addr.startsWith('+')) && /^\d{6,15}$/.test(digits)) return `+${digits}`;
  return addr.trim();
}

export function decodeDeliverSm(pdu: DeliverSmPdu): Inbound {
  const esm = pdu.esm_class ?? 0;
  const type = esm & ESM_TYPE_MASK;
  const body = textOf(pdu.message_payload ?? pdu.short_message);
  if (type === ESM_DELIVERY_RECEIPT || type === ESM_INTERMEDIATE) {
    const idText = /\bid:(\S+)/i.exec(body.text)?.[1];
    const statText = /\bstat:(\w+)/i.exec(body.text)?.[1]?.toUpperCase();
    const errText = /\berr:(\w+)/i.exec(body.text)?.[1];
    const stat =
      statText ?? (pdu.message_state !== undefined ? (STATE_NAMES[pdu.message_state] ?? 'UNKNOWN') : 'UNKNOWN');
    const messageId = (pdu.receipted_message_id ?? idText ?? '').trim();
    return {
      kind: 'receipt',
      messageId,
      stat,
      status: STAT[stat] ?? 'sent',
      error: errText && !/^0+$/.test(errText) ? errText : null,
    };
  }
  let part: Concatenation | null = null;
  if (esm & ESM_UDHI) part = concatenationOf(body.udh);
  if (!part && pdu.sar_msg_ref_num !== undefined && pdu.sar_total_segments && pdu.sar_segment_seqnum) {
    part = { ref: `sar:${pdu.sar_msg_ref_num}`, total: pdu.sar_total_segments, seq: pdu.sar_segment_seqnum };
  }
  if (part && (part.total <= 1 || part.seq < 1 || part.seq > part.total)) part = null;
  return {
    kind: 'text',
    from: senderOf(pdu.source_addr ?? '', pdu.source_addr_ton),
    to: (pdu.destination_addr ?? '').trim(),
    text: body.text,
    part,
  };
}

export interface SubmitPart {
  short_message: Buffer;
  data_coding: number;
  esm_class: number;
}

/** GSM 03.38 default alphabet, position = septet value (0x1B is the escape to the extension table). */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION: Readonly<Record<string, number>> = {
  '\f': 0x0a,
  '^': 0x14,
  '{': 0x28,
  '}': 0x29,
  '\\': 0x2f,
  '[': 0x3c,
  '~': 0x3d,
  ']': 0x3e,
  '|': 0x40,
  '€': 0x65,
};

/** GSM-7 unpacked (one septet per octet, as short_message carries it with data_coding 0). */
export function encodeGsm7(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const ext = GSM_EXTENSION[ch];
    if (ext !== undefined) out.push(0x1b, ext);
    else {
      const i = GSM_BASIC.indexOf(ch);
      out.push(i >= 0 && ch !== '\x1b' ? i : 0x3f); // '?' for anything outside (never chosen for such text)
    }
  }
  return Buffer.from(out);
}

export function encodeUcs2(text: string): Buffer {
  const b = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) b.writeUInt16BE(text.charCodeAt(i), i * 2);
  return b;
}

/** The submit_sm payloads for one reply: one part when it fits a segment, else UDH-concatenated parts. */
export function encodeReply(text: string, ref: number): SubmitPart[] {
  const gsm = smsEncoding(text) === 'GSM-7';
  const [single, perPart] = gsm ? [160, 153] : [70, 67];
  const size = (ch: string) => (gsm ? (isGsm7Extension(ch) ? 2 : 1) : ch.length);
  const encode = (t: string) => (gsm ? encodeGsm7(t) : encodeUcs2(t));
  const dataCoding = gsm ? 0 : 8;
  const chars = [...text];
  if (chars.reduce((n, ch) => n + size(ch), 0) <= single) {
    return [{ short_message: encode(text), data_coding: dataCoding, esm_class: 0 }];
  }
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const ch of chars) {
    if (used + size(ch) > perPart) {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += ch;
    used += size(ch);
  }
  if (current) parts.push(current);
  const total = Math.min(parts.length, 255);
  return parts.slice(0, total).map((p, i) => ({
    short_message: Buffer.concat([Buffer.from([0x05, 0x00, 0x03, ref & 0xff, total, i + 1]), encode(p)]),
    data_coding: dataCoding,
    esm_class: ESM_UDHI,
  }));
}
