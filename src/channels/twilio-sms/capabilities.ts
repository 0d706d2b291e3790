import { SMS_SEGMENT } from '../../core/segments.js';
import type { ChannelCapabilities } from '../types.js';

/** SMS over Twilio: the sender is a phone number; Twilio waits 15 s for the TwiML answer (12 s leaves margin). */
export const twilioSmsCapabilities: ChannelCapabilities = {
  label: { en: 'SMS', 'zh-CN': '短信' },
  address: 'phone',
  inline: { kind: 'response', withinMs: 12_000, retries: 0 },
  segment: SMS_SEGMENT,
  carrierKeywords: true,
};
