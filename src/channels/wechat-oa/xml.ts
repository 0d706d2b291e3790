/**
 * WeChat Official Account message XML: reading a push, writing a passive text reply.
 *
 * Safety: a push is plain XML with no DTD, so any DOCTYPE or ENTITY declaration is refused before the
 * parser sees the body (no XXE, no billion laughs), and the parser runs with entity processing off as a
 * second wall. Tag values are kept as strings: MsgId is a 64-bit integer and exceeds 2^53, so parsing it as
 * a number would merge distinct messages.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export class XmlRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlRejected';
  }
}

const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  maxNestedTags: 8,
});

/** Parsed fields common to every push; the rest depend on MsgType. */
export interface Push {
  toUserName: string;
  fromUserName: string;
  createTime: string;
  msgType: string;
  /** Every other leaf field by tag name (Content, MsgId, Location_X, Event, ...), as strings. */
  fields: Readonly<Record<string, string>>;
}

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;
const CREATE_TIME = /^\d{1,12}$/;
const MSG_TYPE = /^[a-z_]{1,32}$/i;

/** Reads a push body. Throws XmlRejected (→ 400) for declarations, malformed XML or missing fields. */
export function parsePush(body: string): Push {
  if (DECLARATION.test(body)) throw new XmlRejected('DOCTYPE and ENTITY declarations are not accepted');
  if (XMLValidator.validate(body) !== true) throw new XmlRejected('body is not well-formed XML');
  const tree: unknown = parser.parse(body);
  const root = isRecord(tree) ? tree.xml : undefined;
  if (!isRecord(root)) throw new XmlRejected('expected an <xml> root element');
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(root)) {
    // Repeated or nested tags are not part of any message type the gateway reads: left out.
    if (typeof value === 'string') fields[key] = value;
  }
  const toUserName = fields.ToUserName ?? '';
  const fromUserName = fields.FromUserName ?? '';
  const createTime = fields.CreateTime ?? '';
  const msgType = fields.MsgType ?? '';
  if (!OPENID.test(toUserName)) throw new XmlRejected('ToUserName is missing or invalid');
  if (!OPENID.test(fromUserName)) throw new XmlRejected('FromUserName is missing or invalid');
  if (!CREATE_TIME.test(createTime)) throw new XmlRejected('CreateTime is missing or invalid');
  if (!MSG_TYPE.test(msgType)) throw new XmlRejected('MsgType is missing or invalid');
  return { toUserName, fromUserName, createTime, msgType: msgType.toLowerCase(), fields };
}

const MSG_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The provider message id used for dedupe: MsgId as the exact string WeChat sent; events carry no MsgId,
 * so an event is identified by its sender and CreateTime (WeChat's own advice for event retries).
 */
export function providerMessageIdOf(push: Push): string {
  if (push.msgType === 'event') return `event:${push.fromUserName}:${push.createTime}`;
  const id = push.fields.MsgId ?? '';
  if (!MSG_ID.test(id)) throw new XmlRejected('MsgId is missing or invalid');
  return id;
}

/** Text for a CDATA section: "]]>" cannot appear inside one, so it is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(NOT_XML, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** Characters XML 1.0 forbids even inside CDATA (C0 controls other than tab/LF/CR, lone surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A passive text reply: the answer to the push, sent as the HTTP response body. */
export function passiveTextReply(r: { to: string; from: string; createTime: number; content: string }): string {
  return (
    `<xml><ToUserName>${cdata(r.to)}</ToUserName><FromUserName>${cdata(r.from)}</FromUserName>` +
    `<CreateTime>${Math.floor(r.createTime)}</CreateTime><MsgType>${cdata('text')}</MsgType>` +
    `<Content>${cdata(r.content)}</Content></xml>`
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
