import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { distanceM } from '../../src/dispatch/coords.js';
import { telUri, toEido, xmlEscape, type EidoDocument } from '../../src/dispatch/eido.js';
import type { IncidentView } from '../../src/core/view.js';
import {
  OPTS,
  SCENARIOS,
  covertKidnap,
  divertedNonPolice,
  makeView,
  smsFraud,
  webViolence,
  wechatPoint,
} from './fixtures.js';

// ajv-formats is CommonJS; under NodeNext its default import may arrive wrapped.
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

const schema = JSON.parse(readFileSync(new URL('./schema/eido-1.0.schema.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function valid(doc: unknown): void {
  const ok = validate(doc);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

/** Every `{$ref}` anywhere in the document, and every component `$id`. */
function refsAndIds(doc: unknown): { refs: string[]; ids: string[] } {
  const refs: string[] = [];
  const ids: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      if (k === '$ref' && typeof child === 'string') refs.push(child);
      else if (k === '$id' && typeof child === 'string') ids.push(child);
      else walk(child);
    }
  };
  walk(doc);
  return { refs, ids };
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, removeNSPrefix: true });

/** Parsed XML (fast-xml-parser gives untyped trees). */
type Tree = ReturnType<XMLParser['parse']>;

function pidf(doc: EidoDocument): Tree {
  const xml = doc.locationComponent?.[0]?.locationByValue;
  expect(xml).toBeTypeOf('string');
  expect(XMLValidator.validate(xml!)).toBe(true);
  return parser.parse(xml!);
}

describe('toEido: schema validity', () => {
  for (const [name, view] of Object.entries(SCENARIOS)) {
    it(`${name} validates against the EIDO 1.0 schema and its references resolve`, () => {
      const doc = toEido(view, OPTS);
      valid(doc);
      const { refs, ids } = refsAndIds(doc);
      expect(new Set(ids).size).toBe(ids.length); // $id values are unique
      for (const r of refs) expect(ids, `dangling reference ${r}`).toContain(r);
      // JSON round trip changes nothing (no undefined, no functions, no NaN).
      expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    });
  }

  it('the schema rejects an invented property name and a missing required property', () => {
    const doc: Tree = toEido(smsFraud, OPTS);
    valid(doc);
    const bad1 = structuredClone(doc);
    bad1.callComponent[0].callType = 'sms';
    expect(validate(bad1)).toBe(false);
    const bad2 = structuredClone(doc);
    delete bad2.incidentComponent.incidentTypeCommonRegistryText;
    expect(validate(bad2)).toBe(false);
    const bad3 = structuredClone(doc);
    bad3.callComponent[0].direction = 'inbound';
    expect(validate(bad3)).toBe(false);
  });
});

describe('toEido: content', () => {
  it('envelope: version, issuing element, owning agency, JSON-LD context, snapshot time', () => {
    const doc = toEido(webViolence, OPTS);
    expect(doc.eidoVersion).toBe('1.0');
    expect(doc.$id).toBe(`urn:emergency:uid:incidentid:inc_web_violence:${OPTS.agencyId}`);
    expect(doc.lastUpdateTimeStamp).toBe(OPTS.now);
    expect(doc.issuingElementIdentification).toBe(`intake.${OPTS.agencyId}`);
    expect(doc.updatedByAgencyReference).toEqual({ $ref: OPTS.agencyId });
    expect(doc.agencyComponent).toHaveLength(1);
    const agency = doc.agencyComponent[0]!;
    expect(agency.$id).toBe(OPTS.agencyId);
    expect(agency.agencyType).toEqual(['police']);
    expect(agency.incidentOwningAgencyIndicator).toBe(true);
    expect(JSON.parse(agency.agencyJcard)).toEqual([
      'vcard',
      [
        ['version', {}, 'text', '4.0'],
        ['fn', {}, 'text', OPTS.agencyName],
        ['kind', {}, 'text', 'org'],
      ],
    ]);
  });

  it('incident: type from category (APCO code + internal), priority, status, id and reference', () => {
    const inc = toEido(webViolence, OPTS).incidentComponent;
    expect(inc.incidentTypeCommonRegistryText).toBe('ASSAULT');
    expect(inc.incidentTypeInternalCode).toBe('violence');
    expect(inc.incidentTypeInternalText).toBe('暴力伤害');
    expect(inc.incidentPriorityInternalText).toBe('P1');
    expect(inc.incidentStatusInternalText).toEqual(['collecting']);
    expect(inc.internalIncidentId).toBe('inc_web_violence');
    expect(inc.reportNumberType).toBe('GZ-20260301-0002');
    expect(toEido(smsFraud, OPTS).incidentComponent.incidentTypeCommonRegistryText).toBe('FRAUD');
    expect(toEido(covertKidnap, OPTS).incidentComponent.incidentTypeCommonRegistryText).toBe('ABDUCTNF');
    const unclassified = toEido(makeView(), OPTS).incidentComponent;
    expect(unclassified.incidentTypeCommonRegistryText).toBe('TROUBLE');
    expect(unclassified.incidentTypeInternalCode).toBe('unclassified');
  });

  it('call: localCallType is the channel, incoming, priority, start and answer times', () => {
    for (const view of Object.values(SCENARIOS)) {
      const call = toEido(view, OPTS).callComponent[0]!;
      expect(call.localCallType).toBe(view.channel);
      expect(call.standardPrimaryCallType).toBe('emergency');
      expect(call.direction).toBe('incoming');
      expect(call.$id).toBe(`urn:emergency:uid:callid:${view.id}:${OPTS.agencyId}`);
    }
    const call = toEido(webViolence, OPTS).callComponent[0]!;
    expect(call.priorityIdentifier).toBe('highest');
    expect(call.callStartTimestamp).toBe('2026-03-01T02:00:00.000Z');
    expect(call.answerDate).toBe('2026-03-01T02:00:02.000Z');
    expect(call.callStateRegistryText).toBe('callAnswered');
    expect(toEido(smsFraud, OPTS).callComponent[0]!.priorityIdentifier).toBe('high');
    expect(toEido(divertedNonPolice, OPTS).callComponent[0]!.priorityIdentifier).toBe('lowest');
    expect(toEido(divertedNonPolice, OPTS).callComponent[0]!.callStateRegistryText).toBe('callEnd');
    const fresh = toEido(makeView({ transcript: [] }), OPTS).callComponent[0]!;
    expect(fresh.callStateRegistryText).toBe('callBegin');
    expect(fresh.callStartTimestamp).toBe('2026-03-01T02:00:00.000Z');
    expect(fresh.answerDate).toBeUndefined();
  });

  it('callback: the SMS sender, the stated number, both, or none', () => {
    const fraud = toEido(smsFraud, OPTS);
    expect(fraud.callbackComponent?.[0]?.callBackInformationUri).toEqual(['tel:+8613912345678']);
    expect(fraud.callbackComponent?.[0]?.updatedCbn).toBeUndefined(); // same number given again
    expect(fraud.callComponent[0]!.callBackReference).toEqual({ $ref: fraud.callbackComponent![0]!.$id });
    expect(fraud.personComponent[0]!.callBackReference).toEqual({ $ref: fraud.callbackComponent![0]!.$id });

    const web = toEido(webViolence, OPTS);
    expect(web.callbackComponent?.[0]?.callBackInformationUri).toEqual(['tel:+8613800138000']);

    const wechat = toEido(wechatPoint, OPTS); // local number, no channel number
    expect(wechat.callbackComponent?.[0]?.callBackInformationUri).toEqual(['tel:13800138001;phone-context=+86']);

    const covert = toEido(covertKidnap, OPTS);
    expect(covert.callbackComponent?.[0]?.callBackInformationUri).toEqual(['tel:+8613711112222']);
    expect(covert.callbackComponent?.[0]?.updatedCbn?.updatedCbnIdentifierUri).toBe(
      'tel:13700003333;phone-context=+86',
    );

    const divert = toEido(divertedNonPolice, OPTS); // callback "unknown", web sender is no phone
    expect(divert.callbackComponent).toBeUndefined();
    expect(divert.callComponent[0]!.callBackReference).toBeUndefined();
  });

  it('telUri accepts phone numbers only', () => {
    expect(telUri('+86 138-0013-8000')).toBe('tel:+8613800138000');
    expect(telUri('13800138000')).toBe('tel:13800138000;phone-context=+86');
    expect(telUri('unknown')).toBeNull();
    expect(telUri('wxid_abc')).toBeNull();
    expect(telUri('12')).toBeNull();
  });

  it('location: reporter words kept verbatim; civic PIDF-LO carries them escaped', () => {
    const doc = toEido(webViolence, OPTS);
    const loc = doc.locationComponent![0]!;
    expect(loc.locationTypeDescriptionRegistryText).toBe('CurrentIncident');
    expect(loc.locationDescriptionText).toBe('环城公园南门 <b>东侧</b> & 公交站');
    expect(loc.locationByValue).toContain('&lt;b&gt;东侧&lt;/b&gt; &amp; 公交站');
    const p = pidf(doc);
    expect(p.presence.device.geopriv['location-info'].civicAddress.country).toBe('CN');
    expect(p.presence.device.geopriv['location-info'].civicAddress.LOC).toBe('环城公园南门 <b>东侧</b> & 公交站');
    expect(p.presence.device.geopriv.method).toBe('Manual');
    expect(doc.incidentComponent.locationReference).toEqual([{ $ref: loc.$id }]);
    expect(doc.callComponent[0]!.locationReference).toEqual([{ $ref: loc.$id }]);
  });

  it('location: a WeChat GCJ-02 point is exported in WGS 84 (EPSG:4326) with a conversion note', () => {
    const doc = toEido(wechatPoint, OPTS);
    const loc = doc.locationComponent![0]!;
    expect(loc.locationDescriptionText).toBe('天安门广场');
    const p = pidf(doc);
    const pt = p.presence.device.geopriv['location-info'].Point;
    expect(pt['@_srsName']).toBe('urn:ogc:def:crs:EPSG::4326');
    const [lat, lon] = String(pt.pos).split(' ').map(Number) as [number, number];
    expect(distanceM({ lat, lon }, { lat: 39.90733, lon: 116.39123 })).toBeLessThan(20);
    const noteId = loc.notesReference?.[0]?.$ref;
    const note = doc.notesComponent.find((n) => n.$id === noteId);
    expect(note?.notesActionComments).toContain('GCJ-02');
  });

  it('location: a WGS 84 point is not moved; no location → no component', () => {
    const view = makeView({ location: { text: null, lat: 39.90733, lon: 116.39123, datum: 'WGS84' } });
    const doc = toEido(view, OPTS);
    const p = pidf(doc);
    expect(p.presence.device.geopriv['location-info'].Point.pos).toBe('39.90733 116.39123');
    expect(doc.locationComponent![0]!.locationDescriptionText).toBeUndefined();
    expect(doc.locationComponent![0]!.notesReference).toBeUndefined();
    expect(toEido(makeView(), OPTS).locationComponent).toBeUndefined();
    expect(toEido(makeView(), OPTS).incidentComponent.locationReference).toBeUndefined();
  });

  it('location: out-of-range coordinates are left out, the words still go', () => {
    const view = makeView({ location: { text: '东门', lat: 123, lon: 116, datum: 'GCJ02' } });
    const doc = toEido(view, OPTS);
    valid(doc);
    expect(doc.locationComponent![0]!.locationDescriptionText).toBe('东门');
    expect(pidf(doc).presence.device.geopriv['location-info'].civicAddress.LOC).toBe('东门');
  });

  it('person: the reporter as Caller, on the call', () => {
    const doc = toEido(smsFraud, OPTS);
    expect(doc.personComponent).toHaveLength(1);
    const person = doc.personComponent[0]!;
    expect(person.personIncidentRoleRegistryText).toEqual(['Caller']);
    expect(person.callIdentifier).toEqual([doc.callComponent[0]!.$id]);
    expect(doc.incidentComponent.personReference).toEqual([{ $ref: person.$id }]);
    expect(doc.callComponent[0]!.personReference).toEqual([{ $ref: person.$id }]);
    const named = toEido(makeView({ elements: { name: '李', relation: '儿子' } }), OPTS);
    const note = named.notesComponent.find((n) => n.$id === named.personComponent[0]!.notesReference?.[0]?.$ref);
    expect(note?.notesActionComments).toContain('报警人姓名: 李');
    expect(note?.notesActionComments).toContain('与事件关系: 儿子');
  });

  it('cautions: covert → do not call (highest), weapon → caution; referenced from caution notes', () => {
    const covert = toEido(covertKidnap, OPTS);
    expect(covert.cautionComponent).toHaveLength(1);
    const c = covert.cautionComponent![0]!;
    expect(c.cautionTypeCommonRegistryText).toBe('CovertReporter');
    expect(c.cautionSeverity).toBe('highest');
    expect(c.cautionTypeInternalText).toContain('切勿致电');
    const note = covert.notesComponent.find((n) => n.cautionReference?.some((r) => r.$ref === c.$id));
    expect(note).toBeDefined();
    expect(covert.incidentComponent.notesReference).toContainEqual({ $ref: note!.$id });
    expect(covert.personComponent[0]!.notesReference).toContainEqual({ $ref: note!.$id });

    const web = toEido(webViolence, OPTS);
    expect(web.cautionComponent?.map((x) => x.cautionTypeCommonRegistryText)).toEqual(['Weapon']);
    expect(web.cautionComponent?.[0]?.cautionTypeInternalText).toContain('有刀');
    expect(web.cautionComponent?.[0]?.cautionSeverity).toBe('highest');

    expect(toEido(smsFraud, OPTS).cautionComponent).toBeUndefined();
    const en = toEido(makeView({ language: 'en', covert: true }), OPTS);
    expect(en.cautionComponent?.[0]?.cautionTypeInternalText).toMatch(/do not call/i);
  });

  it('notes: one per transcript line plus the elements, HTML-escaped', () => {
    const doc = toEido(webViolence, OPTS);
    const callNotes = doc.callComponent[0]!.notesReference!.map((r) =>
      doc.notesComponent.find((n) => n.$id === r.$ref)!,
    );
    expect(callNotes).toHaveLength(3);
    expect(callNotes[0]!.lastUpdateTimeStamp).toBe('2026-03-01T02:00:00.000Z');
    expect(callNotes[0]!.notesActionComments).toContain('报警人 (web)');
    expect(callNotes[1]!.notesActionComments).toContain('系统 (web)');
    const all = doc.notesComponent.map((n) => n.notesActionComments).join('\n');
    expect(all).not.toContain('<script>');
    expect(all).not.toContain('<b>');
    expect(all).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos;');
    const elements = doc.notesComponent.find((n) => n.$id.endsWith(':note:elements'))!;
    expect(elements.notesActionComments).toContain('<li>凶器: 有刀</li>');
    expect(elements.notesActionComments).toContain('<li>伤亡: 一人流血</li>');
    expect(elements.notesActionComments).toContain('尚未获取: 嫌疑人');
    expect(elements.notesActionComments).toContain('先期处置');
    // Shared location on a transcript line is shown.
    const wechat = toEido(wechatPoint, OPTS);
    expect(wechat.notesComponent.some((n) => n.notesActionComments.includes('共享位置 39.90872,116.39748 GCJ02'))).toBe(
      true,
    );
  });

  it('notes: English incident uses English labels', () => {
    const doc = toEido(smsFraud, OPTS);
    const elements = doc.notesComponent.find((n) => n.$id.endsWith(':note:elements'))!;
    expect(elements.notesActionComments).toContain('<li>Loss: sent 50,000 yuan &amp; they want more</li>');
    expect(doc.incidentComponent.incidentTypeInternalText).toBe('Fraud / scam');
  });

  it('links: related incidents as RELATED links; the cluster id in a note', () => {
    const doc = toEido(wechatPoint, OPTS);
    expect(doc.linkComponent?.map((l) => l.incidentTrackingIdentifier)).toEqual([
      `urn:emergency:uid:incidentid:inc_other_1:${OPTS.agencyId}`,
      `urn:emergency:uid:incidentid:inc_other_2:${OPTS.agencyId}`,
    ]);
    expect(doc.linkComponent?.every((l) => l.linkDirectionCode === 'RELATED')).toBe(true);
    expect(doc.linkComponent?.[0]?.transactionReasonText).toContain('clu_77');
    expect(doc.notesComponent.some((n) => n.notesActionComments.includes('clu_77'))).toBe(true);
    const prev = toEido(makeView({ links: { clusterId: null, related: ['inc_prev'] } }), OPTS);
    expect(prev.linkComponent?.[0]?.transactionReasonText).toBe('同一报警人的先前报警');
    expect(toEido(smsFraud, OPTS).linkComponent).toBeUndefined();
  });

  it('diverted non-police incident', () => {
    const doc = toEido(divertedNonPolice, OPTS);
    expect(doc.incidentComponent.incidentTypeInternalCode).toBe('non_police');
    expect(doc.incidentComponent.incidentPriorityInternalText).toBe('divert');
    expect(doc.incidentComponent.incidentStatusInternalText).toEqual(['diverted']);
    const elements = doc.notesComponent.find((n) => n.$id.endsWith(':note:elements'))!;
    expect(elements.notesActionComments).toContain('12345');
  });

  it('snapshots: pure and deterministic; each revision is a whole state', () => {
    expect(toEido(webViolence, OPTS)).toEqual(toEido(webViolence, OPTS));
    const r1: IncidentView = { ...covertKidnap, revision: 1 };
    const r2: IncidentView = {
      ...covertKidnap,
      revision: 2,
      updatedAt: '2026-03-01T02:06:00.000Z',
      elements: { ...covertKidnap.elements, vehicles: '白色面包车' },
      missing: [],
    };
    const a = toEido(r1, OPTS);
    const b = toEido(r2, OPTS);
    valid(b);
    // Everything from revision 1 is still in revision 2 (no deltas), plus the new answer.
    expect(b.cautionComponent).toHaveLength(1);
    expect(b.locationComponent).toHaveLength(1);
    expect(b.callbackComponent).toHaveLength(1);
    expect(b.notesComponent.length).toBe(a.notesComponent.length);
    expect(b.notesComponent.find((n) => n.$id.endsWith(':note:elements'))!.notesActionComments).toContain('白色面包车');
    expect(b.incidentComponent.lastUpdateTimeStamp).toBe('2026-03-01T02:06:00.000Z');
    // The input is not mutated.
    expect(covertKidnap.elements.vehicles).toBeUndefined();
  });

  it('control characters in reporter text do not break the PIDF-LO XML', () => {
    const view = makeView({ location: { text: 'A\u0000B\u0007C <x>', lat: null, lon: null, datum: null } });
    const doc = toEido(view, OPTS);
    valid(doc);
    expect(pidf(doc).presence.device.geopriv['location-info'].civicAddress.LOC).toBe('ABC <x>');
  });
});

describe('xmlEscape', () => {
  it('escapes the five XML specials and keeps valid text as it is', () => {
    expect(xmlEscape(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    const plain = '他拿着刀 / knife 🔪 tab\there\nnewline';
    expect(xmlEscape(plain)).toBe(plain);
  });

  it('drops what XML 1.0 cannot carry: control characters, U+FFFE/U+FFFF, lone surrogates; keeps pairs', () => {
    expect(xmlEscape('a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg')).toBe('abcdefg');
    expect(xmlEscape('x\ud83dy')).toBe('xy');
    expect(xmlEscape('x\ude00y')).toBe('xy');
    expect(xmlEscape('x\ud83d\ude00y&')).toBe('x\ud83d\ude00y&amp;');
  });
});
