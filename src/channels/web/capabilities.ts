import type { ChannelCapabilities } from '../types.js';

/** The web form and JSON API: answered synchronously, and the reporter's own page shows every message. */
export const webCapabilities: ChannelCapabilities = {
  label: { en: 'web form', 'zh-CN': '网页' },
  address: 'page',
  inline: { kind: 'page' },
  segment: null,
  carrierKeywords: false,
};
