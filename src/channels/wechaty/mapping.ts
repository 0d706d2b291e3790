/**
 * Wechaty message -> InboundMessage. Pure apart from the one puppet call a location needs, which the
 * caller passes in: `message.toLocation()` throws in wechaty 1.20.2, so the adapter asks the puppet
 * (`bot.puppet.messageLocation(id)`) directly.
 */
import { sanitizeText } from '../../core/text.js';
import type { types } from 'wechaty';
import type { InboundMessage, MediaRef, SharedLocation } from '../../core/message.js';

/**
 * wechaty-puppet's message types (`types.Message`), the ones this channel tells apart. Copied as numbers so
 * that loading the gateway does not load Wechaty (about 0.7 s) when the channel is off; a test checks
 * them against Wechaty's own enum.
 */
export const MessageType = {
  Unknown: 0,
  Attachment: 1,
  Audio: 2,
  Emoticon: 5,
  Image: 6,
  Text: 7,
  Location: 8,
  Video: 15,
} as const satisfies Partial<Record<keyof typeof types.Message, types.Message>>;

/** What the mapping needs of a Wechaty message (a structural subset, so tests can build one). */
export interface WechatyMessageLike {
  id: string;
  type(): number;
  text(): string;
}

/** The puppet's location payload (wechaty-puppet `payloads.Location`). */
export interface PuppetLocation {
  latitude: number;
  longitude: number;
  accuracy?: number;
  name?: string;
  address?: string;
}

const MAX_LABEL = 200;

/**
 * Media we reference but never download: the id lets a call-taker fetch it from the bot later
 * (`wechaty:message/<id>`). The exact image format is unknown without downloading, hence `image/*`.
 */
const MEDIA_TYPES: ReadonlyMap<number, string> = new Map([
  [MessageType.Image, 'image/*'],
  [MessageType.Emoticon, 'image/*'],
  [MessageType.Video, 'video/*'],
  [MessageType.Audio, 'audio/*'],
  [MessageType.Attachment, 'application/octet-stream'],
]);

export function mediaRef(messageId: string, type: number): MediaRef | null {
  const contentType = MEDIA_TYPES.get(type);
  return contentType ? { url: `wechaty:message/${messageId}`, contentType } : null;
}

/**
 * WeChat shares GCJ-02 coordinates; they are kept exactly as received (dispatch exports convert them).
 * A point that is not a finite in-range pair, or (0, 0) which some puppets send when they have none, is
 * no location at all: the flow then asks for one.
 */
export function sharedLocation(loc: PuppetLocation): SharedLocation | null {
  const { latitude: lat, longitude: lon } = loc;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  if (lat === 0 && lon === 0) return null;
  const name = loc.name?.trim() ?? '';
  const address = loc.address?.trim() ?? '';
  const label = (name && address && name !== address ? `${name} ${address}` : name || address).slice(0, MAX_LABEL);
  return {
    lat,
    lon,
    datum: 'GCJ02',
    ...(loc.accuracy !== undefined && Number.isFinite(loc.accuracy) && loc.accuracy > 0
      ? { accuracyM: loc.accuracy }
      : {}),
    ...(label ? { label } : {}),
  };
}

/**
 * One direct message as the core's InboundMessage. Text is kept as typed; a location or a media message
 * carries no text of its own (puppets put XML or file names there); any other type (a contact card, a
 * link, a transfer, a type this version does not know) is stored with empty text, so the core still
 * answers and nothing the reporter sent goes unseen.
 */
export async function toInboundMessage(
  message: WechatyMessageLike,
  sender: string,
  receivedAt: Date,
  /** The puppet's location for a message, or null when the puppet could not give one. */
  locate: (messageId: string) => Promise<PuppetLocation | null>,
): Promise<InboundMessage> {
  const base: InboundMessage = {
    channel: 'wechat',
    providerMessageId: message.id,
    sender,
    text: '',
    receivedAt,
  };
  const type = message.type();
  // WeChat already accepted this text: control characters are dropped rather than the report.
  if (type === MessageType.Text) return { ...base, text: sanitizeText(message.text()) };
  if (type === MessageType.Location) {
    const shared = await locate(message.id);
    const location = shared ? sharedLocation(shared) : null;
    return location ? { ...base, location } : base;
  }
  const media = mediaRef(message.id, type);
  return media ? { ...base, media: [media] } : base;
}

/** The page that renders a login QR code for scanning (Wechaty's own QR service). */
export function qrCodeUrl(qrcode: string): string {
  return `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`;
}

/** A contact id as logs may show it: enough to tell reporters apart, not enough to find them. */
export function maskId(id: string): string {
  return id.length <= 4 ? '***' : `***${id.slice(-4)}`;
}
