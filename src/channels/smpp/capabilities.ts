import { SMS_SEGMENT } from '../../core/segments.js';
import type { ChannelCapabilities } from '../types.js';

/**
 * Carrier SMS over SMPP: the sender is a phone number; a push channel (the SMSC waits only for our
 * deliver_sm_resp, which carries no text), so every reply goes out as submit_sm through the outbound worker.
 */
export const smppCapabilities: ChannelCapabilities = {
  label: { en: 'carrier SMS', 'zh-CN': '运营商短信' },
  address: 'phone',
  inline: { kind: 'none' },
  segment: SMS_SEGMENT,
  carrierKeywords: true,
};
