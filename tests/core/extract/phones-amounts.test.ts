import { describe, expect, it } from 'vitest';
import {
  extractAmounts,
  extractMoneySent,
  extractPhones,
  normalizeCallback,
  normalizePhone,
} from '../../../src/core/extract/index.js';

describe('normalizePhone', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['+86 138-0013-8000', '+8613800138000'],
    ['0086 13800138000', '+8613800138000'],
    ['029-88886666', '+862988886666'],
    ['+1 415 555 2671', '+14155552671'],
  ])('formats %j as E.164 %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });

  it('uses the default country for a national number', () => {
    expect(normalizePhone('(415) 555-2671', 'US')).toBe('+14155552671');
  });

  it.each(['110', '12345', '', 'abc'])('returns null for %j, which is not a valid number', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });
});

describe('normalizeCallback', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['029-88886666', '+862988886666'],
    // A visitor's number as they write it at home: refused as Chinese, taken as American or British.
    ['(503) 555-0110', '+15035550110'],
    ['503.555.2368', '+15035552368'],
    // Valid as a Chinese landline too (0770 Fangchenggang): the home reading wins.
    ['07700 900123', '+867700900123'],
    ['+852 6123 4567', '+85261234567'],
    // A Taiwan mobile as written there.
    ['0933-123-456', '+886933123456'],
    ['0912345678', '+886912345678'],
  ])('%s -> %s', (raw, e164) => {
    expect(normalizeCallback(raw)).toBe(e164);
  });

  it.each(['62345678', '555-0110', '12345', '+1 555'])('%s is refused (asked again)', (raw) => {
    expect(normalizeCallback(raw)).toBeNull();
  });

  it('an eight-digit mobile beginning with 9 is local: Hong Kong by default, Singapore when asked for', () => {
    expect(normalizeCallback('9123 4567')).toBe('+85291234567');
    expect(normalizeCallback('91234567', 'SG')).toBe('+6591234567');
    // Other eight-digit numbers may be a mainland landline without its area code: still refused.
    expect(normalizeCallback('87654321', 'SG')).toBeNull();
    expect(extractPhones('我電話係 ９１２３４５６７')).toEqual(['91234567']);
  });
});

describe('extractPhones', () => {
  it.each([
    ['我的电话13800138000', ['13800138000']],
    ['电话 138 0013 8000 回电', ['13800138000']],
    ['打138-0013-8000找我', ['13800138000']],
    ['+86 13800138000', ['+8613800138000']],
    ['座机029-88886666', ['02988886666']],
    ['call me +1 (555) 123-4567', ['+15551234567']],
    ['call (555) 123-4567', ['5551234567']],
    ['13800138000 5万', ['13800138000']],
  ])('finds %j → %j', (text, phones) => {
    expect(extractPhones(text)).toEqual(phones);
  });

  it.each(['转了50000元', '陕A·12345', '碑林区南大街12号', '10:30', '2024-05-01', '¥13800138000'])(
    'does not take %j for a phone number',
    (text) => {
      expect(extractPhones(text)).toEqual([]);
    },
  );
});

describe('extractAmounts', () => {
  it.each([
    ['把5万转到安全账户', 50000, 'CNY', '5万'],
    ['被骗了五万', 50000, 'CNY', '五万'],
    ['转了5万元', 50000, 'CNY', '5万元'],
    ['损失50000元', 50000, 'CNY', '50000元'],
    ['两千块', 2000, 'CNY', '两千块'],
    ['3000块钱被偷了', 3000, 'CNY', '3000块钱'],
    ['¥2000', 2000, 'CNY', '¥2000'],
    ['￥2000', 2000, 'CNY', '￥2000'],
    ['lost 2,000 yuan', 2000, 'CNY', '2,000 yuan'],
    ['they took $500', 500, 'USD', '$500'],
    ['1.5万', 15000, 'CNY', '1.5万'],
    ['RMB 300', 300, 'CNY', 'RMB 300'],
    ['被騙了兩萬塊', 20000, 'CNY', '兩萬塊'],
    ['转了两千', 2000, 'CNY', '两千'],
    ['500 dollars', 500, 'USD', '500 dollars'],
    ['贰万元', 20000, 'CNY', '贰万元'],
  ])('reads %j as %d %s', (text, value, currency, span) => {
    expect(extractAmounts(text)).toEqual([{ text: span, value, currency }]);
  });

  it('finds several amounts in order', () => {
    expect(extractAmounts('先转了2000元，后来又转了3万').map((a) => a.value)).toEqual([2000, 30000]);
  });

  it.each(['拿一块砖头打人', '千万别回电话', '三万人', '13800138000', '两个男的', '碑林区南大街12号'])(
    'finds no amount in %j',
    (text) => {
      expect(extractAmounts(text)).toEqual([]);
    },
  );
});

describe('extractAmounts: other currencies (issue 13)', () => {
  it.each([
    ['48000 rupees got debited from my account', 48000],
    ['Rs. 48,000 deducted', 48000],
    ['₹5000 taken from my account', 5000],
    ['RM 300 transferred', 300],
    ['lost 300 ringgit', 300],
    ['5000 baht stolen', 5000],
    ['2000 pesos', 2000],
    ['1,000,000 dong', 1000000],
    ['50000 won', 50000],
    ['10000 yen', 10000],
    ['被骗了3000港币', 3000],
    ['转了5000台币', 5000],
    ['200美金', 200],
    ['3000 HK dollars', 3000],
    ['1000 Singapore dollars', 1000],
    ['5,000 THB', 5000],
    ['50000円', 50000],
  ])('%s -> %d in another currency', (text, value) => {
    const found = extractAmounts(text);
    expect(found.map((a) => a.value)).toEqual([value]);
  });

  it.each(['500 rooms', 'hers 500', 'I won 2 games', 'he left 2 hrs ago'])(
    '%s names no amount (a currency word must stand alone after its number)',
    (text) => {
      expect(extractAmounts(text)).toEqual([]);
    },
  );
});

describe('extractMoneySent: taken from an account', () => {
  it.each([
    '48000 rupees got debited from my account',
    'Rs 500 was deducted',
    '₹5000 taken from my account',
    '卡里被扣了3000',
  ])('%s -> sent', (text) => {
    expect(extractMoneySent(text)?.value).toBe(true);
  });
});

describe('extractAmounts: Indian English lakh, crore and digit groups', () => {
  it.each([
    ['2 lakh rupees got debited', 200000],
    ['Rs 1.5 lakh', 150000],
    ['₹3 crore', 30000000],
    ['Rs 1,50,000 debited', 150000],
    ['12,34,567 rupees', 1234567],
    ['2,000,000 yuan', 2000000],
  ])('%s -> %d', (text, value) => {
    expect(extractAmounts(text).map((a) => a.value)).toEqual([value]);
  });

  it('"cr" alone is no crore', () => {
    expect(extractAmounts('he is 2 cr')).toEqual([]);
  });
});
