/**
 * Carrier keywords as data, for every channel whose capabilities say `carrierKeywords` (SMS over any
 * provider). tests/delivery/keywords.test.ts checks the list and the texts (zh-CN and en, one segment).
 *
 * Precedence: a keyword is only ever the WHOLE message (trimmed, any case), as Twilio matches them: "STOP"
 * is a keyword, "STOP HE HAS A KNIFE" and "stop!" are reports. On an SMS channel a bare "CANCEL" is the carrier's opt-out keyword — the
 * carrier (Twilio, and operators that follow the same list) has already acted on it — so it is recorded as
 * an opt-out and never reaches the question flow; "CANCEL MY REPORT", "取消报警" or "取消" are messages and
 * go to the flow, which handles cancelling a report. On channels without carrier keywords (web, WeChat) a
 * bare CANCEL is an ordinary message too.
 *
 * - Opt-out: Twilio's default opt-out list (STOP STOPALL UNSUBSCRIBE CANCEL END QUIT REVOKE OPTOUT, per its
 *   Advanced Opt-Out documentation) and the
 *   Chinese carrier conventions 退订 / TD / T. The reporter is marked opted out; no automatic texts are sent
 *   to them; they can still report (the report is kept and flagged for dispatch).
 * - Opt-in: START and UNSTOP; YES (also Twilio's) is a common answer to a question, so it clears the flag
 *   AND goes to the question flow like any other message.
 * - Help: HELP, INFO and 帮助 go to the question flow (someone texting "help" to the police may be in
 *   danger); the delivery service adds the channel's HELP text.
 */
import type { Lang } from '../core/incident.js';

export type KeywordKind = 'opt_out' | 'opt_in' | 'opt_in_answer' | 'help';

export const KEYWORDS: Readonly<Record<KeywordKind, readonly { words: readonly string[]; lang: Lang }[]>> = {
  opt_out: [
    { words: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'], lang: 'en' },
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

/** The keyword this message is, or null. Only the whole message counts. */
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
export const KEYWORD_TEXTS = {
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

export type KeywordTextId = keyof typeof KEYWORD_TEXTS;

export function keywordText(id: KeywordTextId, lang: Lang, agency: string): string {
  return KEYWORD_TEXTS[id][lang].replace(/\{agency\}/g, agency);
}
