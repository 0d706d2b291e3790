/**
 * The few texts the WeChat Official Account channel says itself (everything else comes from the core's
 * flow). Each exists in zh-CN and en and fits one SMS segment (70 characters with Chinese, 160 without);
 * a test checks it. Keep them plain: the reader may be in danger.
 */
import type { Lang } from '../../core/incident.js';

export interface ChannelTexts {
  /** Sent when someone follows the account: how to report. */
  welcome: string;
  /** Sent for message types the gateway cannot read (video, link, file...). */
  unsupported: string;
  /** Sent when a message could not be stored or processed: never let silence read as "received". */
  failed: string;
}

export const texts: Record<Lang, ChannelTexts> = {
  'zh-CN': {
    welcome: '这里是110文字报警。请直接写下发生了什么、在哪里，也可以发送位置。能安全通话请拨打110。',
    unsupported: '这里只能接收文字、语音和位置。请用文字写下发生了什么、在哪里，或发送位置。',
    failed: '系统故障，您的报警未能保存。请立即拨打110，或稍后重新发送。',
  },
  en: {
    welcome:
      'This is 110 text reporting. Write what is happening and where, or send your location. If you can talk safely, call 110.',
    unsupported:
      'We can only read text, voice and locations here. Please type what is happening and where, or send your location.',
    failed: 'System fault: your report was not saved. Please call 110 now, or send it again later.',
  },
};

/** One text in both languages, the default language first (the reporter's language is not known yet). */
export function bilingual(key: keyof ChannelTexts, first: Lang): string[] {
  const second: Lang = first === 'en' ? 'zh-CN' : 'en';
  return [texts[first][key], texts[second][key]];
}
