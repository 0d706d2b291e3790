import type { ChannelCapabilities } from '../types.js';

/**
 * WeChat Official Account: followers are openids; WeChat waits 5 s for the passive reply (4 s leaves room for
 * the network), later replies go through the customer-service API. A text message carries 2048 bytes.
 */
export const wechatOaCapabilities: ChannelCapabilities = {
  label: { en: 'WeChat Official Account', 'zh-CN': '微信公众号' },
  address: 'opaque',
  inline: { kind: 'response', withinMs: 4000, retries: 3 },
  segment: { kind: 'chars', max: 600 },
  carrierKeywords: false,
};
