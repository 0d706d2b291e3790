/** The WeChat Official Account push through the shared channel contract: signed XML in, passive XML out. */
import crypto from 'node:crypto';
import { createWechatOaChannel } from '../../../src/channels/wechat-oa/adapter.js';
import { channelContract } from '../contract.js';
import { OA_TOKEN, post, pushes, replyTexts, signedQuery } from './fixtures.js';

/** MsgId is a 64-bit number: each contract id becomes a 19-digit one of its own. */
const msgId = (id: string) =>
  (10n ** 18n + BigInt(`0x${crypto.createHash('sha256').update(id).digest('hex').slice(0, 15)}`)).toString();

channelContract({
  name: 'wechat-oa',
  env: { WECHAT_OA_TOKEN: OA_TOKEN },
  channels: () => [createWechatOaChannel()],
  // A follower cannot send an empty text: a message without text is an image.
  send: (gw, m) =>
    post(gw, m.text === '' ? pushes.image(m.from, msgId(m.id)) : pushes.text(m.from, msgId(m.id), m.text)),
  forged: (gw, m) => post(gw, pushes.text(m.from, msgId(m.id), m.text), signedQuery(gw.clock, 'not-the-token')),
  oversized: (gw) => post(gw, pushes.text('contract-reporter-9', msgId('big'), '警'.repeat(30_000))),
  replies: replyTexts,
  allowsEmptyText: true,
  storedId: msgId,
});
