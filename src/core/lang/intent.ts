/**
 * Harm threatened or feared, not done: "he'll hurt me if I go to the police", "I'm scared he'll hurt my daughter",
 * "he say he go break my leg", 我怕他伤害孩子, 说要让我见血, 担心会有人受伤 (element-statements battery, session 16).
 * One reading for triage (frames.ts hurtSaidAsIntent: no injury modifier) and extraction (presence.ts: no injury);
 * hell / theyll are "he'll" / "they'll" typed without the apostrophe. Works on normalised or folded text (lower case,
 * simplified characters); no segmenter needed. frames.ts saidAsIntent is the token reading of harm verbs in general
 * ("说要找人来砍我", "threatened to stab").
 */
const THREATENED_HARM_ZH = /(?:要|会|怕|担心|害怕|扬言|威胁)[\p{Script=Han}]{0,3}?(?:伤害|受伤|见血|弄伤|打伤|砍伤)/gu;
const THREATENED_HARM_EN =
  /(?:\b(?:will|gonna|going to|wanna|want to|wants to|would|might|could|threatens? to|threatened to|threatening to|hell|theyll)|'ll|\b(?:he|she|they|i|we|u|you) go)\s+(?:[a-z']+\s+){0,2}?(?:hurt|harm|break)\b/g;

/** The spans of `text` where harm is threatened or feared, as [start, end) pairs. */
export function harmIntentSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (/[\u3400-\u9fff]/.test(text))
    for (const m of text.matchAll(THREATENED_HARM_ZH)) out.push([m.index, m.index + m[0].length]);
  if (/[a-z]/.test(text)) for (const m of text.matchAll(THREATENED_HARM_EN)) out.push([m.index, m.index + m[0].length]);
  return out;
}
