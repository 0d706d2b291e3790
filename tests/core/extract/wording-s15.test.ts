/**
 * Whether it is still going on, as reporters text it (session 15): someone pinned under rubble with no 还, a noise
 * described with an adverb (大吼大叫) or by reduplication (骂骂咧咧), and a robber who "刚走" (just left). Every text
 * here was missed before: the flow asked "is it still happening?" of a reporter who had said.
 */
import { describe, expect, it } from 'vitest';
import { extractInProgress } from '../../../src/core/extract/in-progress.js';

describe('still going on, or over, in the words people use', () => {
  it.each([
    '屋里老房子塌了 我二叔压在下面',
    '墙倒了 有个工人埋在砖头底下',
    '隔壁那个醉鬼又来了 在走廊里大吼大叫 拍门',
    '一帮人喝大了 踹人家车 骂骂咧咧的',
    '楼下两口子吵吵闹闹的',
  ])('reads "%s" as going on', (text) => {
    expect(extractInProgress(text)?.value).toBe(true);
  });

  it.each(['有人闯进我家拿刀逼我把钱拿出来 刚走', '抢我包那个人刚跑了'])('reads "%s" as over', (text) => {
    expect(extractInProgress(text)?.value).toBe(false);
  });

  it.each(['他刚走到门口就被拦住了', '我刚跑进来'])('does not read "%s" as over', (text) => {
    expect(extractInProgress(text)?.value).not.toBe(false);
  });
});
