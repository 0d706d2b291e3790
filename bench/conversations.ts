/**
 * The reporters' scripts: realistic SMS conversations in Chinese and English, most of them urgent (P1)
 * because the urgent path is the one with a budget. A reporter sends its lines one at a time, each after
 * the answer to the previous one; if the flow still asks after the script ran out, it answers "don't know"
 * until the report is complete (at most MAX_MESSAGES).
 *
 * `typeAndPlaceAt` is the index of the message after which the flow knows both what happened and where:
 * for a P1 report that message triggers the early dispatch, and the dispatch end-to-end time is measured
 * from its sending to the webhook receiver's receipt of the incident's first delivery.
 */
import { TEMPLATES, type TemplateId } from '../src/core/flow/templates.js';

export interface Script {
  id: string;
  lang: 'zh-CN' | 'en';
  lines: string[];
  typeAndPlaceAt: number;
  /** Expected to be urgent (early dispatch while the report is still being collected). */
  p1: boolean;
}

export const MAX_MESSAGES = 12;

export const FALLBACK: Record<Script['lang'], string> = { 'zh-CN': '不知道', en: "don't know" };

export const SCRIPTS: readonly Script[] = [
  {
    id: 'zh-knife-fight-park',
    lang: 'zh-CN',
    lines: ['环城公园南门有人拿刀砍人，还在打', '一个人流血', '两个男的往北跑了'],
    typeAndPlaceAt: 0,
    p1: true,
  },
  {
    id: 'en-mugged-tesco',
    lang: 'en',
    lines: [
      'I want to report a robbery',
      'I was mugged 5 mins ago outside Tesco on High Street',
      'they had a knife',
      'no',
      "no I'm ok",
      'two guys on a moped, went towards the station',
    ],
    typeAndPlaceAt: 1,
    p1: true,
  },
  {
    id: 'zh-intruder-hiding',
    lang: 'zh-CN',
    lines: ['有人撬门进来了，我躲在衣柜里不敢出声', '幸福小区3栋2单元501', '1'],
    typeAndPlaceAt: 1,
    p1: true,
  },
  {
    id: 'en-house-fire',
    lang: 'en',
    lines: ["My neighbor's house is on fire!!", '123 Oak Street', "I think there's someone inside"],
    typeAndPlaceAt: 1,
    p1: true,
  },
  {
    id: 'zh-robbery-bank',
    lang: 'zh-CN',
    lines: [
      '有人在抢劫！！',
      '建设路和解放路路口的中国银行门口',
      '没人受伤',
      '拿着刀',
      '三个男的 都戴口罩',
      '骑摩托车往东跑了',
    ],
    typeAndPlaceAt: 1,
    p1: true,
  },
  {
    id: 'en-crash-i5',
    lang: 'en',
    lines: [
      'car crash on I-5 near exit 42, two cars, one flipped over',
      'yes people are hurt, one not moving',
      'blue honda and a black truck',
    ],
    // Type and place come first, but a crash is urgent (P1, early dispatch) once someone is known hurt.
    typeAndPlaceAt: 1,
    p1: true,
  },
  {
    id: 'zh-phone-sanlitun',
    lang: 'zh-CN',
    lines: ['朝阳区三里屯太古里南区 我手机被偷了', '刚刚', '苹果手机 大概8000块', '没看清'],
    typeAndPlaceAt: 0,
    p1: false,
  },
  {
    id: 'zh-rear-end-junction',
    lang: 'zh-CN',
    lines: ['两辆车追尾了 堵在路上', '二环南路和含光路交叉口', '没人受伤', '陕A12345 白色大众 和一辆黑色奥迪'],
    typeAndPlaceAt: 1,
    p1: false,
  },
];

/** Replies that end a report's questions: complete, complete in covert mode, or diverted to 12345. */
const DONE_TEMPLATES: TemplateId[] = ['ready', 'ready.noref', 'covert.ready', 'diverted.12345'];
const DONE_MARKERS: string[] = DONE_TEMPLATES.flatMap((id) =>
  Object.values(TEMPLATES[id]).map((text) => text.split('{')[0]!.slice(0, 12)),
);

export function isDone(replies: readonly string[]): boolean {
  return replies.some((r) => DONE_MARKERS.some((m) => r.includes(m)));
}
