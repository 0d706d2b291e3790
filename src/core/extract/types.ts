/**
 * Parse-before-ask: what a reporter's free text already says. Pure functions, zh (simplified and
 * traditional) and en. Every field keeps the reporter's own words (`text`) so nothing is paraphrased.
 */

export interface Found {
  /** The span of the reporter's text this came from (original characters, not normalised). */
  text: string;
}

export interface LocationFound extends Found {
  /**
   * true when dispatch could go there: an address, road or junction, landmark, compound, business.
   * false for relative words alone (here, next door, 楼下, 隔壁).
   */
  specific: boolean;
}

export interface PresenceFound extends Found {
  /** false when negated ("没有刀", "no knife", "nobody hurt"). */
  present: boolean;
  count?: number;
}

export interface AmountFound extends Found {
  value: number;
  currency: 'CNY' | 'USD' | 'other';
}

export interface Extraction {
  /** Normalised text: traditional → simplified, full-width → half-width, lower-cased latin, trimmed. */
  normalized: string;
  location?: LocationFound;
  /** When it happened: "十分钟前", "last night", "上午10点". */
  time?: Found;
  /** true for 还在 / 正在 / still / right now; false for 已经走了 / already gone / it's over. */
  /** `state`: said as a state of people (trapped, hiding, a gun held to someone), which also describes them. */
  inProgress?: { value: boolean; text: string; state?: true };
  weapons?: PresenceFound;
  injuries?: PresenceFound;
  /** How many, appearance, direction: "两个男的往北跑了". */
  suspects?: Found & { count?: number; unseen?: boolean };
  /** Licence plates as written, e.g. "陕A·12345", "ABC-1234", plus colour/type words near them. */
  vehicles?: Found & { plates: string[] };
  /** Phone numbers as digits (mainland mobile 1xxxxxxxxxx, landline, +country...). */
  phones: string[];
  amounts: AmountFound[];
  /** What was taken, named: "高尔夫球包", "catalytic converter". */
  lost?: Found;
  /** Money sent or not, in words: "还没转" (false), "已经转了" (true). */
  moneySent?: { value: boolean; text: string };
  /** Missing person description: age, relation, clothing, health (each part as written, when found). */
  person?: Found & { age?: number; relation?: string; health?: string; clothing?: string };
  /** The reporter's safety or whether they can take a call: "我安全，不能接电话", "I'm safe", "hiding". */
  safety?: Found;
  /** Missing person: "last seen ..." / "最后一次在...看到", in so many words. */
  lastSeen?: Found;
}
