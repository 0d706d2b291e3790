/**
 * A corrected place: "说错了 是鼓楼 不是钟楼", "不对，是6号楼", "不对 是13号楼 打漏了个1", "sorry, it's 42 not 24",
 * "wait wrong road, its Route 20 not 9", "actually we're at the Shell on 5th Ave". The flow replaces the place
 * it has with the one returned here (not only an empty or unknown one) and sends dispatch a new revision.
 *
 * Only a text that says it corrects something counts (a correction word near a place): a second place in an
 * ordinary message is not a correction. When the correction gives only a part ("6号楼", "42") and the earlier
 * place is known, that part is put in place of the same part of the earlier place.
 */
import type { LocationFound } from '../types.js';
import { understoodPart } from '../../text.js';
import { fold } from '../fold.js';
import { chineseLocations } from '../location-zh.js';
import { englishLocations } from '../location-en.js';

export interface PlaceCorrection extends LocationFound {
  /** What the reporter ruled out ("钟楼", "24"), when they said so. */
  ruledOut?: string;
}

/** Words that say "what I said before was wrong". */
const ZH_CORRECTION =
  /不对|说错|打错|写错|搞错|弄错|记错|讲错|更正|纠正|改一下|改成|改为|应该是|其实是|准确地?说|打漏|漏了|少打|多打|错了|不是[^，。！？\n]{0,12}?是|是[^，。！？\n]{1,12}?不是/;
const EN_CORRECTION =
  /\b(?:sorry|actually|correction|i meant|i mean|scratch that|my bad|typo|oops|wrong (?:address|road|street|place|building|number|house|apartment|apt|flat|location|one|exit|block|floor|room|city|town)|not\s+#?\d+[a-z]?\s*,?\s*(?:it'?s|its|it is)|(?:it'?s|its|it is)\s+[^,.!?\n]{1,30}?\s+not\s)/;

/**
 * Someone else moving: "actually he ran to the Shell station", "他其实是往火车站跑了". The place is where they
 * went (news for dispatch, kept in the transcript), not a correction of where the incident is — unless the
 * reporter also says plainly that what they gave was wrong (STRONG_*).
 */
const EN_MOVED =
  /\b(?:he|she|they|him|them|guy|man|woman|suspect|thief|driver|car|van|truck)\b[^.!?\n]{0,25}?\b(?:ran|runs|running|went|goes|going|gone|head(?:ing|ed|s)?|drove|driving|fled|flee(?:ing)?|walked|walking|moved|took off|took|taking|dragg(?:ed|ing)|chas(?:ed|ing))\b/;
const ZH_MOVED =
  /(?:他|她|他们|她们|那人|那个人|嫌疑人|小偷|男的|女的|车)[^，。！？\n]{0,8}?(?:跑|逃|去了|往|开车|开走|走了|拖|拉到|带到|带走)/;
const STRONG_EN =
  /\b(?:wrong (?:address|road|street|place|building|number|house|apartment|apt|flat|location)|i meant|correction|typo)\b|\bnot\s+#?\d+/;
const STRONG_ZH = /不对|说错|打错|写错|搞错|弄错|记错|讲错|更正|纠正|改一下|地址是/;

/** The number the reporter rules out: "不是3号楼", "not 24". */
const RULED_OUT_NUMBER = /(?:不是|not)\s*#?(\d+)/;
/** The number the reporter gives instead, when no place is found around it: "是42", "it's 42". */
const GIVEN_NUMBER = /(?:是|在|it'?s|its|it is|is|at|number|no\.?)\s*#?(\d+)/;
/** A place made only of building parts ("8号楼 3单元"): a part of the address, not a new place. */
const UNITS_ONLY = /^(?:\s*(?:\d+|[一二三四五六七八九十]+)(?:号楼|号院|栋|幢|座|单元|室|层|组|号)\s*)+$/;
/** A part of an address with its number ("13号楼", "Apt 5", "room 3C"): kind and number. */
const PARTS: readonly RegExp[] = [
  /(\d+|[一二三四五六七八九十]+)(号楼|号院|栋|幢|座|单元|室|层|组|号)/,
  /\b(apt|apartment|unit|suite|flat|room|building|bldg|block|floor)\.?\s*#?(\w+)/,
];

/**
 * The place a correcting text gives, or undefined when the text corrects nothing or names no place.
 * `previous` is the place recorded so far: a partial correction is merged into it.
 */
export function detectPlaceCorrection(fullText: string, previousPlace?: string): PlaceCorrection | undefined {
  let previous = previousPlace;
  // Bounded work, as for every extractor: the first MAX_UNDERSTOOD_CHARS characters are read.
  const text = understoodPart(fullText);
  const folded = fold(text);
  if (!ZH_CORRECTION.test(folded) && !EN_CORRECTION.test(folded)) return undefined;
  if ((EN_MOVED.test(folded) || ZH_MOVED.test(folded)) && !STRONG_EN.test(folded) && !STRONG_ZH.test(folded))
    return undefined;

  const zh = chineseLocations(text, folded);
  const en = englishLocations(text, folded).map((c) => ({
    ...c,
    negated: /\bnot\s+(?:the\s+)?$/.test(folded.slice(Math.max(0, c.start - 9), c.start)),
  }));
  const all = [...zh, ...en];
  let kept = all.filter((c) => !c.negated);
  // A place corrected in the same text ("胜利小区6号楼 不对 是8号楼"): what follows the correction word is the
  // correction, and the place before it is what it corrects.
  const said = (ZH_CORRECTION.exec(folded) ?? EN_CORRECTION.exec(folded))?.index ?? 0;
  const before = kept.filter((c) => c.specific && c.end <= said).sort((a, b) => b.text.length - a.text.length)[0];
  const after = kept.filter((c) => c.start >= said);
  if (before !== undefined && after.length > 0) {
    previous = before.text;
    kept = after;
  }
  const ruled = all.find((c) => c.negated)?.text ?? RULED_OUT_NUMBER.exec(folded)?.[1];
  const best =
    kept.filter((c) => c.specific).sort((a, b) => b.text.length - a.text.length || a.start - b.start)[0] ??
    kept.filter((c) => !c.specific).sort((a, b) => a.start - b.start)[0];
  const withRuled = (found: LocationFound): PlaceCorrection =>
    ruled !== undefined ? { ...found, ruledOut: ruled } : found;

  if (previous !== undefined && previous.trim() !== '') {
    const merged = mergeInto(understoodPart(previous), folded, best, ruled);
    if (merged !== undefined) return withRuled({ text: merged, specific: true });
  }
  if (best === undefined) return undefined;
  return withRuled({ text: best.text, specific: best.specific });
}

/** Puts a partial correction into the earlier place, or undefined when it is not partial or does not fit. */
function mergeInto(
  previous: string,
  folded: string,
  best: LocationFound | undefined,
  ruled: string | undefined,
): string | undefined {
  // "its Route 20 not 9" / "it's 42 not 24": the ruled-out number in the earlier place becomes the new one.
  const given = /\d+/.exec(best?.text ?? '')?.[0] ?? GIVEN_NUMBER.exec(folded)?.[1];
  if (ruled !== undefined && /^\d+$/.test(ruled) && given !== undefined && given !== ruled) {
    const swapped = replaceNumber(previous, ruled, given);
    if (swapped !== undefined) return swapped;
  }
  // "是南门 不是北门" after "中建工地 北门": the part ruled out, replaced by the one given.
  if (ruled !== undefined && best !== undefined && !best.specific && previous.includes(ruled) && !/^\d+$/.test(ruled))
    return previous.replace(ruled, best.text);
  // "是13号楼" after "东方小区3号楼": the same part of the address with another number (also when the new part
  // has several units and so reads as specific: "8号楼 3单元").
  if (best === undefined || !best.specific || UNITS_ONLY.test(fold(best.text))) {
    const part = best?.text ?? '';
    for (const re of PARTS) {
      const now = re.exec(fold(part)) ?? (best === undefined ? re.exec(folded) : null);
      if (!now) continue;
      const kind = re === PARTS[0] ? now[2] : now[1];
      const number = re === PARTS[0] ? now[1] : now[2];
      const before = new RegExp(re.source, 'g');
      const foldedPrevious = fold(previous);
      const old = Array.from(foldedPrevious.matchAll(before)).filter((m) => (re === PARTS[0] ? m[2] : m[1]) === kind);
      const last = old[old.length - 1];
      if (last === undefined || number === undefined) continue;
      const oldNumber = re === PARTS[0] ? last[1] : last[2];
      if (oldNumber === undefined) continue;
      const at = last.index + last[0].lastIndexOf(oldNumber);
      return previous.slice(0, at) + number + previous.slice(at + oldNumber.length);
    }
    // "sorry, it's 42": the one number of the earlier place.
    const numbers = Array.from(previous.matchAll(/\d+/g));
    const only = numbers.length === 1 ? numbers[0] : undefined;
    if (best === undefined && given !== undefined && only !== undefined)
      return previous.slice(0, only.index) + given + previous.slice(only.index + only[0].length);
  }
  return undefined;
}

/** `previous` with the whole number `from` replaced by `to`, or undefined when `from` is not in it. */
function replaceNumber(previous: string, from: string, to: string): string | undefined {
  const m = new RegExp(`(?<!\\d)${from}(?!\\d)`).exec(previous);
  if (!m) return undefined;
  return previous.slice(0, m.index) + to + previous.slice(m.index + from.length);
}
