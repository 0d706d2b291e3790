/**
 * One inbound message shape for every channel, and what the core hands back to channels.
 * Adapters translate provider payloads into InboundMessage; the core never sees req, TwiML, XML or SDK objects.
 */
import type { GeoPoint, Lang } from './incident.js';

/**
 * Channel ids, as stored on reporters and incidents and shown to dispatch (`channel`). Open: each channel
 * declares its own id and capabilities in src/channels/<name>/ and the registry lists them.
 */
export type ChannelId = string;

export interface MediaRef {
  url: string;
  contentType: string;
}

export interface SharedLocation extends GeoPoint {
  /** A label the channel gave with the coordinates (WeChat's Label, a map pin's name). */
  label?: string;
}

export interface InboundMessage {
  channel: ChannelId;
  /** The provider's id for this message (MessageSid, MsgId, ...); unique per channel. */
  providerMessageId: string;
  /** The reporter's address on that channel (E.164 phone, openid, web reporter id). */
  sender: string;
  text: string;
  location?: SharedLocation;
  media?: MediaRef[];
  /** A reporter-chosen language (web form); otherwise detected from the text. */
  language?: Lang;
  /** A callback number the reporter typed (web form), raw. */
  contact?: string;
  receivedAt: Date;
}

export type OutboundKind = 'reply' | 'nudge' | 'status' | 'dispatcher' | 'notice';

export interface OutboundMessage {
  channel: ChannelId;
  to: string;
  text: string;
  kind: OutboundKind;
  incidentId: string;
  /** Earlier attempts at this message (0 on the first): a retry after a timeout checks it was not sent. */
  attempt?: number;
}
