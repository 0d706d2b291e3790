/**
 * How fast this machine runs work like the core's (regex alternations over short Chinese and English texts,
 * splitting, maps), against the machine the CPU guard was set on. `npm run eval` scales its gross-regression guard
 * by it, so the guard catches a slower core and not a slower machine: the same tree measured 0.22 ms per message
 * on a 2-vCPU AMD EPYC VM and 0.96-1.12 ms on a 2-vCPU 2.0 GHz Xeon VM (2026-11-30).
 */

/** This workload's least time on the reference machine (the Xeon VM above: 58-82 ms over six runs), in milliseconds. */
export const REFERENCE_MS = 65;

/** How many times slower than the reference machine this one runs the workload (0.5: twice as fast). */
export function slowness(): number {
  return calibrationMs() / REFERENCE_MS;
}

const WORDS = [
  '老公',
  '丈夫',
  '男朋友',
  '前夫',
  '拿刀',
  '砍人',
  '流血',
  '着火',
  '冒烟',
  '救命',
  '小区',
  '号楼',
  '单元',
  '门口',
  '对面',
  'husband',
  'boyfriend',
  'knife',
  'bleeding',
  'stabbed',
  'fire',
  'smoke',
  'help',
  'outside',
  'station',
  'road',
];
const TEXTS = [
  '我老公喝醉了拿菜刀追我 我手上划了个口子一直流血 我躲在卫生间 他还在外面砸门',
  '阳光花园小区5号楼2单元楼下有人打架 一个人头上流血了 快来',
  'my sisters bf just hit her and shes bleeding from her nose. hes still here yelling',
  'some bloke just glassed my mate at the Crown Hotel on Lonsdale St, hes holding a towel on it',
];

function workload(rounds: number): number {
  const re = new RegExp(`(?:${WORDS.join('|')})`, 'g');
  const counts = new Map<string, number>();
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    for (const t of TEXTS) {
      const text = `${t} ${r % 10}`;
      for (const m of text.matchAll(re)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      for (const part of text.split(/[\s，。,.!?]+/)) n += part.length;
      n += text.toLowerCase().replace(/[aeiou]/g, '').length;
    }
  }
  return n + counts.size;
}

/** Least time of 7 runs of the workload, in milliseconds (CPU time of this thread). */
export function calibrationMs(): number {
  workload(200);
  let least = Infinity;
  for (let i = 0; i < 7; i++) {
    const t0 = process.cpuUsage();
    workload(2000);
    const t = process.cpuUsage(t0);
    least = Math.min(least, (t.user + t.system) / 1000);
  }
  return least;
}
