/** The WeChat Official Account push through the shared channel contract: signed XML in, passive XML out. */
import { createWechatOaChannel } from '../../../src/channels/wechat-oa/adapter.js';
import { channelContract } from '../contract.js';
import { OA_TOKEN, post, pushes, replyTexts, signedQuery } from './fixtures.js';

channelContract({
  name: 'wechat-oa',
  env: { WECHAT_OA_TOKEN: OA_TOKEN },
  channels: () => [createWechatOaChannel()],
  // A follower cannot send an empty text: a message without text is an image.
  send: (gw, m) => post(gw, m.text === '' ? pushes.image(m.from, m.id) : pushes.text(m.from, m.id, m.text)),
  forged: (gw, m) => post(gw, pushes.text(m.from, m.id, m.text), signedQuery(gw.clock, 'not-the-token')),
  oversized: (gw) => post(gw, pushes.text('contract-reporter-9', 'wechat-oa-big', '警'.repeat(30_000))),
  replies: replyTexts,
  allowsEmptyText: true,
});
