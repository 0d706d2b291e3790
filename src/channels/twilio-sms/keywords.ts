/** SMS keywords are channel-neutral now: src/delivery/keywords.ts (this module keeps the old names). */
export {
  KEYWORD_TEXTS as SMS_TEXTS,
  keywordText as smsText,
  matchKeyword,
  type Keyword,
  type KeywordKind,
  type KeywordTextId as SmsTextId,
} from '../../delivery/keywords.js';
