import { XMLParser } from 'fast-xml-parser';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestGateway } from '../helpers/gateway.js';
import { auth, dispatchGateway } from './outbox-harness.js';
import type { IncidentView } from '../../src/core/view.js';
import { distanceM } from '../../src/dispatch/coords.js';
import { capDateTime, capRatings, revisionTimes, toCap } from '../../src/dispatch/cap.js';
import { CAP_NS, checkCap } from './cap-check.js';
import {
  OPTS,
  SCENARIOS,
  XSS,
  covertKidnap,
  divertedNonPolice,
  makeView,
  smsFraud,
  webViolence,
  wechatPoint,
} from './fixtures.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['info', 'category', 'parameter', 'area', 'circle', 'eventCode'].includes(name),
});

/** Parsed XML (fast-xml-parser gives untyped trees). */
type Tree = ReturnType<XMLParser['parse']>;

function parse(view: IncidentView, opts: Partial<Parameters<typeof toCap>[1]> = {}): Tree {
  const xml = toCap(view, { ...OPTS, ...opts });
  expect(checkCap(xml)).toEqual([]);
  return parser.parse(xml).alert;
}

function param(info: Tree, name: string): string[] {
  return (info.parameter as { valueName: string; value: string }[])
    .filter((p) => p.valueName === name)
    .map((p) => p.value);
}

describe('toCap: structure', () => {
  for (const [name, view] of Object.entries(SCENARIOS)) {
    it(`${name} passes the CAP 1.2 structural check`, () => {
      const xml = toCap(view, OPTS);
      expect(
        xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'),
      ).toBe(true);
      expect(checkCap(xml)).toEqual([]);
    });
  }

  it('the checker itself catches order, cardinality, enum, dateTime and token errors', () => {
    const good = toCap(smsFraud, OPTS);
    expect(checkCap(good.replace('<status>Actual</status>', '<status>Real</status>'))).toEqual([
      'alert/status[0]: "Real" not in Actual|Exercise|System|Test|Draft',
    ]);
    const swapped = good.replace(/(\s*<identifier>[^<]*<\/identifier>)(\s*<sender>[^<]*<\/sender>)/, '$2$1');
    expect(swapped).not.toBe(good);
    expect(checkCap(swapped)).toContain('alert: missing required <identifier>');
    expect(checkCap(good.replace(/<sent>[^<]*<\/sent>/, '<sent>2026-03-01T02:10:00Z</sent>'))[0]).toMatch(
      /bad CAP dateTime/,
    );
    expect(checkCap(good.replace(/<sent>[^<]*<\/sent>/, '<sent>2026-03-01T10:10:00.123+08:00</sent>'))[0]).toMatch(
      /bad CAP dateTime/,
    );
    expect(checkCap(good.replace(/<event>[^<]*<\/event>/, ''))).toContain('alert/info[0]: missing required <event>');
    expect(checkCap(good.replace(/<identifier>[^<]*<\/identifier>/, '<identifier>a b</identifier>'))[0]).toMatch(
      /spaces/,
    );
    expect(checkCap(good.replace(/<restriction>[^<]*<\/restriction>/, ''))).toContain(
      'alert: Restricted scope needs <restriction>',
    );
    expect(checkCap(good.replace('</alert>', '<bogus/></alert>'))).toContain(
      'alert: unexpected or out-of-order <bogus>',
    );
    expect(checkCap('<alert><oops></alert>')[0]).toMatch(/not well-formed/);
  });
});

describe('toCap: alert block', () => {
  it('identifier, sender, sent with +08:00 and no milliseconds, status Actual', () => {
    const a = parse(smsFraud, { revisions: [{ revision: 1, at: '2026-03-01T02:01:30.456Z' }] });
    expect(a['@_xmlns']).toBe(CAP_NS);
    expect(a.identifier).toBe('psap.gz.example.cn.inc_sms_fraud.r1');
    expect(a.sender).toBe(OPTS.agencyId);
    expect(a.sent).toBe('2026-03-01T10:01:30+08:00');
    expect(a.status).toBe('Actual');
    expect(a.msgType).toBe('Alert');
    expect(a.references).toBeUndefined();
    expect(a.incidents).toBe('inc_sms_fraud');
  });

  it('sent: configurable offset; UTC is written -00:00, never Z', () => {
    expect(capDateTime('2026-03-01T02:10:00.999Z')).toBe('2026-03-01T10:10:00+08:00');
    expect(capDateTime('2026-03-01T02:10:00Z', 0)).toBe('2026-03-01T02:10:00-00:00');
    expect(capDateTime('2026-03-01T02:10:00Z', -300)).toBe('2026-02-28T21:10:00-05:00');
    expect(capDateTime('2026-03-01T23:30:00+08:00', 330)).toBe('2026-03-01T21:00:00+05:30');
    expect(() => capDateTime('yesterday')).toThrow(RangeError);
    expect(parse(smsFraud, { utcOffsetMinutes: 0 }).sent).toBe('2026-03-01T02:05:00-00:00');
  });

  it('sent is the time of the revision, not of the request: fetching it twice gives the same document', () => {
    const revisions = [{ revision: 1, at: '2026-03-01T02:01:30Z' }];
    const first = toCap(smsFraud, { ...OPTS, now: '2026-03-01T02:10:00Z', revisions });
    const later = toCap(smsFraud, { ...OPTS, now: '2026-03-01T09:59:59Z', revisions });
    expect(later).toBe(first);
    // Without the revision times the incident's last change is used, still not the request time.
    expect(parse(smsFraud).sent).toBe('2026-03-01T10:05:00+08:00');
  });

  it("an Update's references carry the previous revision's own sender, identifier and sent", () => {
    const revisions = [
      { revision: 1, at: '2026-03-01T02:00:03Z' },
      { revision: 2, at: '2026-03-01T02:04:10Z' },
    ];
    const r1 = parse(makeView({ id: 'inc_x', revision: 1 }), { revisions });
    const r2 = parse(makeView({ id: 'inc_x', revision: 2 }), { revisions });
    expect(r1.msgType).toBe('Alert');
    expect(r1.references).toBeUndefined();
    expect(r2.msgType).toBe('Update');
    expect(r2.sent).toBe('2026-03-01T10:04:10+08:00');
    expect(r2.references).toBe(`${r1.sender},${r1.identifier},${r1.sent}`);
  });

  it('revision times are read from the audit trail (dispatch_queued per revision)', () => {
    expect(
      revisionTimes([
        { type: 'created', at: '2026-03-01T02:00:00.000Z', data: {} },
        { type: 'dispatch_queued', at: '2026-03-01T02:00:03.000Z', data: { type: 'dispatch', revision: 1 } },
        { type: 'dispatch_queued', at: '2026-03-01T02:04:10.000Z', data: { type: 'dispatch', revision: 2 } },
      ]),
    ).toEqual([
      { revision: 1, at: '2026-03-01T02:00:03.000Z' },
      { revision: 2, at: '2026-03-01T02:04:10.000Z' },
    ]);
  });

  it('revision > 1 is an Update referencing the previous revision', () => {
    const a = parse(webViolence); // revision 2
    expect(a.msgType).toBe('Update');
    expect(a.identifier).toBe('psap.gz.example.cn.inc_web_violence.r2');
    expect(a.references).toBe('psap.gz.example.cn,psap.gz.example.cn.inc_web_violence.r1,2026-03-01T10:00:00+08:00');
    const explicit = parse(wechatPoint, {
      references: [
        { identifier: 'psap.gz.example.cn.inc_wechat_point.r1', sent: '2026-03-01T02:00:01Z' },
        { identifier: 'psap.gz.example.cn.inc_wechat_point.r2', sent: '2026-03-01T02:03:00Z' },
      ],
    });
    expect(explicit.msgType).toBe('Update');
    expect(explicit.references).toBe(
      'psap.gz.example.cn,psap.gz.example.cn.inc_wechat_point.r1,2026-03-01T10:00:01+08:00 ' +
        'psap.gz.example.cn,psap.gz.example.cn.inc_wechat_point.r2,2026-03-01T10:03:00+08:00',
    );
    expect(parse(makeView({ revision: 0 })).msgType).toBe('Alert');
  });

  it('scope: Restricted with restriction text; covert is Private, addressed to the agency, with a note', () => {
    const open = parse(smsFraud);
    expect(open.scope).toBe('Restricted');
    expect(open.restriction).toMatch(/police \(110\) dispatch only/);
    expect(open.addresses).toBeUndefined();
    expect(parse(webViolence).restriction).toContain('仅限公安110指挥调度使用');
    const covert = parse(covertKidnap);
    expect(covert.scope).toBe('Private');
    expect(covert.addresses).toBe(OPTS.agencyId);
    expect(covert.restriction).toBeUndefined();
    expect(covert.note).toContain('切勿致电');
  });

  it('an agency id with spaces or commas still yields valid tokens', () => {
    const xml = toCap(smsFraud, { ...OPTS, agencyId: 'psap gz,example<&' });
    expect(checkCap(xml)).toEqual([]);
  });
});

describe('toCap: info block', () => {
  it('language and category per incident category (+ Fire / Health from the route)', () => {
    const cases: [IncidentView, string, string[]][] = [
      [webViolence, 'zh-CN', ['Security', 'Health']],
      [smsFraud, 'en', ['Security']],
      [wechatPoint, 'zh-CN', ['Safety', 'Transport', 'Health']],
      [covertKidnap, 'zh-CN', ['Security']],
      [divertedNonPolice, 'zh-CN', ['Other']],
      [makeView({ category: 'fire', route: '110+119', priority: 'P1' }), 'zh-CN', ['Fire']],
      [makeView({ category: 'medical', route: '110+120', priority: 'P1' }), 'zh-CN', ['Health']],
      [makeView({ category: 'rescue', route: '110+119', priority: 'P1' }), 'zh-CN', ['Rescue', 'Fire']],
      [makeView({ category: 'self_harm', route: '110+120', priority: 'P1' }), 'zh-CN', ['Health', 'Safety']],
      [makeView({ category: null }), 'zh-CN', ['Security']],
    ];
    for (const [view, lang, cats] of cases) {
      const info = parse(view).info[0];
      expect(info.language).toBe(lang);
      expect(info.category).toEqual(cats);
    }
  });

  it('urgency / severity / certainty from the priority', () => {
    const r = (over: Partial<IncidentView>): string => {
      const x = capRatings(makeView(over));
      return `${x.urgency}/${x.severity}/${x.certainty}`;
    };
    expect(r({ priority: 'P1', category: 'violence' })).toBe('Immediate/Severe/Observed');
    expect(
      r({ priority: 'P1', category: 'violence', reasons: [{ rule: 'modifier.weapon', matched: '刀', effect: '' }] }),
    ).toBe('Immediate/Extreme/Observed');
    expect(
      r({ priority: 'P1', category: 'traffic', reasons: [{ rule: 'modifier.injury', matched: '血', effect: '' }] }),
    ).toBe('Immediate/Extreme/Observed');
    expect(r({ priority: 'P1', category: 'kidnapping' })).toBe('Immediate/Extreme/Observed');
    expect(r({ priority: 'P2' })).toBe('Expected/Severe/Likely');
    expect(r({ priority: 'P3' })).toBe('Future/Moderate/Possible');
    expect(r({ priority: 'P4' })).toBe('Unknown/Minor/Possible');
    expect(r({ priority: 'divert' })).toBe('Past/Minor/Unknown');
    expect(r({ priority: 'P2', status: 'resolved' })).toBe('Past/Severe/Likely');
    const info = parse(webViolence).info[0];
    expect([info.urgency, info.severity, info.certainty]).toEqual(['Immediate', 'Extreme', 'Observed']);
    const d = parse(divertedNonPolice).info[0];
    expect([d.urgency, d.severity, d.certainty]).toEqual(['Past', 'Minor', 'Unknown']);
  });

  it('event, APCO event code, senderName, headline, description with the elements', () => {
    const info = parse(smsFraud).info[0];
    expect(info.event).toBe('Fraud / scam');
    expect(info.eventCode).toEqual([{ valueName: 'APCO-ANS-2.103.2', value: 'FRAUD' }]);
    expect(info.senderName).toBe(OPTS.agencyName);
    expect(info.headline).toBe('[P2] Fraud / scam - Room 1203, 88 Tianhe Rd');
    expect(info.description).toContain('Loss: sent 50,000 yuan & they want more');
    expect(info.description).toContain('Time: 10 minutes ago');
    expect(info.description).toContain('Priority: P2');
    expect(info.contact).toBe('+8613912345678');
    expect(info.instruction).toBeUndefined();
    const long = parse(makeView({ location: { text: '长'.repeat(300), lat: null, lon: null, datum: null } })).info[0];
    expect([...(long.headline as string)].length).toBeLessThanOrEqual(160);
  });

  it('instructions where relevant: covert, weapon, 119/120, 12345, early dispatch', () => {
    const covert = parse(covertKidnap).info[0];
    expect(covert.instruction).toContain('切勿致电或回拨报警人');
    expect(covert.instruction).toContain('先期处置');
    expect(covert.contact).toBe('+8613711112222, 13700003333（隐蔽报警，勿致电，仅文字联系）');
    const web = parse(webViolence).info[0];
    expect(web.instruction).toContain('凶器');
    expect(web.instruction).toContain('120');
    expect(parse(divertedNonPolice).info[0].instruction).toContain('12345');
    const en = parse(makeView({ language: 'en', covert: true })).info[0];
    expect(en.instruction).toMatch(/do NOT call the reporter/);
  });

  it('parameters carry ids, priority, route, covert, links', () => {
    const info = parse(wechatPoint).info[0];
    expect(param(info, 'incidentId')).toEqual(['inc_wechat_point']);
    expect(param(info, 'reference')).toEqual(['BJ-20260301-0004']);
    expect(param(info, 'priority')).toEqual(['P1']);
    expect(param(info, 'route')).toEqual(['110+120']);
    expect(param(info, 'covert')).toEqual(['false']);
    expect(param(info, 'channel')).toEqual(['wechat']);
    expect(param(info, 'coordinatesConvertedFrom')).toEqual(['GCJ02']);
    expect(param(info, 'clusterId')).toEqual(['clu_77']);
    expect(param(info, 'relatedIncident')).toEqual(['inc_other_1', 'inc_other_2']);
  });

  it('area: areaDesc is the location text; circle in WGS 84 (GCJ-02 converted), radius in km', () => {
    const area = parse(wechatPoint).info[0].area[0];
    expect(area.areaDesc).toBe('天安门广场');
    expect(area.circle).toHaveLength(1);
    const m = /^(-?[\d.]+),(-?[\d.]+) ([\d.]+)$/.exec(area.circle[0] as string)!;
    expect(distanceM({ lat: Number(m[1]), lon: Number(m[2]) }, { lat: 39.90733, lon: 116.39123 })).toBeLessThan(20);
    expect(m[3]).toBe('0.1');
    expect(parse(wechatPoint, { radiusKm: 0.5 }).info[0].area[0].circle[0]).toMatch(/ 0\.5$/);
    const textOnly = parse(smsFraud).info[0].area[0];
    expect(textOnly.areaDesc).toBe('Room 1203, 88 Tianhe Rd');
    expect(textOnly.circle).toBeUndefined();
    const pointOnly = parse(makeView({ location: { text: null, lat: 31.2304, lon: 121.4737, datum: 'WGS84' } })).info[0]
      .area[0];
    expect(pointOnly.areaDesc).toBe('31.230400,121.473700');
    expect(pointOnly.circle[0]).toBe('31.230400,121.473700 0.1');
    expect(parse(makeView()).info[0].area[0].areaDesc).toBe('地点未知');
    const bad = parse(makeView({ location: { text: '东门', lat: Number.NaN, lon: 116, datum: 'WGS84' } })).info[0]
      .area[0];
    expect(bad.areaDesc).toBe('东门');
    expect(bad.circle).toBeUndefined();
  });
});

describe('toCap: escaping', () => {
  it('script injection in reporter text comes out escaped and round-trips as text', () => {
    const xml = toCap(webViolence, OPTS);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    expect(xml).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos; &quot;double&quot;',
    );
    expect(checkCap(xml)).toEqual([]);
    const info = parse(webViolence).info[0];
    expect(info.description).toContain(`事件: 有人在砍人 ${XSS}`);
    expect(info.area[0].areaDesc).toBe('环城公园南门 <b>东侧</b> & 公交站');
    expect(info.headline).toContain('<b>东侧</b> & 公交站');
  });

  it('CDATA terminators, entities and control characters cannot break the document', () => {
    const nasty = ']]><!ENTITY x "y">&x;\u0000\u0008\u001f</alert><alert>\uD800 end';
    const view = makeView({
      elements: { what: nasty },
      location: { text: nasty, lat: null, lon: null, datum: null },
    });
    const xml = toCap(view, OPTS);
    expect(checkCap(xml)).toEqual([]);
    const info = parse(view).info[0];
    expect(info.area[0].areaDesc).toBe(']]><!ENTITY x "y">&x;</alert><alert> end');
  });
});

describe('GET /api/v1/incidents/<id>/cap', () => {
  let gw: TestGateway;
  beforeEach(async () => {
    gw = await dispatchGateway({ AGENCY_ID: 'psap.xa.example.cn', AGENCY_NAME: '110' });
  });
  afterEach(async () => {
    await gw.stop();
  });
  const cap = async (id: string) => {
    const res = await request(gw.app).get(`/api/v1/incidents/${id}/cap`).set(auth);
    expect(res.status).toBe(200);
    expect(checkCap(res.text)).toEqual([]);
    return parser.parse(res.text).alert;
  };

  it('the same revision fetched later is the same alert; the next one is an Update referencing it', async () => {
    const r = await request(gw.app).post('/api/v1/reports').send({ text: '有人在环城公园南门持刀砍人' });
    expect(r.status).toBe(201);
    const first = await cap(r.body.incidentId);
    expect(first.msgType).toBe('Alert');
    gw.clock.advance(90);
    expect(await cap(r.body.incidentId)).toEqual(first);

    gw.clock.advance(30);
    const more = await request(gw.app)
      .post(`/api/v1/reports/${r.body.token}/messages`)
      .send({ text: '两个人受伤了，凶手穿黑色外套往北跑了' });
    expect(more.status).toBe(200);
    gw.clock.advance(600);
    const update = await cap(r.body.incidentId);
    expect(update.identifier).not.toBe(first.identifier);
    expect(update.msgType).toBe('Update');
    expect(update.references).toBe(`${first.sender},${first.identifier},${first.sent}`);
    expect(update.sent).not.toBe(first.sent);
    expect(update.sent).toBe(capDateTime(new Date(Date.parse('2026-11-23T10:00:00.000Z') + 120_000).toISOString()));
  });
});
