/** IncidentView fixtures for the dispatch export tests (the five scenarios of the brief, and a builder). */
import type { IncidentView, TranscriptEntry } from '../../src/core/view.js';

export const OPTS = {
  agencyId: 'psap.gz.example.cn',
  agencyName: '广州市公安局110指挥中心',
  now: '2026-03-01T02:10:00.123Z',
};

export const XSS = `<script>alert("x")</script> & 'quotes' "double"`;

function line(direction: 'in' | 'out', channel: TranscriptEntry['channel'], text: string, at: string): TranscriptEntry {
  return { direction, channel, text, at, ...(direction === 'out' ? { kind: 'reply' } : {}) };
}

export function makeView(over: Partial<IncidentView> = {}): IncidentView {
  const base = {
    id: 'inc_01HZXK',
    reference: 'GZ-20260301-0001',
    channel: 'web',
    sender: 'web:9f3c2a',
    language: 'zh-CN',
    status: 'collecting',
    category: null,
    priority: 'P3',
    route: '110',
    covert: false,
    earlyDispatched: false,
    humanRequested: false,
    attention: null,
    location: { text: null, lat: null, lon: null, datum: null },
    elements: {},
    missing: [],
    awaiting: null,
    links: { clusterId: null, related: [] },
    revision: 1,
    reasons: [],
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:05:00.000Z',
    transcript: [],
  };
  // Cast: the view shape is still growing (e.g. `attention`); extra fields are harmless here.
  return { ...base, ...over } as IncidentView;
}

/** Web, Chinese, violence with a weapon and an injury, place text, early dispatch, second revision. */
export const webViolence = makeView({
  id: 'inc_web_violence',
  reference: 'GZ-20260301-0002',
  channel: 'web',
  sender: 'web:token-abc',
  category: 'violence',
  priority: 'P1',
  route: '110+120',
  earlyDispatched: true,
  status: 'collecting',
  location: { text: '环城公园南门 <b>东侧</b> & 公交站', lat: null, lon: null, datum: null },
  elements: {
    what: `有人在砍人 ${XSS}`,
    location: '环城公园南门 <b>东侧</b> & 公交站',
    in_progress: '还在',
    weapons: '有刀',
    injuries: '一人流血',
    callback: '+8613800138000',
  },
  missing: ['suspects'],
  awaiting: 'suspects',
  revision: 2,
  reasons: [
    { rule: 'category.violence.keyword', matched: '砍人', effect: 'category=violence' },
    { rule: 'modifier.weapon', matched: '有刀', effect: 'P2→P1' },
    { rule: 'modifier.injury', matched: '流血', effect: 'P1 (max)' },
  ],
  transcript: [
    line('in', 'web', `有人在砍人 ${XSS}`, '2026-03-01T02:00:00.000Z'),
    line('out', 'web', '已收到。请问具体在什么地方？', '2026-03-01T02:00:02.000Z'),
    line('in', 'web', '环城公园南门 <b>东侧</b> & 公交站', '2026-03-01T02:01:00.000Z'),
  ],
});

/** SMS, English, fraud with money being sent; the callback equals the sender. */
export const smsFraud = makeView({
  id: 'inc_sms_fraud',
  reference: 'GZ-20260301-0003',
  channel: 'sms',
  sender: '+8613912345678',
  language: 'en',
  category: 'fraud',
  priority: 'P2',
  route: '110',
  status: 'ready',
  location: { text: 'Room 1203, 88 Tianhe Rd', lat: null, lon: null, datum: null },
  elements: {
    what: 'a caller says he is police and told me to move money to a "safe account"',
    location: 'Room 1203, 88 Tianhe Rd',
    loss: 'sent 50,000 yuan & they want more',
    time: '10 minutes ago',
    callback: '+8613912345678',
  },
  revision: 1,
  reasons: [{ rule: 'category.fraud.keyword', matched: 'safe account', effect: 'category=fraud' }],
  transcript: [
    line(
      'in',
      'sms',
      'scam? a caller says he is police and told me to move money to a "safe account"',
      '2026-03-01T02:00:00.000Z',
    ),
    line('out', 'sms', 'Received. Where are you now?', '2026-03-01T02:00:03.000Z'),
  ],
});

/** WeChat, a shared GCJ-02 point at Tiananmen, traffic crash with injuries, in a cluster. */
export const wechatPoint = makeView({
  id: 'inc_wechat_point',
  reference: 'BJ-20260301-0004',
  channel: 'wechat',
  sender: 'wxid_abcdef123',
  category: 'traffic',
  priority: 'P1',
  route: '110+120',
  status: 'dispatched',
  earlyDispatched: true,
  location: { text: '天安门广场', lat: 39.90872, lon: 116.39748, datum: 'GCJ02' },
  elements: { what: '两车相撞，有人受伤', location: '天安门广场', injuries: '两人受伤', callback: '13800138001' },
  links: { clusterId: 'clu_77', related: ['inc_other_1', 'inc_other_2'] },
  revision: 3,
  reasons: [{ rule: 'modifier.injury', matched: '受伤', effect: 'P1' }],
  transcript: [
    {
      direction: 'in',
      channel: 'wechat',
      text: '[位置]',
      at: '2026-03-01T02:00:00.000Z',
      location: { lat: 39.90872, lon: 116.39748, datum: 'GCJ02', label: '天安门广场' },
    },
    line('in', 'wechat', '两车相撞，有人受伤', '2026-03-01T02:00:10.000Z'),
    line('out', 'wechat', '已收到，警察正在赶来。', '2026-03-01T02:00:12.000Z'),
  ],
});

/** SMS, covert kidnapping; the reporter gave another number as well. */
export const covertKidnap = makeView({
  id: 'inc_covert_kidnap',
  reference: 'GZ-20260301-0005',
  channel: 'sms',
  sender: '+8613711112222',
  category: 'kidnapping',
  priority: 'P1',
  route: '110',
  covert: true,
  earlyDispatched: true,
  status: 'collecting',
  location: { text: '白云区某仓库二楼', lat: null, lon: null, datum: null },
  elements: {
    what: '我被关在仓库里',
    location: '白云区某仓库二楼',
    safety: '不能说话',
    suspects: '三个男的',
    callback: '13700003333',
  },
  missing: ['vehicles'],
  revision: 1,
  reasons: [
    { rule: 'category.kidnapping.keyword', matched: '被关', effect: 'category=kidnapping' },
    { rule: 'covert.trigger', matched: '不能说话', effect: 'covert' },
  ],
  transcript: [
    line('in', 'sms', '我被关在仓库里 不能说话 别打电话', '2026-03-01T02:00:00.000Z'),
    line('out', 'sms', '收到。在哪里？', '2026-03-01T02:00:02.000Z'),
  ],
});

/** Web, non-police matter diverted to 12345; no callback (declined). */
export const divertedNonPolice = makeView({
  id: 'inc_divert',
  reference: 'GZ-20260301-0006',
  channel: 'web',
  sender: 'web:token-xyz',
  category: 'non_police',
  priority: 'divert',
  route: '12345',
  status: 'diverted',
  location: { text: '幸福小区3号楼', lat: null, lon: null, datum: null },
  elements: { what: '小区停水三天了', location: '幸福小区3号楼', callback: 'unknown', safety: '没有危险' },
  revision: 1,
  reasons: [{ rule: 'category.non_police.keyword', matched: '停水', effect: 'category=non_police' }],
  transcript: [
    line('in', 'web', '小区停水三天了', '2026-03-01T02:00:00.000Z'),
    line('out', 'web', '有没有人有危险？', '2026-03-01T02:00:02.000Z'),
    line('in', 'web', '没有危险', '2026-03-01T02:00:30.000Z'),
  ],
});

export const SCENARIOS = {
  webViolence,
  smsFraud,
  wechatPoint,
  covertKidnap,
  divertedNonPolice,
} as const;
