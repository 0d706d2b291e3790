/**
 * WeChat Official Account message XML: reading a push, writing a passive text reply.
 *
 * Safety: a push is plain XML with no DTD, so any DOCTYPE or ENTITY declaration is refused before the
 * parser sees the body (no XXE, no billion laughs), and the parser runs with entity processing off as a
 * second wall. Tag values are kept as strings: MsgId is a 64-bit integer and exceeds 2^53, so parsing it as
 * a number would merge distinct messages.
 *
 * Every way a body can fail is an XmlRejected (→ 400), never an exception the HTTP layer does not know:
 * characters XML forbids, malformed XML, nesting deeper than a push has, element names the parser refuses
 * (`__proto__`, `constructor`, `prototype`: it throws a plain Error for those), attributes (no push has
 * any), a root other than <xml>, missing or malformed identity fields.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export class XmlRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlRejected';
  }
}

const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;
/** Prefix of attribute keys in the parsed tree. */
const ATTRIBUTE = '@_';

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Read, so that a push carrying any (WeChat's never do) can be refused rather than half-read.
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE,
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
  if (FORBIDDEN_CHAR.test(body)) throw new XmlRejected('body contains characters XML does not allow');
  if (XMLValidator.validate(body) !== true) throw new XmlRejected('body is not well-formed XML');
  let tree: unknown;
  try {
    tree = parser.parse(body);
  } catch (err) {
    throw new XmlRejected(parserRefusal(err));
  }
  if (hasAttribute(tree)) throw new XmlRejected('attributes are not part of a WeChat push');
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

/** What the parser's own refusals mean, in words that do not echo the body. */
function parserRefusal(err: unknown): string {
  const message = err instanceof Error ? err.message : '';
  if (/nested tags/i.test(message)) return 'elements are nested deeper than a WeChat push';
  if (/reserved|prototype/i.test(message)) return 'element names such as __proto__ or constructor are not accepted';
  return 'body is not well-formed XML';
}

/** MsgId is a 64-bit integer (WeChat: "消息id，64位整型"), written in decimal: at most 20 digits. */
const MSG_ID = /^\d{1,20}$/;

/**
 * The provider message id used for dedupe: MsgId as the exact string WeChat sent; events carry no MsgId,
 * so an event is identified by its sender and CreateTime (WeChat's own advice for event retries).
 */
export function providerMessageIdOf(push: Push): string {
  if (push.msgType === 'event') return `event:${push.fromUserName}:${push.createTime}`;
  const id = push.fields.MsgId ?? '';
  if (!MSG_ID.test(id)) throw new XmlRejected('MsgId is missing or not a 64-bit number');
  return id;
}

/** Text for a CDATA section: "]]>" cannot appear inside one, so it is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(NOT_XML, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** Characters XML 1.0 forbids even inside CDATA (C0 controls other than tab/LF/CR, lone surrogates). */
const NOT_XML_SOURCE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    .source;
/** For removing them from replies. */
const NOT_XML = new RegExp(NOT_XML_SOURCE, 'g');
/** For refusing a push that contains one (no `g`: `test` must not keep state between calls). */
const FORBIDDEN_CHAR = new RegExp(NOT_XML_SOURCE);

/** A passive text reply: the answer to the push, sent as the HTTP response body. */
export function passiveTextReply(r: { to: string; from: string; createTime: number; content: string }): string {
  return (
    `<xml><ToUserName>${cdata(r.to)}</ToUserName><FromUserName>${cdata(r.from)}</FromUserName>` +
    `<CreateTime>${Math.floor(r.createTime)}</CreateTime><MsgType>${cdata('text')}</MsgType>` +
    `<Content>${cdata(r.content)}</Content></xml>`
  );
}

/** Whether any element of the parsed tree (at most `maxNestedTags` deep) has an attribute. */
function hasAttribute(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasAttribute);
  if (!isRecord(node)) return false;
  return Object.entries(node).some(([key, value]) => key.startsWith(ATTRIBUTE) || hasAttribute(value));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
