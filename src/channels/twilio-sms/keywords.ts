/**
 * SMS keywords and the channel's own texts, as data. Edit freely; tests/channels/twilio-sms/keywords.test.ts
 * checks that every text exists in zh-CN and en and fits one SMS segment.
 *
 * A keyword is only ever the WHOLE message (trimmed, any case): "STOP" is a keyword, "STOP HE HAS A
 * KNIFE" is a report. That is also how Twilio matches them.
 *
 * - Opt-out: Twilio's default opt-out words (STOP STOPALL UNSUBSCRIBE CANCEL END QUIT) and the Chinese
 *   carrier conventions 退订 / TD / T. The reporter is marked opted out; reminders (nudges) stop. Twilio
 *   itself blocks every later text to the number (error 21610) after an English opt-out word, until START.
 * - Opt-in: START and UNSTOP are handled here; YES (also Twilio's) is a common answer to a question, so
 *   it clears the flag AND goes to the question flow like any other message.
 * - Help: HELP, INFO and 帮助 go to the question flow (a text saying "help" to the police may be someone
 *   in danger: it is stored, opens or continues the report, and the flow explains and asks its next
 *   question); the SMS channel adds its own HELP text below, which says that 110 can be called and how
 *   STOP / START work.
 */
import type { Lang } from '../../core/incident.js';

export type KeywordKind = 'opt_out' | 'opt_in' | 'opt_in_answer' | 'help';

const KEYWORDS: Record<KeywordKind, { words: readonly string[]; lang: Lang }[]> = {
  opt_out: [
    { words: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'], lang: 'en' },
    { words: ['退订', 'TD', 'T'], lang: 'zh-CN' },
  ],
  opt_in: [{ words: ['START', 'UNSTOP'], lang: 'en' }],
  opt_in_answer: [{ words: ['YES'], lang: 'en' }],
  help: [
    { words: ['HELP', 'INFO'], lang: 'en' },
    { words: ['帮助'], lang: 'zh-CN' },
  ],
};

export interface Keyword {
  kind: KeywordKind;
  /** The keyword as written in the table above. */
  word: string;
  /** The language the keyword is written in: the reply language when nothing better is known. */
  lang: Lang;
}

/** The keyword this message is, or null. Only the whole message counts (trimmed, case-insensitive). */
export function matchKeyword(text: string): Keyword | null {
  const whole = text.trim().toUpperCase();
  if (whole === '') return null;
  for (const kind of Object.keys(KEYWORDS) as KeywordKind[]) {
    for (const group of KEYWORDS[kind]) {
      const word = group.words.find((w) => w === whole);
      if (word) return { kind, word, lang: group.lang };
    }
  }
  return null;
}

/** {agency} is AGENCY_NAME. 110 is the number to call, whatever the agency is called. */
export const SMS_TEXTS = {
  help: {
    'zh-CN': '{agency}短信报警：说清发生了什么、在哪里，我们逐个提问。能说话请拨打110。回T退订',
    en: '{agency} text service: text what is happening and where, and answer our questions one at a time. If you can talk, call 110. Reply STOP to opt out.',
  },
  optedOut: {
    'zh-CN': '已退订，{agency}不再发提醒短信。仍可发短信报警，紧急请拨打110。回START恢复',
    en: 'You opted out of texts from {agency}: we may not be able to answer you. Reply START to get our texts again. In danger? Call 110.',
  },
  optedIn: {
    'zh-CN': '已恢复接收{agency}的短信。报警请说发生了什么、在哪里。',
    en: 'You will get texts from {agency} again. To report, text what is happening and where.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type SmsTextId = keyof typeof SMS_TEXTS;

export function smsText(id: SmsTextId, lang: Lang, agency: string): string {
  return SMS_TEXTS[id][lang].replace(/\{agency\}/g, agency);
}
