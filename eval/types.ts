/**
 * The evaluation corpus as typed data. One `Conversation` is one reporter: what they text first, how they answer
 * each question, and what a senior 110 call-taker would expect the gateway to end with (INCIDENT.md).
 * eval/play.ts plays it through the flow; eval/metrics.ts scores it. Read eval/README.md before adding one.
 */
import type { Category, ElementKey, Priority, Route, Status } from '../src/core/incident.js';
import type { Awaiting } from '../src/core/view.js';

export type { Awaiting, Category, ElementKey, Priority, Route, Status };

/** The reporter's language (traditional characters are still `zh-CN`: the service replies in simplified). */
export type ConversationLang = 'zh-CN' | 'en';

/** `sms`: the channel gives a phone number (no callback question). `web`: web form / WeChat, no number. */
export type Channel = 'sms' | 'web';

/**
 * What the reporter says when the gateway asks for that (`awaiting`): an element key, `danger` ("is anyone in
 * danger or hurt now?", also the no-danger check before a 12345 diversion), `category` (the numbered "which kind
 * of incident" question) or `cancel` (confirm a withdrawal). An array gives successive answers when the same
 * thing is asked again; after the last one the reporter repeats it.
 */
export type Answers = Partial<Record<Awaiting, string | string[]>>;

/** A text the reporter sends unprompted once they have sent `afterTurn` messages (opening texts count). */
export interface LaterText {
  afterTurn: number;
  text: string;
  /** Elements this text gives: from then on they must not be asked. */
  gives?: ElementKey[];
}

/** Early dispatch must happen (true), must not (false), or either is right (a P1/P2 judgement call). */
export type EarlyDispatchExpectation = boolean | 'either';

interface ExpectBase {
  /** The exact category a call-taker would record. */
  category: Category;
  /** The route; a list when more than one is right (e.g. 120 advice for an injured victim). */
  route: Route | Route[];
  earlyDispatch: EarlyDispatchExpectation;
  /** Covert mode expected on (true) or off (false); leave out when either is acceptable. */
  covert?: boolean;
  /**
   * Elements the opening texts already give. Once the whole opening burst is sent, none of them may be asked
   * (`ask.<key>`, `reask.<key>`, `covert.ask.<key>`, and for `location` the `ask.location_detail` follow-up).
   */
  given: ElementKey[];
  /** Elements an answer also gives ("where?" -> "in the Walmart car park, he has a knife" gives weapons). */
  answerGives?: Partial<Record<Awaiting, ElementKey[]>>;
  /** A piece of text the stored location must contain at the end (e.g. the corrected building number). */
  location?: string;
  /** The final status, where it matters (`cancelled`, `diverted`). */
  status?: Status;
}

/**
 * Either an exact final `priority`, or `minPriority`: the lowest acceptable (anything above it also passes).
 * Both count for "under-triaged": ending below this priority is under-triage.
 */
export type Expect = ExpectBase &
  ({ priority: Priority; minPriority?: undefined } | { minPriority: Priority; priority?: undefined });

export interface Conversation {
  /** Stable id; held-out ids start with `holdout-`. */
  id: string;
  lang: ConversationLang;
  /** One line: what makes this report hard. */
  title: string;
  channel: Channel;
  /** The burst the reporter sends before reading any reply (1-4 texts). */
  opening: string[];
  answers: Answers;
  /**
   * What the reporter says to a question not in `answers` (default: a truthful answer to the danger screen, the
   * story again to the category question, else 不知道 / don't know; see play.ts `usualAnswer`).
   */
  fallback?: string;
  later?: LaterText[];
  /** Coordinates shared with the first message (web / WeChat location pin, WGS 84). */
  location?: { lat: number; lon: number };
  expect: Expect;
}
