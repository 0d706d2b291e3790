import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../../src/core/flow/intents.js';
import { detectLanguage, replyLanguage } from '../../../src/core/flow/language.js';

describe('detectIntent', () => {
  const cases: [string, string | null][] = [
    ['help', 'help'],
    ['帮助', 'help'],
    ['幫助', 'help'],
    ['?', 'help'],
    ['？', 'help'],
    ['怎么用', 'help'],
    ['cancel', 'cancel'],
    ['withdraw', 'cancel'],
    ['WITHDRAW my report', 'cancel'],
    ['取消', 'cancel'],
    ['撤銷', 'cancel'],
    ['不报了', 'cancel'],
    // A withdrawal inside a sentence, as people write it.
    ['算了 你们别来了', 'cancel'],
    ['人走了 不用过来了', 'cancel'],
    ['他叫我别过来', null],
    ['human', 'human'],
    ['人工', 'human'],
    ['真人', 'human'],
    ['转人工', 'human'],
    ['agent', 'human'],
    ['English', 'language'],
    ['英文', 'language'],
    ['中文', 'language'],
    ['说中文', 'language'],
    ['Chinese', 'language'],
    ['不知道', 'dont_know'],
    ["I don't know", 'dont_know'],
    ['不想说', 'decline'],
    ['不方便', 'decline'],
    ['prefer not', 'decline'],
    ['不对', 'correction'],
    ['错了', 'correction'],
    ['改地址', 'correction'],
    ['地址错了', 'correction'],
    ['wrong address', 'correction'],
    ["that's wrong", 'correction'],
    ['correction', 'correction'],
    ['change the address', 'correction'],
    // Reports that merely contain a command word are not commands.
    ['救命', null],
    ['help me someone is breaking in', null],
    ['感觉不对劲，有人跟着我', null],
    ['有人在砍人', null],
    ['不方便接电话', null],
    ['2', null],
    ['1', null],
    // Withdrawals inside a longer text, also when it opens like a correction (issue 13 probes).
    ['说错了 东西在车里 没丢 帮我取消', 'cancel'],
    ['搞错了 人回来了 可以取消了', 'cancel'],
    ['误会一场 不用派人了', 'cancel'],
    ['all sorted now, you can cancel', 'cancel'],
    ['found my wallet in the car lol, cancel thx', 'cancel'],
    ['no need to send anyone, it was my brother', 'cancel'],
    ['sorry false alarm, it was the wind', 'cancel'],
    // ... and what only looks like one.
    ['they told me dont come any closer', null],
    ['please send someone, dont come alone', null],
    ['the fire alarm is going off and there is smoke, not a false alarm', null],
    ['不对 地址是和平路8号', 'correction'],
  ];
  for (const [text, kind] of cases) {
    it(`${JSON.stringify(text)} -> ${kind ?? 'none'}`, () => {
      expect(detectIntent(text)?.kind ?? null).toBe(kind);
    });
  }

  it('names the element a correction reopens', () => {
    expect(detectIntent('改地址')).toMatchObject({ kind: 'correction', target: 'location', rest: '' });
    expect(detectIntent('地址错了')).toMatchObject({ target: 'location' });
    expect(detectIntent('wrong address')).toMatchObject({ target: 'location' });
    expect(detectIntent('不对')).toMatchObject({ target: null, rest: '' });
  });

  it('keeps the new value given with a correction, in the reporter’s own characters', () => {
    expect(detectIntent('不对，是解放路88号')).toMatchObject({ kind: 'correction', target: null, rest: '解放路88号' });
    expect(detectIntent('不對，是解放路88號')).toMatchObject({ rest: '解放路88號' });
    expect(detectIntent("wrong address, it's 12 Main St")).toMatchObject({ target: 'location', rest: '12 Main St' });
  });

  it('gives the language asked for', () => {
    expect(detectIntent('English')).toEqual({ kind: 'language', lang: 'en' });
    expect(detectIntent('说中文')).toEqual({ kind: 'language', lang: 'zh-CN' });
  });
});

describe('language', () => {
  it('detects Chinese, English, and no signal', () => {
    expect(detectLanguage('有人在砍人')).toBe('zh-CN');
    expect(detectLanguage('someone broke into my car')).toBe('en');
    expect(detectLanguage('2')).toBeNull();
    expect(detectLanguage('ok')).toBeNull();
    expect(detectLanguage('13800138000')).toBeNull();
  });

  it('keeps the current language when locked, sticky or without signal', () => {
    expect(replyLanguage('hello there', { current: 'zh-CN', locked: true })).toBe('zh-CN');
    expect(replyLanguage('人民路12号', { current: 'en', locked: false, sticky: true })).toBe('en');
    expect(replyLanguage('1', { current: 'en', locked: false })).toBe('en');
    expect(replyLanguage('my car was stolen', { current: 'zh-CN', locked: false })).toBe('en');
  });
});
