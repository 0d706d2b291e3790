/**
 * The guided question flow as data: which elements each category needs, in which order they are asked,
 * how an answer to each is checked, and an example answer per language for re-asks.
 * To change a question's wording edit templates.ts; to change what is asked, edit this file.
 */
import type { Category, ElementKey, Lang } from '../incident.js';

/**
 * How an answer is checked:
 * - `yesno`: 1 / 2, yes / no, 是 / 否 (and phrases like 还在 / 已经走了 for in_progress).
 * - `yesno_or_text`: a yes/no, or words describing it ("一人流血", "a knife").
 * - `text`: any words (not only punctuation).
 * - `location`: a place dispatch can go to (address, road, landmark) or shared coordinates.
 * - `phone`: a phone number (stored as E.164) or a decline.
 */
export type AnswerKind = 'yesno' | 'yesno_or_text' | 'text' | 'location' | 'phone';

export interface ElementSpec {
  kind: AnswerKind;
  /** In covert mode the question is asked as yes/no (1 / 2) when this is `yesno`. */
  covertKind: 'yesno' | 'text';
  /** Name of the element in a sentence ("what is the correct {label}?"). */
  label: Record<Lang, string>;
  /** An answer shown in re-asks. */
  example: Record<Lang, string>;
  /** What a bare yes / no (1 / 2) means for this element, stored as the value; default "yes" / "no". */
  /** What a bare 1 / 2 answer records, in the reporter's language. */
  yesNoValues?: { yes: Record<Lang, string>; no: Record<Lang, string> };
}

export interface CategoryFlow {
  /** Elements required beyond `what` and `location`. */
  required: ElementKey[];
  /** Ask "is anyone in danger? 1 yes 2 no" before a 12345 diversion (non-police requests). */
  confirmNoDanger?: boolean;
  /**
   * A withdrawal by text is refused, as for a P1: the person may be made to withdraw by the one they report (the
   * abuser back in the room, the captor holding the phone); dispatch closes the report, never the text channel.
   */
  noTextWithdrawal?: boolean;
  /**
   * No danger check when the report is complete below P1 (flow/ask.ts): a scam is about money, not a person in danger,
   * and its urgency is whether money is still being sent (triage).
   */
  noDangerCheck?: boolean;
}

export interface FlowDefinition {
  /** The order questions are asked in (INCIDENT.md flow rule 3); only missing required ones are asked. */
  order: ElementKey[];
  /** Asked for every incident. */
  always: ElementKey[];
  elements: Record<ElementKey, ElementSpec>;
  categories: Record<Category, CategoryFlow>;
  /** Required elements used while the category is still unknown but `what` has been answered. */
  fallbackCategory: Category;
  /** Ask for a callback number on channels that give none (web, WeChat), unless covert or declined. */
  callbackWithoutPhone: boolean;
  /** Re-asks after an unusable answer before the element is recorded as unknown. */
  maxReasks: number;
  /** A message within this many minutes after completion joins the incident as an update. */
  followUpWindowMin: number;
}

const ELEMENTS: Record<ElementKey, ElementSpec> = {
  what: {
    kind: 'text',
    covertKind: 'text',
    label: { 'zh-CN': '情况', en: 'description' },
    example: { 'zh-CN': '有人在打架', en: 'someone broke into my car' },
  },
  location: {
    kind: 'location',
    covertKind: 'text',
    label: { 'zh-CN': '地址', en: 'address' },
    example: { 'zh-CN': '环城公园南门', en: '5th Ave and Pine St' },
  },
  in_progress: {
    kind: 'yesno',
    covertKind: 'yesno',
    label: { 'zh-CN': '情况', en: 'answer' },
    example: { 'zh-CN': '还在', en: 'yes' },
  },
  safety: {
    kind: 'yesno_or_text',
    covertKind: 'yesno',
    label: { 'zh-CN': '安全情况', en: 'answer about your safety' },
    example: { 'zh-CN': '安全，不能接电话', en: "safe, can't talk" },
  },
  injuries: {
    kind: 'yesno_or_text',
    covertKind: 'yesno',
    label: { 'zh-CN': '受伤情况', en: 'injuries' },
    example: { 'zh-CN': '一人流血', en: 'one man bleeding' },
  },
  weapons: {
    kind: 'yesno_or_text',
    covertKind: 'yesno',
    label: { 'zh-CN': '凶器情况', en: 'weapon' },
    example: { 'zh-CN': '有刀', en: 'a knife' },
  },
  suspects: {
    kind: 'yesno_or_text',
    covertKind: 'yesno',
    label: { 'zh-CN': '对方情况', en: 'description of the people' },
    example: { 'zh-CN': '两个男的往北跑了', en: 'two men, ran north' },
    // The covert question is "is the person still near you?".
    yesNoValues: {
      yes: { 'zh-CN': '对方还在报警人附近', en: 'still near the reporter' },
      no: { 'zh-CN': '对方不在报警人附近', en: 'not near the reporter' },
    },
  },
  vehicles: {
    kind: 'yesno_or_text',
    covertKind: 'yesno',
    label: { 'zh-CN': '车辆', en: 'vehicle' },
    example: { 'zh-CN': '陕A12345白色轿车', en: 'white car ABC-1234' },
  },
  time: {
    kind: 'text',
    covertKind: 'text',
    label: { 'zh-CN': '时间', en: 'time' },
    example: { 'zh-CN': '十分钟前', en: 'last night' },
  },
  loss: {
    kind: 'text',
    covertKind: 'text',
    label: { 'zh-CN': '损失', en: 'loss' },
    example: { 'zh-CN': '转了5万', en: 'sent 500 dollars' },
  },
  person: {
    kind: 'text',
    covertKind: 'text',
    label: { 'zh-CN': '走失人情况', en: 'description of the person' },
    example: { 'zh-CN': '85岁母亲穿蓝外套', en: 'mother, 85, blue coat' },
  },
  last_seen: {
    kind: 'text',
    covertKind: 'text',
    label: { 'zh-CN': '最后见到的时间地点', en: 'last seen time and place' },
    example: { 'zh-CN': '上午10点环城公园', en: '10am, City Park' },
  },
  callback: {
    kind: 'phone',
    covertKind: 'text',
    label: { 'zh-CN': '手机号', en: 'phone number' },
    example: { 'zh-CN': '13800138000', en: '13800138000' },
  },
  name: {
    kind: 'text',
    covertKind: 'text',
    label: { 'zh-CN': '称呼', en: 'name' },
    example: { 'zh-CN': '李', en: 'Li' },
  },
  relation: {
    kind: 'text',
    covertKind: 'text',
    label: { 'zh-CN': '关系', en: 'relation' },
    example: { 'zh-CN': '儿子', en: 'son' },
  },
};

/** INCIDENT.md "Categories, routes and what each must collect". */
const CATEGORIES: Record<Category, CategoryFlow> = {
  violence: { required: ['in_progress', 'injuries', 'weapons', 'suspects'] },
  domestic_violence: { required: ['safety', 'injuries', 'weapons', 'suspects'], noTextWithdrawal: true },
  sexual_assault: { required: ['safety', 'injuries', 'suspects'], noTextWithdrawal: true },
  kidnapping: { required: ['safety', 'suspects', 'vehicles'], noTextWithdrawal: true },
  robbery: { required: ['in_progress', 'weapons', 'injuries', 'suspects', 'vehicles'] },
  burglary: { required: ['in_progress', 'suspects', 'safety'] },
  theft: { required: ['time', 'loss', 'suspects'] },
  fraud: { required: ['loss', 'time'], noDangerCheck: true },
  traffic: { required: ['injuries', 'vehicles'] },
  missing_person: { required: ['person', 'last_seen'] },
  self_harm: { required: ['safety'] },
  threat: { required: ['suspects', 'safety'] },
  disorder: { required: ['in_progress'] },
  fire: { required: ['injuries'] },
  medical: { required: ['injuries'] },
  rescue: { required: ['injuries', 'in_progress'] },
  suspicious: { required: ['time'] },
  other_police: { required: ['time'] },
  non_police: { required: [], confirmNoDanger: true },
};

export const defaultFlow: FlowDefinition = {
  order: [
    'location',
    'what',
    'safety',
    'in_progress',
    'injuries',
    'weapons',
    'suspects',
    'vehicles',
    'time',
    'loss',
    'person',
    'last_seen',
    'callback',
    'name',
    'relation',
  ],
  always: ['what', 'location'],
  elements: ELEMENTS,
  categories: CATEGORIES,
  fallbackCategory: 'other_police',
  callbackWithoutPhone: true,
  maxReasks: 2,
  followUpWindowMin: 120,
};
