/**
 * Every channel the gateway knows, as an explicit list (no import side effects). Adding a channel:
 * its folder under src/channels/, its test, and one line here.
 */
import type { ChannelAdapter } from './types.js';
import { twilioSmsChannel } from './twilio-sms/adapter.js';
import { webChannel } from './web/adapter.js';
import { wechatyChannel } from './wechaty/adapter.js';
import { wechatOaChannel } from './wechat-oa/adapter.js';

export const channels: readonly ChannelAdapter[] = [webChannel, twilioSmsChannel, wechatyChannel, wechatOaChannel];
