/**
 * Every channel the gateway knows, as an explicit list (no import side effects). Adding a channel:
 * its folder under src/channels/, its test, and one line here. Everything outside a channel's folder asks
 * the registry what a channel is (capabilities), never compares channel ids.
 */
import type { Lang } from '../core/incident.js';
import type { ChannelId } from '../core/message.js';
import type { ChannelAdapter, ChannelCapabilities } from './types.js';
import { twilioSmsChannel } from './twilio-sms/adapter.js';
import { webChannel } from './web/adapter.js';
import { wechatyChannel } from './wechaty/adapter.js';
import { wechatOaChannel } from './wechat-oa/adapter.js';
import { smppChannel } from './smpp/adapter.js';

export const channels: readonly ChannelAdapter[] = [
  webChannel,
  twilioSmsChannel,
  wechatyChannel,
  wechatOaChannel,
  smppChannel,
];

/** Capabilities of a channel id no adapter declares (an id left in the database by a removed channel). */
const UNKNOWN: ChannelCapabilities = {
  label: { en: 'unknown channel', 'zh-CN': '未知渠道' },
  address: 'opaque',
  inline: { kind: 'none' },
  segment: null,
  carrierKeywords: false,
};

/** What a channel is; `among` defaults to the registry (tests pass the adapters their gateway runs). */
export function capabilitiesOf(id: ChannelId, among: readonly ChannelAdapter[] = channels): ChannelCapabilities {
  return among.find((c) => c.id === id)?.capabilities ?? channels.find((c) => c.id === id)?.capabilities ?? UNKNOWN;
}

/** Every channel id the registry knows (the dispatch API's `channel` filter accepts these). */
export function channelIds(): readonly ChannelId[] {
  return channels.map((c) => c.id);
}

/** Whether the reporter's address on this channel is a phone number (callback number, tel: URI). */
export function addressIsPhone(id: ChannelId): boolean {
  return capabilitiesOf(id).address === 'phone';
}

/** Whether replies are shown on the reporter's page: nothing is pushed, out-of-band messages count as sent. */
export function repliesOnPage(id: ChannelId): boolean {
  return capabilitiesOf(id).inline.kind === 'page';
}

export function channelLabel(id: ChannelId, lang: Lang): string {
  const caps = channels.find((c) => c.id === id)?.capabilities;
  return caps ? caps.label[lang] : id;
}
