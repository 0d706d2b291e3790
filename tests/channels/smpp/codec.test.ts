/** SMPP payloads: deliver_sm decoding (texts, parts, receipts), submit_sm encoding, SMPP_URL. */
import { describe, expect, it } from 'vitest';
import {
  concatenationOf,
  decodeDeliverSm,
  encodeGsm7,
  encodeReply,
  encodeUcs2,
  senderOf,
} from '../../../src/channels/smpp/codec.js';
import { parseSmppUrl, redactSmppUrl } from '../../../src/channels/smpp/url.js';
import { loadConfig } from '../../../src/config.js';

describe('deliver_sm', () => {
  it('a delivery receipt: id and stat from the text, or the receipted_message_id and message_state TLVs', () => {
    const text = 'id:0A1B2C3D sub:001 dlvrd:001 submit date:2611231000 done date:2611231001 stat:DELIVRD err:000 text:';
    expect(decodeDeliverSm({ esm_class: 0x04, short_message: { message: text } })).toEqual({
      kind: 'receipt',
      messageId: '0A1B2C3D',
      stat: 'DELIVRD',
      status: 'delivered',
      error: null,
    });
    expect(
      decodeDeliverSm({
        esm_class: 0x04,
        short_message: { message: 'id:1 stat:UNDELIV err:034' },
        receipted_message_id: 'msg-77',
      }),
    ).toMatchObject({ messageId: 'msg-77', status: 'undelivered', error: '034' });
    expect(
      decodeDeliverSm({
        esm_class: 0x04,
        short_message: { message: '' },
        receipted_message_id: 'x9',
        message_state: 8,
      }),
    ).toMatchObject({ messageId: 'x9', stat: 'REJECTD', status: 'failed' });
    for (const [stat, status] of [
      ['EXPIRED', 'failed'],
      ['DELETED', 'failed'],
      ['ACCEPTD', 'sent'],
      ['ENROUTE', 'sent'],
    ] as const) {
      expect(decodeDeliverSm({ esm_class: 0x04, short_message: { message: `id:1 stat:${stat}` } })).toMatchObject({
        status,
      });
    }
  });

  it('a text: the sender in E.164 for an international number, as given otherwise', () => {
    expect(
      decodeDeliverSm({ source_addr: '8613800138000', source_addr_ton: 1, short_message: { message: 'hi' } }),
    ).toEqual({ kind: 'text', from: '+8613800138000', to: '', text: 'hi', part: null });
    expect(senderOf('13800138000', 0)).toBe('13800138000');
    expect(senderOf('+8613800138000', 0)).toBe('+8613800138000');
    expect(senderOf('10086', 3)).toBe('10086');
  });

  it('concatenation from the UDH (8- and 16-bit references) or the SAR TLVs; a long text in message_payload', () => {
    expect(concatenationOf([Buffer.from([0x00, 0x03, 0x2a, 3, 2])])).toEqual({ ref: '8:42', total: 3, seq: 2 });
    expect(concatenationOf([Buffer.from([0x08, 0x04, 0x12, 0x34, 4, 1])])).toEqual({
      ref: '16:4660',
      total: 4,
      seq: 1,
    });
    // Another information element first (a port address) is skipped.
    expect(concatenationOf([Buffer.from([0x05, 0x04, 0, 1, 0, 2]), Buffer.from([0x00, 0x03, 7, 2, 2])])).toEqual({
      ref: '8:7',
      total: 2,
      seq: 2,
    });
    expect(
      decodeDeliverSm({
        esm_class: 0x40,
        short_message: { udh: [Buffer.from([0x00, 0x03, 1, 2, 1])], message: '第一段' },
      }),
    ).toMatchObject({ part: { ref: '8:1', total: 2, seq: 1 }, text: '第一段' });
    expect(
      decodeDeliverSm({
        short_message: { message: 'x' },
        sar_msg_ref_num: 9,
        sar_total_segments: 2,
        sar_segment_seqnum: 2,
      }),
    ).toMatchObject({ part: { ref: 'sar:9', total: 2, seq: 2 } });
    // A part number outside its count is not a part (it is stored as it is, not held for ever).
    expect(
      decodeDeliverSm({ esm_class: 0x40, short_message: { udh: [Buffer.from([0x00, 0x03, 1, 2, 3])], message: 'x' } }),
    ).toMatchObject({ part: null });
    expect(
      decodeDeliverSm({ short_message: { message: '' }, message_payload: { message: '很长的一段话' } }),
    ).toMatchObject({ text: '很长的一段话' });
  });
});

describe('submit_sm', () => {
  it('GSM-7 for plain text (extension characters escaped), UCS-2 for Chinese, one part when it fits', () => {
    expect([...encodeGsm7('A@{€')]).toEqual([0x41, 0x00, 0x1b, 0x28, 0x1b, 0x65]);
    expect(encodeReply('Police are on the way.', 1)).toEqual([
      { short_message: encodeGsm7('Police are on the way.'), data_coding: 0, esm_class: 0 },
    ]);
    expect(encodeReply('民警已出发', 1)).toEqual([
      { short_message: encodeUcs2('民警已出发'), data_coding: 8, esm_class: 0 },
    ]);
  });

  it('longer texts: UDH parts of 67 UCS-2 units / 153 septets, escape and surrogate pairs kept whole', () => {
    const zh = '警'.repeat(140);
    const parts = encodeReply(zh, 0x2a);
    expect(parts).toHaveLength(3);
    parts.forEach((p, i) => {
      expect([...p.short_message.subarray(0, 6)]).toEqual([0x05, 0x00, 0x03, 0x2a, 3, i + 1]);
      expect(p.esm_class).toBe(0x40);
      expect(p.short_message.length - 6).toBeLessThanOrEqual(134);
    });
    const en = `${'a'.repeat(152)}€${'b'.repeat(20)}`;
    const gsm = encodeReply(en, 5);
    expect(gsm).toHaveLength(2);
    // The euro sign (escape + 0x65) did not fit in the first part's last septet: it starts the second.
    expect(gsm[0]!.short_message.length - 6).toBe(152);
    expect([...gsm[1]!.short_message.subarray(6, 8)]).toEqual([0x1b, 0x65]);
    const emoji = `${'x'.repeat(66)}🚓`;
    const u = encodeReply(`${emoji}${'再见'.repeat(5)}`, 1);
    expect(u).toHaveLength(2);
    // 66 units, not 67: the police car's surrogate pair goes whole into the second part.
    expect(u[0]!.short_message.length - 6).toBe(132);
    expect(u[1]!.short_message.subarray(6, 10)).toEqual(encodeUcs2('🚓'));
  });
});

describe('SMPP_URL', () => {
  it('parses system_id, password, host and port; hides the password in logs; config refuses other shapes', () => {
    expect(parseSmppUrl('smpp://gw110:s3cr3t@smsc.example.cn:2776')).toEqual({
      host: 'smsc.example.cn',
      port: 2776,
      systemId: 'gw110',
      password: 's3cr3t',
    });
    expect(parseSmppUrl('smpp://gw110:pw@10.0.0.5').port).toBe(2775);
    expect(redactSmppUrl('smpp://gw110:s3cr3t@smsc:2775')).toBe('smpp://gw110:***@smsc:2775');
    expect(() => parseSmppUrl('http://x:y@z')).toThrow(/smpp:\/\//);
    expect(() => loadConfig({ SMPP_URL: 'smsc.example.cn:2775' })).toThrow(/SMPP_URL/);
    expect(() => loadConfig({ SMPP_SOURCE_ADDR: '12110; DROP' })).toThrow(/SMPP_SOURCE_ADDR/);
    expect(loadConfig({ SMPP_URL: 'smpp://a:b@h:1', SMPP_SOURCE_ADDR: '12110' }).env.SMPP_SOURCE_ADDR).toBe('12110');
  });
});
