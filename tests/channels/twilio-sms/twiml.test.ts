/**
 * The hand-written TwiML against Twilio's own builder (MessagingResponse): the same bytes for the texts the
 * gateway sends, Chinese and English, with every character XML escapes; a character XML cannot carry is
 * left out where the builder threw.
 */
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { render } from '../../../src/core/flow/templates.js';
import { twimlReply } from '../../../src/channels/twilio-sms/twiml.js';

function twilioBuilt(replies: readonly string[]): string {
  const response = new twilio.twiml.MessagingResponse();
  for (const text of replies) if (text.trim() !== '') response.message(text);
  return response.toString();
}

const texts = [
  render('storage_failed', 'zh-CN'),
  render('storage_failed', 'en'),
  render('rate_limited', 'zh-CN'),
  'Tom & Jerry <b>bold</b> > "quoted" \'single\' ]]> end',
  'line one\r\nline two\ttabbed &amp; already escaped',
  '地址：环城公园南门 & 北门 <旁边> 😀',
  '   ',
  '',
];

describe('twimlReply', () => {
  it('writes what Twilio\u2019s MessagingResponse writes, one <Message> per non-blank text', () => {
    expect(twimlReply([])).toBe(twilioBuilt([]));
    expect(twimlReply(['', ' '])).toBe(twilioBuilt(['', ' ']));
    for (const t of texts) expect(twimlReply([t])).toBe(twilioBuilt([t]));
    expect(twimlReply(texts)).toBe(twilioBuilt(texts));
  });

  it('leaves out characters XML 1.0 cannot carry instead of failing the reply', () => {
    const bad = 'a\u0001b\u000bc\ufffed\ud800e';
    expect(() => twilioBuilt([bad])).toThrow();
    expect(twimlReply([bad])).toBe(twilioBuilt(['abcd\ufffde']));
  });
});
