/**
 * Every text the reporter can receive, as data: one entry per template id, in zh-CN and en.
 * Placeholders are written {name} and filled by `render`. Rules for anyone editing this file:
 * plain words, no jargon, no emoji; each text must fit one SMS segment (70 characters when it contains
 * Chinese, 160 otherwise) with realistic values filled in; English uses only GSM-7 characters (straight
 * quotes, no curly quotes or dashes). tests/core/flow/templates.test.ts checks all of this.
 */
import type { DispatchStatus, ElementKey, Lang } from '../incident.js';

export type Texts = Record<Lang, string>;

export type TemplateId =
  | 'ack'
  | `ask.${ElementKey}`
  | 'ask.location_detail'
  | `reask.${ElementKey}`
  | `covert.ask.${ElementKey}`
  | 'covert.reask'
  | 'covert.ack'
  | 'noted'
  | 'covert.tip'
  | 'covert.early_dispatch'
  | 'covert.ready'
  | 'covert.update.added'
  | 'dont_know'
  | 'declined'
  | 'help'
  | 'cancel.confirm'
  | 'cancel.done'
  | 'cancel.kept'
  | 'cancel.refused_p1'
  | 'human.ack'
  | 'language.switched'
  | 'early_dispatch'
  | 'advice.119'
  | 'advice.120'
  | 'danger.ask'
  | 'danger.reask'
  | 'category.ask'
  | 'category.reask'
  | 'no_danger.confirm'
  | 'no_danger.reask'
  | 'diverted.12345'
  | 'ready'
  | 'ready.noref'
  | 'update.added'
  | 'nudge'
  | 'escalated'
  | 'inactive'
  | `status.${DispatchStatus}`
  | `status.${DispatchStatus}.covert`
  | 'status.note'
  | 'dispatcher'
  | 'storage_failed'
  | 'quarantined'
  | 'rate_limited'
  | 'correction.ask'
  | 'correction.done'
  | 'location.needed'
  | 'location.describe'
  | 'location.describe_share'
  | 'covert.location.describe';

export const TEMPLATES: Record<TemplateId, Texts> = {
  // Receipt for the first message: said only after the message is stored.
  ack: { 'zh-CN': '{agency}已收到你的报警，已记录。', en: '{agency}: your report is received and recorded.' },

  // One question per element. Yes/no questions take 1 / 2 as well as words.
  'ask.what': { 'zh-CN': '请说一下发生了什么事？', en: 'What is happening?' },
  'ask.location': {
    'zh-CN': '你在哪里？请发详细地址或附近的地标。',
    en: 'Where is it? Send the address or a landmark nearby.',
  },
  'ask.location_detail': {
    'zh-CN': '请发具体地址、路名或附近的地标，如：人民路12号。',
    en: 'We need the exact place: street and number, or a landmark nearby, e.g. 12 Main St.',
  },
  'ask.in_progress': { 'zh-CN': '现在还在发生吗？1是 2否', en: 'Is it still happening now? 1 yes 2 no' },
  'ask.safety': {
    'zh-CN': '你现在安全吗？能接电话吗？如：安全，不能接电话',
    en: "Are you safe now? Can you take a call? E.g. safe, can't talk",
  },
  'ask.injuries': {
    'zh-CN': '有人受伤吗？几个人？要救护车吗？没有人受伤请回2',
    en: 'Is anyone hurt? How many? Is an ambulance needed? Reply 2 if nobody is hurt.',
  },
  'ask.weapons': {
    'zh-CN': '对方有刀、枪或别的凶器吗？有请说是什么，没有请回2',
    en: 'Did you see a weapon, like a knife or gun? Say what it is, or reply 2 if none.',
  },
  'ask.suspects': {
    'zh-CN': '对方几个人？长什么样？还在吗？往哪走了？',
    en: 'How many people did it? What do they look like? Are they still there? Which way did they go?',
  },
  'ask.vehicles': {
    'zh-CN': '有车吗？请发车牌、颜色、车型和去向。没有请回2',
    en: 'Was there a vehicle? Send the plate, colour, type and direction. Reply 2 if none.',
  },
  'ask.time': { 'zh-CN': '事情是什么时候发生的？如：十分钟前', en: 'When did it happen? E.g. 10 minutes ago' },
  'ask.loss': {
    'zh-CN': '损失了什么？多少钱？钱已经转出去了吗？',
    en: 'What was lost? How much money? Has money already been sent?',
  },
  'ask.person': {
    'zh-CN': '走失的人叫什么？几岁？穿什么衣服？身体怎样？',
    en: 'Who is missing? Name, age, clothes and health?',
  },
  'ask.last_seen': {
    'zh-CN': '最后一次在哪里、什么时候见到他/她？',
    en: 'Where and when was the person last seen?',
  },
  'ask.callback': {
    'zh-CN': '请发一个能联系到你的手机号。不方便请回：不想说',
    en: 'Please send a phone number we can reach you on, or reply: prefer not',
  },
  'ask.name': { 'zh-CN': '请问你怎么称呼？不想说也可以。', en: 'What is your name? You can skip this.' },
  'ask.relation': {
    'zh-CN': '你和这件事是什么关系？如：本人、家属、路人',
    en: 'How are you involved? E.g. victim, family, passer-by',
  },

  // The reporter would rather not say where: without a place nobody can be sent.
  'location.needed': {
    'zh-CN': '知道地点我们才能派人帮你。请发地址或附近的地标，如：{example}',
    en: 'We need to know where to send help. Send the address or a landmark nearby, e.g. {example}',
  },

  // The one follow-up for an urgent report's place that is unknown or too vague to drive to (INCIDENT.md).
  'location.describe': {
    'zh-CN': '附近能看到什么？店名招牌、路名、标志性建筑，或你从哪边过来的？',
    en: 'What can you see nearby? A shop sign, a street name, a landmark, or which way you came from?',
  },
  // The same where the channel can share a location (web, WeChat).
  'location.describe_share': {
    'zh-CN': '附近能看到什么？店名招牌、路名或标志性建筑？也可以发送你的位置。',
    en: 'What can you see nearby? A shop sign, a street name, a landmark? Or share your location.',
  },
  'covert.location.describe': { 'zh-CN': '附近有什么？', en: 'What is nearby?' },

  // Re-asks after an answer we could not use: the same question with an example answer.
  'reask.what': {
    'zh-CN': '没看懂。请用几个字说发生了什么，如：{example}',
    en: 'Sorry, I did not understand. Say in a few words what is happening, e.g. {example}',
  },
  'reask.location': {
    'zh-CN': '没看懂。请发地址或附近的地标，如：{example}',
    en: 'Sorry, I need a place police can go to: an address or landmark, e.g. {example}',
  },
  'reask.in_progress': {
    'zh-CN': '没看懂。现在还在发生吗？请回1是 2否，如：{example}',
    en: 'Sorry, I did not understand. Is it still happening? Reply 1 yes or 2 no, e.g. {example}',
  },
  'reask.safety': {
    'zh-CN': '没看懂。你安全吗？能接电话吗？如：{example}',
    en: 'Sorry, I did not understand. Are you safe, can you take a call? E.g. {example}',
  },
  'reask.injuries': {
    'zh-CN': '没看懂。有人受伤吗？如：{example}，没有请回2',
    en: 'Sorry, I did not understand. Is anyone hurt? E.g. {example}. Reply 2 if nobody.',
  },
  'reask.weapons': {
    'zh-CN': '没看懂。对方有凶器吗？如：{example}，没有请回2',
    en: 'Sorry, I did not understand. Any weapon? E.g. {example}. Reply 2 if none.',
  },
  'reask.suspects': {
    'zh-CN': '没看懂。对方几个人、什么样子？如：{example}',
    en: 'Sorry, I did not understand. How many people, what do they look like? E.g. {example}',
  },
  'reask.vehicles': {
    'zh-CN': '没看懂。请发车牌、颜色、车型，如：{example}，没有请回2',
    en: 'Sorry, I did not understand. Send plate, colour, type, e.g. {example}. Reply 2 if none.',
  },
  'reask.time': {
    'zh-CN': '没看懂。是什么时候发生的？如：{example}',
    en: 'Sorry, I did not understand. When did it happen? E.g. {example}',
  },
  'reask.loss': {
    'zh-CN': '没看懂。损失了什么、多少钱？如：{example}',
    en: 'Sorry, I did not understand. What was lost, how much? E.g. {example}',
  },
  'reask.person': {
    'zh-CN': '没看懂。走失的人几岁、穿什么？如：{example}',
    en: 'Sorry, I did not understand. Age and clothes of the missing person? E.g. {example}',
  },
  'reask.last_seen': {
    'zh-CN': '没看懂。最后在哪里、几点见到的？如：{example}',
    en: 'Sorry, I did not understand. Where and when last seen? E.g. {example}',
  },
  'reask.callback': {
    'zh-CN': '没看懂这个号码。请发手机号，如：{example}，或回：不想说',
    en: 'Sorry, that number did not work. Send a phone number, e.g. {example}, or reply: prefer not',
  },
  'reask.name': {
    'zh-CN': '没看懂。请问怎么称呼？如：{example}，或回：不想说',
    en: 'Sorry, I did not understand. Your name? E.g. {example}, or reply: prefer not',
  },
  'reask.relation': {
    'zh-CN': '没看懂。你和这件事的关系？如：{example}',
    en: 'Sorry, I did not understand. How are you involved? E.g. {example}',
  },

  // Covert mode: short, neutral, nothing that reads as "police" over a shoulder; yes/no as 1 / 2.
  'covert.ack': { 'zh-CN': '收到。', en: 'Got it.' },
  // A text of the opening burst, sent before the question on the reporter's screen could be read: the question
  // is not sent again, the text is only acknowledged. Before the same question when a text was about other things.
  noted: { 'zh-CN': '收到。', en: 'Got it.' },
  'covert.tip': { 'zh-CN': '请把手机调成静音。', en: 'Set your phone to silent.' },
  'covert.early_dispatch': {
    'zh-CN': '好的，已安排。可以继续发信息。',
    en: 'OK, it is arranged. You can keep texting.',
  },
  'covert.ready': { 'zh-CN': '好的，都记下了。', en: 'OK, all noted.' },
  'covert.update.added': { 'zh-CN': '收到，已补上。', en: 'Got it, added.' },
  'covert.reask': { 'zh-CN': '没看懂，请回1或2，或简单写。', en: 'Sorry, reply 1 or 2, or a few words.' },
  'covert.ask.what': { 'zh-CN': '什么事？简单写。', en: 'What is it? A few words are fine.' },
  'covert.ask.location': { 'zh-CN': '地址？', en: 'Address?' },
  'covert.ask.in_progress': { 'zh-CN': '还在继续吗？1是 2否', en: 'Still going on? 1 yes 2 no' },
  'covert.ask.safety': { 'zh-CN': '你现在安全吗？1是 2否', en: 'Are you safe now? 1 yes 2 no' },
  'covert.ask.injuries': { 'zh-CN': '有人受伤吗？1是 2否', en: 'Anyone hurt? 1 yes 2 no' },
  'covert.ask.weapons': { 'zh-CN': '看到凶器吗？1是 2否', en: 'Weapon seen? 1 yes 2 no' },
  'covert.ask.suspects': { 'zh-CN': '对方还在你附近吗？1是 2否', en: 'Is the person still near you? 1 yes 2 no' },
  'covert.ask.vehicles': { 'zh-CN': '有车吗？1是 2否', en: 'Any vehicle? 1 yes 2 no' },
  'covert.ask.time': { 'zh-CN': '什么时候？', en: 'When?' },
  'covert.ask.loss': { 'zh-CN': '少了什么？', en: 'What is missing?' },
  'covert.ask.person': { 'zh-CN': '是谁？几岁？', en: 'Who? Age?' },
  'covert.ask.last_seen': { 'zh-CN': '最后在哪见到？', en: 'Last seen where?' },
  'covert.ask.callback': { 'zh-CN': '号码？', en: 'Number?' },
  'covert.ask.name': { 'zh-CN': '怎么称呼？', en: 'Your name?' },
  'covert.ask.relation': { 'zh-CN': '你是？1本人 2家人 3其他', en: 'You are: 1 the person 2 family 3 other' },

  dont_know: { 'zh-CN': '好的，记为不清楚。', en: 'OK, noted as not known.' },
  declined: { 'zh-CN': '好的，不用说。', en: 'OK, no need.' },
  // Not "CANCEL": over SMS it is an opt-out word (Twilio and carriers would unsubscribe the reporter).
  help: {
    'zh-CN': '用文字说发生了什么、在哪里，我们一次问一个问题。不知道就回：不知道。回"人工"找民警。',
    en: 'Text what is happening and where. We ask one question at a time. Reply DONT KNOW if unsure, HUMAN for a call-taker, WITHDRAW to cancel.',
  },
  'cancel.confirm': { 'zh-CN': '确定要取消这次报警吗？1是 2否', en: 'Do you want to cancel this report? 1 yes 2 no' },
  'cancel.done': {
    'zh-CN': '已取消。如有危险，请马上再发信息或拨打110。',
    en: 'Your report is cancelled. If you are in danger, text again or call 110.',
  },
  'cancel.kept': { 'zh-CN': '好的，报警继续有效。', en: 'OK, your report stays open.' },
  'cancel.refused_p1': {
    'zh-CN': '这个情况紧急，不能在这里取消，民警会处理。请继续回复。',
    en: 'This is urgent and cannot be cancelled by text. Police will deal with it. Please keep replying.',
  },
  'human.ack': {
    'zh-CN': '已通知值班民警，会尽快发信息联系你。',
    en: 'A call-taker has been told and will text you soon.',
  },
  'language.switched': { 'zh-CN': '好的，以后用中文回复。', en: 'OK, we will reply in English.' },
  early_dispatch: {
    'zh-CN': '已记录，民警正在赶来。请继续发信息告诉我们情况。',
    en: 'Recorded. Police are on the way. Keep texting us.',
  },
  'advice.119': {
    'zh-CN': '请同时拨打119。能安全离开就马上离开。',
    en: 'Also call 119 for the fire service. Leave the place if you can do so safely.',
  },
  'advice.120': { 'zh-CN': '请同时拨打120叫救护车。', en: 'Also call 120 for an ambulance.' },
  // The danger screen and the numbered category question, asked when the words name no category.
  'danger.ask': {
    'zh-CN': '有人现在有危险或受伤吗？1有 2没有',
    en: 'Is anyone in danger or hurt right now? 1 yes 2 no',
  },
  'danger.reask': {
    'zh-CN': '没看懂。现在有人有危险或受伤吗？请回1有 2没有',
    en: 'Sorry, I did not understand. Is anyone in danger or hurt right now? Reply 1 yes or 2 no',
  },
  'category.ask': {
    'zh-CN': '是什么事？回数字或直接写：1打架伤人 2家暴 3性侵 4抢劫 5被偷 6被骗 7有人失踪 8着火 9车祸 0其他',
    en: 'What happened? Reply a number or in words: 1 fight/attack 2 family violence 3 sexual assault 4 robbery 5 theft 6 scam 7 missing person 8 fire 9 crash 0 other',
  },
  'category.reask': {
    'zh-CN': '没看懂。请回0到9的数字，或用几个字说发生了什么，比如"有人打架"',
    en: 'Sorry, I did not understand. Reply a number 0-9, or say in a few words what happened, e.g. "someone hit me"',
  },
  'no_danger.confirm': { 'zh-CN': '有人有危险或受伤吗？1有 2没有', en: 'Is anyone in danger or hurt? 1 yes 2 no' },
  'no_danger.reask': {
    'zh-CN': '没看懂。有人有危险吗？请回1有 2没有',
    en: 'Sorry, I did not understand. Is anyone in danger? Reply 1 yes or 2 no',
  },
  'diverted.12345': {
    'zh-CN': '这件事由12345市民热线处理，已转给他们。如有人有危险，请马上回复。',
    en: 'This is for the 12345 city hotline, not the police. We passed it on. If anyone is in danger, reply now.',
  },
  ready: {
    'zh-CN': '信息已收齐，报警编号{ref}。民警会处理，有新情况请继续发。',
    en: 'Thank you. Report {ref} is complete and sent to police. Text us if anything changes.',
  },
  'ready.noref': {
    'zh-CN': '信息已收齐，已交给民警处理。有新情况请继续发。',
    en: 'Thank you. Your report is complete and sent to police. Text us if anything changes.',
  },
  'update.added': { 'zh-CN': '已补充到你的报警里。', en: 'Added to your report.' },
  nudge: { 'zh-CN': '你还在吗？方便时请回复。', en: 'Are you still there? Please reply when you can.' },
  escalated: { 'zh-CN': '值班民警会发信息联系你。', en: 'A call-taker will text you.' },
  inactive: {
    'zh-CN': '一直没收到回复，已按现有信息提交。需要时请再发信息。',
    en: 'No reply for a while, so your report was sent with what we have. Text again any time.',
  },
  'status.acknowledged': { 'zh-CN': '你的报警已被受理。', en: 'Police have received your report.' },
  'status.dispatched': { 'zh-CN': '民警已出发，正在赶来。', en: 'Police are on the way.' },
  'status.on_scene': { 'zh-CN': '民警已到现场。', en: 'Police have arrived.' },
  'status.resolved': { 'zh-CN': '这次报警已处理完毕，谢谢。', en: 'Your report is closed. Thank you.' },
  'status.cancelled': {
    'zh-CN': '这次报警已撤销。如有危险，请再发信息或拨打110。',
    en: 'Your report was cancelled. If you are in danger, text again or call 110.',
  },
  'status.acknowledged.covert': { 'zh-CN': '已收到。', en: 'Received.' },
  'status.dispatched.covert': { 'zh-CN': '已安排。', en: 'It is arranged.' },
  'status.on_scene.covert': { 'zh-CN': '已到。', en: 'Arrived.' },
  'status.resolved.covert': { 'zh-CN': '已结束。', en: 'Closed.' },
  'status.cancelled.covert': { 'zh-CN': '已取消。', en: 'Cancelled.' },
  'status.note': { 'zh-CN': '说明：{note}', en: 'Note: {note}' },
  dispatcher: { 'zh-CN': '{agency}回复：{text}', en: '{agency}: {text}' },
  storage_failed: {
    'zh-CN': '系统故障，没能记录你的信息。请马上拨打110。',
    en: 'Sorry, we could not record your message. Please call 110 now.',
  },
  // A message the flow could not process (failed or over its time budget): it is kept and a call-taker looks.
  quarantined: {
    'zh-CN': '信息已保存，但系统没能处理，已转人工。有危险请马上拨打110。',
    en: 'Your message is saved but we could not process it; a call-taker will look. If in danger, call 110 now.',
  },
  // A new report refused: the source started too many reports in a short time.
  rate_limited: {
    'zh-CN': '短时间内报警次数过多，暂不能新建。紧急情况请直接拨打110。',
    en: 'Too many new reports from you in a short time. If this is an emergency, call 110 now.',
  },
  'correction.ask': { 'zh-CN': '好的，正确的{element}是什么？', en: 'OK, what is the correct {element}?' },
  'correction.done': { 'zh-CN': '已改正。', en: 'Corrected.' },
};

export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];

export type TemplateVars = Record<string, string | number | undefined>;

/** Fills {placeholders}; a missing value becomes empty rather than leaving braces in a reporter's text. */
export function render(id: TemplateId, lang: Lang, vars: TemplateVars = {}): string {
  const template = TEMPLATES[id][lang];
  return template.replace(/\{(\w+)\}/g, (_all, name: string) => {
    const value = vars[name];
    return value === undefined ? '' : String(value);
  });
}

// --- SMS segments -----------------------------------------------------------------------------------

/** GSM 03.38 basic character set: texts made only of these (and the extension set) are sent as GSM-7. */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Extension characters: allowed in GSM-7 but each takes two septets. */
const GSM7_EXTENSION = '^{}\\[~]|€\f';

const GSM7_SET = new Set([...GSM7_BASIC]);
const GSM7_EXT_SET = new Set([...GSM7_EXTENSION]);

/** true when the text can go as GSM-7 (160 per segment); otherwise it is sent as UCS-2 (70). */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!GSM7_SET.has(ch) && !GSM7_EXT_SET.has(ch)) return false;
  return true;
}

/** Characters allowed in one SMS segment for this text: 70 with Chinese (or anything outside GSM-7), else 160. */
export function segmentLimit(text: string): number {
  return isGsm7(text) ? 160 : 70;
}

/**
 * Length as the network counts it: GSM-7 extension characters take two septets; in UCS-2 an emoji or other
 * astral character takes two units. Never less than `[...text].length`.
 */
export function segmentLength(text: string): number {
  if (isGsm7(text)) {
    let n = 0;
    for (const ch of text) n += GSM7_EXT_SET.has(ch) ? 2 : 1;
    return n;
  }
  return text.length;
}

export function fitsOneSegment(text: string): boolean {
  // segmentLength(text) <= segmentLimit(text), in one pass over the text.
  let n = 0;
  for (const ch of text) {
    if (GSM7_SET.has(ch)) n += 1;
    else if (GSM7_EXT_SET.has(ch)) n += 2;
    else return text.length <= 70;
  }
  return n <= 160;
}

/**
 * Cuts text to one segment, at a character boundary (never inside a surrogate pair), ending with an
 * ellipsis that keeps the encoding ("..." in GSM-7, "…" otherwise).
 */
export function truncateToSegment(text: string): string {
  if (fitsOneSegment(text)) return text;
  const gsm = isGsm7(text);
  const ellipsis = gsm ? '...' : '…';
  const chars = [...text];
  let out = '';
  for (const ch of chars) {
    const next = out + ch;
    if (!fitsOneSegment(next + ellipsis)) break;
    out = next;
  }
  return out.trimEnd() + ellipsis;
}

/**
 * Splits text into pieces that each fit one segment, preferring to break after a space or a sentence mark.
 * The first piece may carry a prefix (e.g. "110回复："), counted in its length.
 */
export function splitToSegments(text: string, prefix = ''): string[] {
  const pieces: string[] = [];
  let rest = [...text.trim()];
  let head = prefix;
  while (rest.length > 0) {
    const whole = head + rest.join('');
    if (fitsOneSegment(whole)) {
      pieces.push(whole);
      break;
    }
    // Longest fitting slice of `rest` after `head`.
    let take = 0;
    while (take < rest.length && fitsOneSegment(head + rest.slice(0, take + 1).join(''))) take++;
    if (take === 0) {
      // The head alone fills a segment: send it as it is and continue without it.
      pieces.push(head.trim());
      head = '';
      continue;
    }
    // Prefer a break at a space or a sentence mark in the last third of the slice.
    let cut = take;
    for (let i = take; i > Math.floor(take * 0.66); i--) {
      const ch = rest[i - 1] ?? '';
      if (/[\s,.;!?，。；！？、]/.test(ch)) {
        cut = i;
        break;
      }
    }
    pieces.push((head + rest.slice(0, cut).join('')).trimEnd());
    rest = [...rest.slice(cut).join('').trimStart()];
    head = '';
  }
  return pieces;
}

/** Joins short texts into one SMS where they fit: a space between English sentences, none in Chinese. */
export function joinTexts(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const zh = /[\u3400-\u9fff。？！：]$/.test(a);
  return zh ? a + b : `${a} ${b}`;
}
