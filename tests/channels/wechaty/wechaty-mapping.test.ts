/** Wechaty message -> InboundMessage, table-driven, against Wechaty's own message type enum. */
import { types } from 'wechaty';
import { describe, expect, it } from 'vitest';
import {
  MessageType,
  maskId,
  qrCodeUrl,
  sharedLocation,
  toInboundMessage,
} from '../../../src/channels/wechaty/mapping.js';
import { createWechatyChannel } from '../../../src/channels/wechaty/adapter.js';
import { loadConfig } from '../../../src/config.js';

const at = new Date('2026-11-23T10:00:00.000Z');
const mockLocation = {
  latitude: 39.995121,
  longitude: 116.334154,
  accuracy: 15,
  name: '东升乡人民政府(海淀区成府路45号)',
  address: '北京市北京市海淀区45 Chengfu Rd',
};
const message = (type: number, text = '') => ({ id: 'msg-1', type: () => type, text: () => text });
const noLocation = () => Promise.reject(new Error('not a location message'));

describe('wechaty mapping', () => {
  it('uses the same message type numbers as Wechaty', () => {
    for (const [name, value] of Object.entries(MessageType)) {
      expect(types.Message[name as keyof typeof types.Message]).toBe(value);
    }
  });

  it('maps a text message to an InboundMessage on channel wechat with the message id and the talker id', async () => {
    await expect(toInboundMessage(message(types.Message.Text, '有人持刀'), 'wxid_a', at, noLocation)).resolves.toEqual({
      channel: 'wechat',
      providerMessageId: 'msg-1',
      sender: 'wxid_a',
      text: '有人持刀',
      receivedAt: at,
    });
  });

  it('keeps a shared location in GCJ-02 exactly as received, with its name and address as the label', async () => {
    const inbound = await toInboundMessage(message(types.Message.Location, '<xml/>'), 'wxid_a', at, (id) => {
      expect(id).toBe('msg-1');
      return Promise.resolve(mockLocation);
    });
    expect(inbound.text).toBe('');
    expect(inbound.location).toEqual({
      lat: 39.995121,
      lon: 116.334154,
      datum: 'GCJ02',
      accuracyM: 15,
      label: '东升乡人民政府(海淀区成府路45号) 北京市北京市海淀区45 Chengfu Rd',
    });
  });

  it.each([
    ['no location from the puppet', null],
    ['(0, 0), which some puppets send for none', { latitude: 0, longitude: 0 }],
    ['an out-of-range latitude', { latitude: 91, longitude: 116 }],
    ['a NaN longitude', { latitude: 39.9, longitude: Number.NaN }],
  ])('stores a location message with %s as a message without a location', async (_label, loc) => {
    const inbound = await toInboundMessage(message(types.Message.Location), 'wxid_a', at, () => Promise.resolve(loc));
    expect(inbound.location).toBeUndefined();
    expect(inbound.text).toBe('');
  });

  it.each([
    [types.Message.Image, 'image/*'],
    [types.Message.Emoticon, 'image/*'],
    [types.Message.Video, 'video/*'],
    [types.Message.Audio, 'audio/*'],
    [types.Message.Attachment, 'application/octet-stream'],
  ])('references media of type %s by message id without downloading it (%s)', async (type, contentType) => {
    const inbound = await toInboundMessage(message(type, 'photo.jpg'), 'wxid_a', at, noLocation);
    expect(inbound.text).toBe('');
    expect(inbound.media).toEqual([{ url: 'wechaty:message/msg-1', contentType }]);
  });

  it.each([types.Message.Unknown, types.Message.Contact, types.Message.Url, types.Message.Transfer, 99])(
    'stores a message of type %s with empty text, so the core still answers',
    async (type) => {
      const inbound = await toInboundMessage(message(type, '<appmsg/>'), 'wxid_a', at, noLocation);
      expect(inbound).toEqual({
        channel: 'wechat',
        providerMessageId: 'msg-1',
        sender: 'wxid_a',
        text: '',
        receivedAt: at,
      });
    },
  );

  it('labels a location with whichever of name and address the puppet gave', () => {
    expect(sharedLocation({ latitude: 34.25, longitude: 108.94, address: '西安市碑林区' })?.label).toBe('西安市碑林区');
    expect(sharedLocation({ latitude: 34.25, longitude: 108.94, name: '钟楼', address: '钟楼' })?.label).toBe('钟楼');
    expect(sharedLocation({ latitude: 34.25, longitude: 108.94 })).toEqual({ lat: 34.25, lon: 108.94, datum: 'GCJ02' });
  });

  it('builds the QR link for a login code and masks contact ids for logs', () => {
    expect(qrCodeUrl('https://login.weixin.qq.com/l/abc==')).toBe(
      'https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2Fabc%3D%3D',
    );
    expect(maskId('wxid_abcdef123')).toBe('***f123');
    expect(maskId('abc')).toBe('***');
  });
});

describe('wechaty channel availability', () => {
  it('is off without WECHATY_PUPPET and says why', () => {
    expect(createWechatyChannel().availability(loadConfig({}))).toEqual({
      on: false,
      reason: expect.stringContaining('WECHATY_PUPPET') as string,
    });
  });

  it('is on when WECHATY_PUPPET names a puppet', () => {
    expect(createWechatyChannel().availability(loadConfig({ WECHATY_PUPPET: 'wechaty-puppet-mock' }))).toEqual({
      on: true,
    });
  });
});
