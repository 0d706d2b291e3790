import type { ChannelCapabilities } from '../types.js';

/** The WeChat bot: a push channel (every reply is said), contacts are opaque ids; WeChat texts are long. */
export const wechatyCapabilities: ChannelCapabilities = {
  label: { en: 'WeChat', 'zh-CN': '微信' },
  address: 'opaque',
  inline: { kind: 'none' },
  segment: { kind: 'chars', max: 2000 },
  carrierKeywords: false,
};
