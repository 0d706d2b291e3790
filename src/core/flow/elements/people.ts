/**
 * People: `suspects` (how many, what they look like, where they are, where they went) and `person` (who is
 * missing). A description volunteered instead of an answer is added to the one the incident is about.
 */
import type { ElementKey } from '../../incident.js';
import type { Extraction } from '../../extract/types.js';
import { open, setElement, type Work } from '../work.js';
import { anyText, yesNoOrText } from './answers.js';
import type { ElementBehaviour } from './spec.js';

/**
 * Where the suspect is now or went: an answer about the suspect even when it reads as "still going on" or names
 * a vehicle ("he just got into a grey van", 他上了一辆白色面包车).
 */
const SUSPECT_WHERE =
  /[他她]们?(?:还|仍然|仍|就|正)?在|还没走|没走|[他她]们?(?:刚刚?|已经)?(?:上了|钻进|坐上|开着|骑着)|(?:he|she|they)(?:'s|'re| is| are) (?:still|in|at|outside|here|there)|still (?:here|there|in)|\b(?:he|she|they) (?:just )?(?:got|jumped|climbed|hopped) (?:into|in|on)\b/;

export const suspects: ElementBehaviour = {
  key: 'suspects',
  // A description of people is one whether it reads as a suspect or as a person ("一个女的 二十多岁"); "他还在
  // 客厅" says where the suspect is.
  // "跑了 往北边" / "they left" answers "are they still there? which way did they go?" as well.
  found: (ext) =>
    ext.suspects !== undefined ||
    ext.person !== undefined ||
    ext.inProgress?.value === false ||
    SUSPECT_WHERE.test(ext.normalized),
  crossChecked: true,
  other: true,
  fill(w, ext) {
    // For a missing person, a description is of the person (see addDescription), not of a suspect.
    if (ext.suspects === undefined || w.s.category === 'missing_person') return;
    // "没看清是谁", "no idea who": not known, as a "don't know" answer records it (and it is not asked).
    if (ext.suspects.unseen === true) {
      if (w.s.elements.suspects === undefined) setElement(w, 'suspects', 'unknown', 'unknown');
    } else if (open(w.s, 'suspects')) setElement(w, 'suspects', ext.suspects.text, 'extracted');
  },
  parse: (w, text) => yesNoOrText(w, 'suspects', text),
};

export const person: ElementBehaviour = {
  key: 'person',
  found: (ext) => ext.person !== undefined || ext.suspects !== undefined,
  crossChecked: true,
  fill(w, ext) {
    // A bare "my grandma" does not answer "name, age, clothes, health?": it is still asked.
    const p = ext.person;
    const described = p !== undefined && (p.age !== undefined || !!p.health || !!p.clothing);
    if (p !== undefined && described && open(w.s, 'person')) setElement(w, 'person', p.text, 'extracted');
    // "hes 34, 6ft, wearing a grey carhartt jacket" in a missing-person report: read as a description of people, it is
    // the missing person's (suspects are not asked for a missing person; see suspects.fill).
    else if (
      w.s.category === 'missing_person' &&
      ext.suspects !== undefined &&
      !ext.suspects.unseen &&
      open(w.s, 'person')
    )
      setElement(w, 'person', ext.suspects.text, 'extracted');
  },
  parse: (_w, text) => anyText(text),
};

/**
 * More about people already described, volunteered instead of an answer ("穿粉红色裙子" to "where was she last
 * seen?"): added to the description (for a missing person, to `person`) rather than lost.
 */
export function addDescription(w: Work, ext: Extraction, text: string): boolean {
  const { s } = w;
  // Theft or burglary: a vehicle or an amount described is what was taken ("一辆绿色雅迪电动车 三千多").
  const stolen = s.category === 'theft' || s.category === 'burglary' || s.category === 'robbery';
  if (stolen && (ext.vehicles !== undefined || ext.amounts.length > 0)) {
    // The thing already named ("电动车被偷了") is now described ("一辆绿色雅迪电动车 三千多"): the description is kept.
    const loss = s.elements.loss;
    if (open(s, 'loss')) {
      setElement(w, 'loss', text.trim(), 'extracted');
      return true;
    }
    if (loss?.source === 'extracted' && !loss.value.includes(text.trim())) {
      setElement(w, 'loss', `${loss.value}；${text.trim()}`, 'extracted');
      return true;
    }
  }
  // "他还在后面" to another question: where the suspect is now.
  const where = ext.suspects === undefined && ext.person === undefined && SUSPECT_WHERE.test(ext.normalized);
  const found = ext.person?.text ?? ext.suspects?.text ?? (where ? text.trim() : undefined);
  if (found === undefined) return false;
  const key: ElementKey = s.category === 'missing_person' ? 'person' : 'suspects';
  const current = s.elements[key];
  if (current === undefined || current.source === 'unknown') {
    setElement(w, key, found, 'extracted');
    return true;
  }
  if (current.value.includes(found)) return false;
  setElement(w, key, `${current.value}；${found}`, current.source);
  return true;
}
