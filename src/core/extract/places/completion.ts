/**
 * A place named in two texts: the kind in one ("jump off the bridge", "孩子在公园丢了") and its name alone in the
 * next, as the answer to "where?" ("golden gate", "兴庆宫"). The name and the kind together are the place
 * ("golden gate bridge", "兴庆宫公园"). Only a bare name completes a place: a text with verbs, pronouns, particles
 * or words of a message ("hurry", "快来") is not one.
 */
import { fold } from '../fold.js';

/** Kinds of place referred to with "the" and no name: "the bridge", "the park". */
const EN_KIND =
  /\b(?:the|that) (bridge|park|mall|station|beach|pier|river|lake|dam|stadium|hospital|school|college|university|hotel|motel|tower|square|plaza|cemetery|library|church|overpass|cliff|cliffs|trail|woods|forest|marina|harbor|harbour|airport)\b/;
/** Kinds of place after 在 / 到 / 去 / 从 with no name in front: "在公园", "去桥上". */
const ZH_KIND =
  /(?:在|到|去|从|跳|上)(大桥|桥|公园|商场|广场|医院|学校|地铁站|火车站|汽车站|小区|超市|酒店|宾馆|江边|河边|湖边|山上|景区|楼顶|天台)/;

/** Words that are not part of a name: function words, chat words, words of a message. */
// prettier-ignore
const EN_NOT_NAME = new Set(`
  i im i'm you u he she it we they me my her his our their the a an is are was were be been am do does did not no
  yes yeah ok okay idk dont don't know pls please plz help hurry quick fast now rn asap come send police cops omg
  wtf lol what where when why how who this that there here still just so and or but if then thanks thank sorry
  hello hi hey bridge park mall station
`.split(/\s+/).filter(Boolean));
const ZH_NOT_NAME = /[了吗呢吧啊呀哦嗯我你他她它们的是在有不没快来去救命帮要想说知道这那哪谁什么怎]/;

function enName(answer: string): boolean {
  const words = answer.split(/\s+/);
  if (words.length === 0 || words.length > 3) return false;
  return words.every(
    (w) => /^[a-z][a-z'-]{1,}$/.test(w) && !EN_NOT_NAME.has(w) && !(w.length > 4 && /(?:ing|ed)$/.test(w)),
  );
}

/** The place the answer names together with a kind named earlier, or undefined. */
export function completePlace(answer: string, earlier: readonly string[]): string | undefined {
  const a = fold(answer.trim()).replace(/[.!。！]+$/u, '');
  if (a === '') return undefined;
  if (/^[a-z' -]+$/.test(a) && enName(a)) {
    for (let i = earlier.length - 1; i >= 0; i -= 1) {
      const kind = EN_KIND.exec(fold(earlier[i] ?? ''))?.[1];
      if (kind !== undefined) return `${answer.trim().replace(/[.!]+$/, '')} ${kind}`;
    }
    return undefined;
  }
  if (/^\p{Script=Han}{2,8}$/u.test(a) && !ZH_NOT_NAME.test(a)) {
    for (let i = earlier.length - 1; i >= 0; i -= 1) {
      const kind = ZH_KIND.exec(fold(earlier[i] ?? ''))?.[1];
      if (kind !== undefined && !a.endsWith(kind)) return `${answer.trim().replace(/[。！]+$/u, '')}${kind}`;
    }
  }
  return undefined;
}
