/**
 * The reporter's own safety and whether they can take a call: "我安全，不能接电话", "I'm safe", "can't talk",
 * "hiding in the bathroom", the reporter shut in somewhere ("我锁在bathroom里", "我被关在一个房子里"), "别回电话" /
 * "don't call". Only words that are plainly about safety or a call count: "没事" / "I'm ok" also
 * answer "is anyone hurt?", so they are not taken here.
 */
import type { Found } from './types.js';
import { clauses, originalSpan, fold } from './fold.js';

const ZH =
  /我(?:们)?(?:已经)?(?:跑|逃|躲|冲)(?:到|出|进|出来)|不安全|很安全|安全了|是安全的|(?:我|现在|暂时|目前|还|都)安全|^安全|(?:不|没法|不能|不方便|可以|能)(?:接|打)电话|不敢(?:出声|说话|打电话|接电话|吭声|出去|动|走|跑|回家|开门|出门|下楼|睡)|不让(?:我|我们)?(?:出门|出去|走|离开|打电话)|(?:不能|不方便|可以|能)说话|(?:躲|藏)(?:在|起来)|反锁|我(?:们)?(?:把自己)?(?:被(?:人|他|她|他们)?)?(?:锁|关)在|(?:别|不要|不能|勿|千万别)(?:回|打|给我打|给我回)(?:电话|短信|信息|过来)|(?:跟|和)我在一(?:起|块)|我(?:现在|已经|暂时|目前)?(?:在|住在|回|跑回|躲到|住到)了?(?:我)?(?:妈|爸|娘|父母|爸妈|朋友|同学|亲戚|姐|哥|弟|妹|闺蜜|姥姥|奶奶|外婆|婆婆|舅舅|姑姑|小姨)[\p{Script=Han}]{0,2}?家|(?:在|回|住)娘家|在我(?:身边|这儿?|家)(?!楼|门|附近|对面|旁边|隔壁|小区|院)/u;
const EN =
  /\b(?:(?:i'?m|i am|we'?re|we are|she'?s|he'?s|she is|he is)\s+(?:not\s+)?safe|not safe|unsafe|safe now|(?:can|can'?t|cannot|can not|unable to)\s+(?:talk|speak|take a call|call|answer)|hiding|locked (?:myself |ourselves )?in|(?:don'?t|dont|do not|pls don'?t|please don'?t)\s+(?:call|ring|phone|text back|call back|call me)|(?:i|we)\s+(?:have\s+|'ve\s+|ve\s+)?(?:ran|run|got|escaped|made it|fled|legged it|snuck|slipped)\s+(?:(?:down|back|over|up|straight)\s+)?(?:out|away|to|into|outside|downstairs|next door|across)|^(?:ran|escaped|fled|legged it|snuck|slipped)\s+(?:(?:down|back|over|up|straight)\s+)?(?:out|away|outside|downstairs|next door|across)|(?:i'?m|im|i am|we'?re|we are)\s+(?:now\s+|already\s+)?(?:outside|out of the (?:house|flat|building|apartment)|next door|across the (?:road|street)|(?:out )?(?:in|on) the street|downstairs|at (?:the|my|our) neighbou?rs?'?s?)\b|(?:i'?m|i am|we'?re|we are)\s+(?:now\s+)?(?:at|staying at|staying with|with|in)\s+(?:my|our)\s+(?:mother|mothers|mother's|mom|moms|mom's|mum|mums|mum's|sister|sisters|sister's|brother|brothers|brother's|friend|friends|friend's|parents|parents'|aunt|aunts|aunt's|auntie|aunty|cousin|cousins|cousin's|nan|nans|gran|grans|neighbou?r|neighbou?rs)\b|(?:(?:i'?m|im|i am|we'?re|we are)\s+(?:now\s+)?|^(?=sitting|waiting|hiding))(?:waiting|sitting|staying|locked|hiding)\s+in\s+(?:the|my|our)\s+(?:car|truck|ute|van))\b|^safe\b/;

/**
 * More ways people say where they are and whether they can get out or talk (session 13 battery, written blind):
 * shut in or barricaded (用椅子顶着门, 出不去, 他不让我下车, "cant get out", "barricaded the door"), texting
 * only (只能打字, 说话他能听见, "only have a few minutes"), a borrowed phone (用的是同事的手机, "this is my sisters"),
 * away (不在现场, 已经回家了, 跑出来, "not home", "well away from him", "got a lift home"), hidden (在衣柜里, 楼顶,
 * "under the desk", "up a tree", "behind the bins", "in a stall"), watched for (他们在找我, "looking for me"), a
 * call allowed (可以打我电话, "you can ring me"), danger said (很危险, "dont feel safe"); at home or indoors, a door locked
 * ("im home and safe", "im inside with the kids, doors locked", "im in my room w the door locked": session 15).
 */
const ZH_MORE =
  /[用拿][\p{Script=Han}]{1,4}(?:顶|堵)着门|我(?:们)?[\p{Script=Han}]{0,4}?(?:出不去|出不来|走不了|跑不了)|下不了车|不让我下车|只能(?:打字|发短信|发信息|发消息)|(?:发短信|发信息|打字)就行|说话(?:他|她|他们)?(?:能|会)?听(?:见|到)|小声说|我(?:们)?(?:现在|已经)?(?:不在|离开了?)(?:现场|家)|我(?:们)?(?:现在)?已经(?:离开|回家|回到家|出来|跑出来)|(?:可以|能)(?:打|接)(?:我|我的)(?:电话|手机)|可以打给我|(?:别|不要|唔好)(?:打嚟|回这个号|回我)|(?:在|躲在|藏在|躲|藏|躲进|藏进|躲到)(?:衣柜|柜子|床底|厕所|卫生间|洗手间|阳台|楼顶|天台|保安室|宿管|货架后面|柜台后面|桌子底下)|(?:莫|别|不要)(?:打电话|回电话|打过来)|很危险|好危险|唔安全|用的是[\p{Script=Han}]{1,6}(?:手机|电话|手表)|偷偷(?:拿|用)的|(?:他|她|他们)(?:在|到处)?找我|门(?:已经)?(?:锁好|锁上|锁着|锁了|关好|关紧)|我(?:们)?(?:现在)?(?:在|回)(?:自己)?(?:家|家里|屋里|房间|房间里|卧室|屋头)(?:里)?[\s，,]*(?:安全|门)/u;
const EN_MORE =
  /\b(?:don'?t|dont|do not)\s+(?:reply|text|message)\s+(?:to\s+)?(?:my|this)\s+(?:number|phone)|\b(?:won'?t|wont|will not|doesn'?t|doesnt|does not)\s+let\s+(?:me|us)\s+(?:leave|go|out|get out)|\b(?:i|we)\s+(?:can'?t|cant|cannot)\s+get\s+out\b|\bbarricaded\b|\b(?:only (?:have|got) a (?:few|couple of) minutes)\b|\bnot (?:at )?home\b|\b(?:well )?away from (?:him|her|them)\b|\bgot (?:a lift )?home\b|\b(?:under|behind|inside) (?:the|a) (?:desk|bed|bins|wardrobe|closet|cupboard|table|counter|car)\b|\bup a tree\b|\bin a (?:stall|cubicle)\b|\b(?:i'?m|im|i am|we'?re|we are)\s+in\s+(?:his|their|a|the|my|our)\s+(?:car|van|boot|trunk|cab)\b|\bin the (?:boot|trunk) of\b|\b(?:looking|lookin|searching) for (?:me|us)\b|\b(?:you|u) can (?:ring|call|phone) me\b|\b(?:don'?t|dont|do not) feel safe\b|\blocked (?:me|us) in\b|\bpanic room\b|\bstuck in the (?:lift|elevator) with\b|\bwith (?:the )?security\b|\bput (?:me|us) in the\b|\bthis is my [a-z]+s? phone\b|\bthis is my (?:sisters|brothers|friends|mums|moms|mates)\b|\b(?:i'?m|i am|we'?re|we are)\s+(?:at\s+)?(?:home|inside|indoors)\s+(?:and|&)\s+safe\b|\bdoors?\s+(?:is\s+|are\s+)?locked\b|\b(?:i'?m|i am)\s+in\s+my\s+(?:room|bedroom)\b/;

/** The clauses of `text` that speak about the reporter's safety, or undefined. */
export function extractSafety(original: string, folded: string = fold(original)): Found | undefined {
  const found = clauses(folded).filter((c) => {
    const part = folded.slice(c.start, c.end).trim();
    return ZH.test(part) || EN.test(part) || ZH_MORE.test(part) || EN_MORE.test(part);
  });
  if (found.length === 0) return undefined;
  const text = found.map((c) => originalSpan(original, c)).join('，');
  return { text };
}
