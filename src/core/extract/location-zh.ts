/**
 * Chinese places as people text them: "环城公园南门", "火车站广场 售票厅门口", "阳光100 3栋", "地铁2号线小寨站B口",
 * "南大街和东大街交叉口", "G30连霍高速K1123+500", "王家村3组", "肯德基门口", "一个叫顺心宾馆的 308房".
 *
 * The text is cut into segments at clause breaks and at the words that end a place phrase (verbs, subjects,
 * counts, time words: 有人, 在打, 被 ...); every segment that holds a place word is read as one phrase, so a
 * place in the middle of a long unpunctuated text, after "看到" or "叫", is found as well as one after "在". A
 * phrase is specific when a place word has a name in front of it ("环城公园", "南大街12号"), names itself (a
 * brand, a highway code, a train number), or has building and unit numbers; relative words alone (楼下, 隔壁,
 * 门口, 在家) come back with specific = false. A place right after 不是 / 不在 is one the reporter rules out.
 *
 * Linear: the text is scanned once for break words and once for place words; each segment reads at most
 * MAX_PHRASE characters.
 */
import type { LocationFound } from './types.js';
import { allMatches, alternation, clauses, originalSpan } from './fold.js';

/**
 * Words after which a place follows (they also end the phrase before them); 喺 is Cantonese 在, 再 the
 * commonest pinyin-input slip for it ("我再南大街").
 */
export const ZH_PREPOSITIONS = words(`
  在 位于 地址是 地址在 地址: 地址 地点是 地点在 地点: 位置是 位置在 位置: 住在 住 来到 到了 就在 靠近 就是 是在 在于 喺 喺度 再`);

/**
 * Place kinds with a name in front: 环城[公园], 南大[街], 建国[路]. Kinds of shop (便利店, 水果店, 面馆) are kinds too: alone
 * ("我在便利店上夜班", "楼下便利店") they name no place dispatch can find; "全家便利店", "人民路的便利店" do.
 */
export const ZH_PLACE_MARKERS = words(`
  省 市 区 县 镇 乡 村 路 街 大街 大道 道 巷 弄 胡同 小区 花园 公园 广场 大厦 中心 商场 商城 购物中心 超市 市场
  菜市场 医院 诊所 卫生院 学校 大学 学院 中学 小学 幼儿园 车站 地铁站 火车站 汽车站 客运站 高铁站 公交站 站
  站台 售票厅 候车室 候车厅 进站口 出站口 地铁口 号线 桥 大桥 天桥 立交 立交桥 高架 匝道 隧道 通道 地下通道
  涵洞 门 南门 北门 东门 西门 大门 后门 侧门 正门 酒店 宾馆 旅馆 招待所 民宿 饭店 餐厅 饭馆 馆子 酒吧 网吧 网咖 ktv
  会所 银行 加油站 高速 高速公路 国道 省道 县道 乡道 绕城 环路 环线 环 出口 入口 收费站 服务区 十字 路口 交叉口
  丁字路口 街口 巷口 村口 城 苑 庄 府 寺 庙 塔 店 馆 厂 局 派出所 公司 公寓 家园 新村 社区 大院 码头 渡口 机场
  港 河 湖 江 海 山 峪 岭 沟 坡 峰 屯 寨 堡 坝 水库 景区 停车场 车库 地下车库 工地 宿舍 大楼 写字楼 影院 电影院
  体育馆 体育场 球场 夜市 步行街 工业园 园区 开发区 新区 园 湾 坊 楼 巷子 村子 林子 铺子 摊子 法院 检察院
  养老院 敬老院 福利院 政府 车间 仓库 工业区 校区 驾校 家属院 家属楼 烧烤 火锅 大排档 棋牌室 麻将馆 洗浴中心 足疗店 菜场
  观景台 农家乐 度假村 服务站 检查站 卡口 隧道口 桥洞 桥头 村委会 售楼处 附院
  步道 绿道 登山道 栈道 古道 山顶 山脚 山腰 半山腰 峡谷 瀑布 景点 登山口 索道 盘山路 林场 海滩 沙滩 浴场
  百货 百货大楼 百货商店 商厦 商贸城 批发市场
  桥底 桥下 涵洞口 匝道口 加气站 充电站 停车区 小卖部 驿站 快递点 彩票站
  居 郡 阁 邸 墅 巴扎 大巴扎
  便利店 水果店 理发店 美发店 面包店 蛋糕店 服装店 药店 花店 手机店 五金店 烟酒店 杂货店 小吃店 早餐店 奶茶店
  咖啡店 洗衣店 干洗店 宠物店 母婴店 文具店 眼镜店 饰品店 快餐店 面馆 包子铺 早点铺
  火锅店 烧烤店 饭店 餐馆 小饭馆 串串店 麻辣烫店 米粉店 粉店 面店 酒馆 小卖店 超市 小超市`);

/** Places that name themselves: chains and brands people use as landmarks ("肯德基门口", "中石化加油站"). */
export const ZH_BRANDS = words(`
  肯德基 麦当劳 星巴克 必胜客 德克士 华莱士 汉堡王 瑞幸 蜜雪冰城 喜茶 海底捞 沃尔玛 家乐福 永辉 华润万家 大润发
  物美 盒马 山姆 宜家 苏宁 国美 万达 万象城 大悦城 吾悦 银泰 天街 新华书店 屈臣氏 中石化 中石油 中国石化 中国石油
  壳牌 7-11 711 罗森 美宜佳 便利蜂 如家 汉庭 7天 锦江之星 全季 工商银行 建设银行 农业银行 中国银行 招商银行
  邮政 邮局 顺丰 中通 京东 绕城 绕城高速 一环 二环 三环 四环 五环 内环 外环 中环`);

/** Transport hubs: a place word after one names a part of it ("火车站广场", "高铁站出站口"). */
const ZH_HUBS = words('火车站 高铁站 汽车站 客运站 机场 地铁站');

/** Building / unit / room parts: specific together ("3号楼2单元", "5栋302室"), not alone ("12号" may be a date). */
export const ZH_UNIT_MARKERS = words('号 号楼 号院 栋 幢 座 单元 室 房 层 户 组 期 号车厢 车厢');
/** Units that, after a named place, make it specific on their own ("阳光100 3栋", "王家村3组"). */
const BUILDING_UNITS = new Set(words('号楼 号院 栋 幢 座 单元 室 房 组 号车厢 车厢'));

/** Words that extend a place ("小寨十字东南角", "公园门口") but do not name one. */
export const ZH_CONTINUATIONS = words(`
  东南角 东北角 西南角 西北角 东侧 西侧 南侧 北侧 东边 西边 南边 北边 对面 旁边 附近 边上 路边 门口 里面 里 内 外
  前面 后面 一带 这边 那边 楼下 楼上 下面 上面 底下 下 上 段 方向`);

/** Relative places: not somewhere dispatch can go without an address. */
export const ZH_RELATIVE = words(`
  这里 这儿 这边 那里 那儿 那边 楼下 楼上 楼道 楼梯间 隔壁 家里 我家 我们家 他家 她家 家中 门口 家门口 外面 屋里
  里屋 房间 卧室 厨房 客厅 卫生间 洗手间 厕所 院子 现场 附近 对面 旁边 路边 车里 屋外 走廊 阳台 地下室 天台
  楼顶 顶楼 屋企 野外 荒郊野外 郊外 半路 路上 马路上 马路边 街上 窗外 门外 老家 宿舍里 单位 城中村 出租屋 出租房`);

/** Where a place phrase ends: clause verbs, subjects, counts, time words (also where the next one may start). */
export const ZH_STOPS = words(`
  有 在 正在 不是 不在 是 被 把 让 给 发生 出现 出了 打 砍 捅 抢 偷 撬 砸 撞 杀 骂 闹 吵 踹 敲门 开门 出门 进门 走丢
  走失 不见 丢 跑 逃 遇到 遇见 看到 看见 看得到 听到 发现 写着 写的 拿 持 穿 戴 说 叫 要 想 报警 救命 着火 失火
  起火 冒烟 爆炸 晕 摔 掉 栽 跌 跳 躺 锁 关着 围着 围住 拿着 跟着 追着 盯着 躲 藏 站着 停着 开着 等 喊 吗 呢 吧 了 啊 呀 的人 现在 刚才 刚刚 已经 一直 还
  啱啱 咗 昨天 今天 昨晚 上午 下午 晚上 早上 凌晨 中午 和人 跟人 这个人 那个人 不知道 知道 过 往 从 去 到 开个 开了 开房
  站不起来 起不来 动不了`);

/** Not place words although they contain one: 知道, 味道, 窗户, 家暴. Masked before place words are looked for. */
const FALSE_MARKERS = words(`
  知道 味道 道歉 一道 顺道 难道 报道 道理 进城 城管 开门 关门 出门 进门 门外 专门 窗户 用户 客户 账户 户口
  环境 环节 环保 环卫 循环 光环 园丁 出口气 海鲜 区别 市民 大道理 江湖 号召 几号 坡度 组织 一组 小组 组长 门票
  口气 房子 房东 房租 买房 租房 开店 看店 关店 进店 到店 刘海 迷路 站在 站着 站起 站住 一站 带路 走路 路费 路过 上路
  一路 马路上 网站 车站着 卷帘门 防盗门 玻璃门 车门 房门 屋门 铁门 木门 防火门 门锁 门铃 门把手 门框 门缝 门板 银行卡 银行账户 银行账号 手机银行
  网上银行 银行流水 整栋楼 整幢楼 整个楼 全楼 一整栋 邻居 居民 居然 居住 居家 起居 定居 同居 阁下
  活路 走投无路 死路一条 没有出路 没出路 人生的十字路口`);

/** Ignored when deciding whether a place has a name ("地铁2号线" names no line, "我们小区" no compound). */
const PRONOUNS =
  /我们|我|你们|你|他们|他|她们|她|咱们|这个|那个|这家|那家|一家|某家|这|那|的|自己|某个|一个|某|个|就|也|都|地铁|公交|火车|高铁/g;
/** Stripped from the start of a place phrase. */
const LEADING_NOISE = new RegExp(
  `^(?:\\s+|[a-z']+\\s+|[\\u3400-\\u9fff]\\s+|[，、:：]|(?:我们|我|他们|他|她)(?!们?家)|现在|刚才|刚刚|就|也|还|正|已经|你好|您好|喂|救命|警察|请问|(?:打|回|接)?电话|短信|大概|应该|好像|可能|(?:今天|昨天|昨晚|前天|今晚|上午|下午|晚上|早上|凌晨|中午|傍晚)(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})?(?:点|时)?(?:半|\\d{1,2}分)?|${alternation(ZH_PREPOSITIONS)})`,
);

/** Dates and times look like unit numbers ("3月12号", "十二号晚上"): masked. Bus lines are not roads ("606路公交"). */
const NOT_A_PLACE = new RegExp(
  [
    '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[号日]',
    '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})号(?=[早中晚上下凌那这当]|晚上|白天)',
    '\\d{1,4}路(?=公交|车|巴士|汽车|电车|线)',
    // A province named as where someone is from ("河南的"), not with 省 as part of an address.
    '(?:河南|河北|湖南|湖北|山东|山西|江苏|江西|广东|广西|海南|云南)(?![省])',
    // The bus itself is not a place name ("公交车上 6路"); its stop is ("公交车站").
    '公交车(?!站)',
    // 号码 is a number, except in 三号码头 (pier 3).
    '号码(?!头)',
    // 部门 is a department, except in 小卖部门口 (the shop's door).
    '(?<!卖)部门',
    alternation(FALSE_MARKERS),
  ].join('|'),
  'g',
);

const COUNT_STOP =
  /(?:\d{1,6}|[一二两三四五六七八九十几]{1,6})(?:个|名|位|辆|伙|群|帮|只)人?|(?:\d{1,7}|[一二两三四五六七八九十几百千万]{1,7})(?:万|千|百)?(?:块钱?|元|蚊)|东西(?![大街路巷门向])|(?:\d{1,3}|[一二两三四五六七八九十几]{1,3})(?:多)?(?:岁|分钟|小时|天|点(?:半|钟|多)?)(?:前|之前|以前|左右)?/;
/** 我 / 他 / 她 / 你 end a place phrase, except in 我家 / 他们家 (a relative place). */
const PRONOUN_STOP = /[我他她你](?!们?家)们?/;
/**
 * "往咸阳方向" belongs to a highway place ("京昆高速往汉中方向"), and so does a carriageway said as 北往南 ("G4京港澳高速北往南
 * K1205", place-statements battery); "往北跑了" ends one.
 */
const TOWARDS = '(?<![东南西北])[往去](?![\\p{Script=Han}]{1,6}?方向)|[往去](?![东南西北]|[\\p{Script=Han}]{1,6}?方向)';
/** Place words with a break word inside ("酒吧", "网吧": 吧): matched first, so they do not break a phrase. */
const SHIELDED = [...ZH_PLACE_MARKERS, ...ZH_BRANDS, ...ZH_RELATIVE].filter((w) =>
  ZH_STOPS.some((stop) => w !== stop && w.includes(stop)),
);
const BREAK_RE = new RegExp(
  `(${alternation(SHIELDED)})|[，。！？；、\\n!?;]|,(?!\\d)|\\.(?=\\s|$)|${alternation([...ZH_STOPS, ...ZH_PREPOSITIONS].filter((w) => w !== '往' && w !== '去'))}|${TOWARDS}|${PRONOUN_STOP.source}|${COUNT_STOP.source}`,
  'gu',
);
/** A place right after these is ruled out ("是鼓楼 不是钟楼"). */
const NEGATED_BEFORE = /(?:不是|不在|并非|而非)\s*$/;

type Kind = 'place' | 'unit' | 'continuation' | 'relative' | 'brand';
const KIND = new Map<string, Kind>();
for (const [list, kind] of [
  [ZH_BRANDS, 'brand'],
  [ZH_RELATIVE, 'relative'],
  [ZH_PLACE_MARKERS, 'place'],
  [ZH_UNIT_MARKERS, 'unit'],
  [ZH_CONTINUATIONS, 'continuation'],
] as const)
  for (const w of list) if (!KIND.has(w)) KIND.set(w, kind);
/**
 * Place words, plus codes that name a place by themselves: highway codes (G30, S2), kilometre posts
 * (K123+500), train numbers (G87次).
 */
const CODE = '[gs]\\d{1,4}(?![\\d次])|k\\d{1,4}(?:\\+\\d{1,4})?(?!\\d)|[gdcztk]\\d{1,4}次';
const WORD_RE = new RegExp(`(${CODE})|${alternation([...KIND.keys()])}`, 'g');
/** One-character place words that begin many other words (门没锁, 道理, 江湖): no place without a name. */
const SINGLE_CHAR_GENERIC = /^[门道环园坊苑府庄塔寺庙港湾峰屯寨堡坝岭峪沟坡江河湖海局厂站山居郡阁邸墅]$/;

interface Candidate extends LocationFound {
  start: number;
  end: number;
  /** Right after 不是 / 不在: the reporter rules this place out. */
  negated: boolean;
}

/** The longest place phrase read ("陕西省西安市雁塔区小寨东路123号赛格国际购物中心5楼" is 28). */
const MAX_PHRASE = 64;

interface WordMatch {
  start: number;
  end: number;
  kind: Kind;
  word: string;
}

/** "钟楼站B口", "小寨站C2出口", "K123+500": an exit letter or number after a place belongs to it. */
const TRAILER = /^(?:[0-9a-z]{1,3}号?)?(?:出口|入口|口)(?![子袋罩水音气])|^[0-9a-z#+-]{1,12}(?:号|室|房)?/;
const LETTER_OR_HAN = /[\p{Script=Han}a-z]/u;

/** The place phrase in `masked[from, to)`, or undefined. Indices are into the folded (= original) text. */
function phraseAt(original: string, masked: string, from: number, to: number): Candidate | undefined {
  let s = from;
  const noiseEnd = Math.min(to, from + MAX_PHRASE);
  while (s < noiseEnd) {
    const m = LEADING_NOISE.exec(masked.slice(s, noiseEnd));
    if (!m || m[0].length === 0) break;
    s += m[0].length;
  }
  const phrase = masked.slice(s, Math.min(to, s + MAX_PHRASE));
  if (phrase.trim() === '') return undefined;

  const matches: WordMatch[] = [];
  for (const m of phrase.matchAll(WORD_RE)) {
    const word = m[0];
    matches.push({
      start: m.index,
      end: m.index + word.length,
      kind: m[1] !== undefined ? 'brand' : (KIND.get(word) ?? 'continuation'),
      word,
    });
  }
  const blanked = phrase.replace(PRONOUNS, (p) => ' '.repeat(p.length));
  /** A name in front of `pos`: a character not part of a place word or pronoun (digits count when `digits`). */
  const nameBefore = (pos: number, digits: boolean, least = 1): boolean => {
    let n = 0;
    for (let i = 0; i < pos && n < least; i += 1) {
      const c = blanked.charAt(i);
      if (covered[i] === 0 && c !== '□' && (LETTER_OR_HAN.test(c) || (digits && /\d/.test(c)))) n += 1;
    }
    return n >= least;
  };
  const covered = new Uint8Array(phrase.length);
  for (const [i, m] of matches.entries()) {
    // 楼 after a digit is a floor ("5楼", "三楼那个老太太家"), not a building name.
    if (m.word === '楼' && /[\d一二三四五六七八九十两]$/.test(phrase.slice(0, m.start))) m.kind = 'unit';
    // A one-character place word with nothing in front ("门没锁", "江湖") is not a place, but may begin a
    // name ("环城公园").
    if (m.kind === 'place' && m.start === 0 && SINGLE_CHAR_GENERIC.test(m.word)) {
      m.kind = 'continuation';
      continue;
    }
    // A one-character place word right before another is part of its name: "小寨站", "城南路", "钟楼站".
    const next = matches[i + 1];
    if (
      m.kind === 'place' &&
      m.word.length === 1 &&
      next !== undefined &&
      next.start === m.end &&
      next.kind !== 'continuation' &&
      // "面馆门口", "便利店对面": a relative word after a place word says where by it, it is no part of the name.
      next.kind !== 'relative'
    ) {
      m.kind = 'continuation';
      continue;
    }
    // A unit without a number ("房子", "组织") is not one.
    if (m.kind === 'unit' && !/[\d一二三四五六七八九十a-z]$/.test(phrase.slice(0, m.start))) m.kind = 'continuation';
    covered.fill(1, m.start, m.end);
  }
  // "12号" alone may be a date or a house number without a street: not an anchor by itself.
  const anchors = matches.filter((m) => m.kind !== 'continuation' && !(m.kind === 'unit' && m.word === '号'));
  if (anchors.length === 0) return undefined;

  const hubBefore = (m: WordMatch) => matches.some((o) => o.end <= m.start && ZH_HUBS.includes(o.word));
  const named = matches.some(
    (m) =>
      m.kind === 'brand' ||
      (m.kind === 'place' &&
        // "校门", "着门": a one-character place word needs a name of two characters or more.
        (nameBefore(m.start, false, SINGLE_CHAR_GENERIC.test(m.word) ? 2 : 1) || hubBefore(m))),
  );
  const units = matches.filter((m) => m.kind === 'unit');
  const buildingNamed = units.some((m) => BUILDING_UNITS.has(m.word) && nameBefore(m.start, false));
  const specific = named || units.length >= 2 || buildingNamed;

  // The phrase runs from its first character to the last place word, plus an exit, kilometre post or room.
  const last = matches[matches.length - 1];
  let end = last ? last.end : phrase.length;
  if (last && last.kind !== 'continuation' && last.kind !== 'relative')
    end += TRAILER.exec(phrase.slice(end))?.[0].length ?? 0;
  // A relative or unnamed phrase keeps its place words and the numbers right before them ("13号楼").
  const anchorStart = anchors[0]?.start ?? 0;
  const first = specific
    ? 0
    : anchorStart - (/[0-9a-z一二三四五六七八九十-]*$/.exec(phrase.slice(0, anchorStart))?.[0].length ?? 0);
  const start = s + first;
  const text = originalSpan(original, { start, end: s + end });
  if (text === '' || !/[\p{Script=Han}a-z0-9]/iu.test(text)) return undefined;
  return { text, specific, start, end: s + end, negated: false };
}

/**
 * A place given by what it is called or what its sign says: "小区叫紫薇田园都市", "一个叫顺心的宾馆", "招牌写着
 * 鑫源宾馆". The name is a place dispatch can find; with the kind said before it (小区叫X) the kind is added
 * unless the name already ends with it. A person who 叫 something is no place: a kind or a sign comes first.
 */
const NAME_KINDS = [
  '小区',
  '酒店',
  '宾馆',
  '旅馆',
  '饭店',
  '餐厅',
  '超市',
  '商场',
  '学校',
  '公司',
  '村',
  '店',
  '厂',
  '医院',
  '公园',
  '广场',
  '大厦',
];
const NAME_SRC = '([\\p{Script=Han}a-z0-9]{2,12}?)(?=[\\s，。！？,.!?；;]|$|的|旁边|对面|门口|附近|里|这|那|我|在|往)';
const NAMED_AS = new RegExp(
  `(?:(${alternation(NAME_KINDS)})(?:的)?(?:名字)?(?:叫做|名叫|叫|是)|(?:招牌|牌子|店名|门头)(?:上)?(?:写着|写的是|是|叫|\\s+(?![他她我你它这那有在是就还]))|写着)${NAME_SRC}`,
  'gu',
);

/**
 * Transport as people give it (issue 13): a bus by its route ("公交15路", "306路公交车", "坐的4路车"), a metro
 * line ("地铁3号线上"). Dispatch can reach a bus or a line through its operator: a place, if a vague one (the
 * follow-up asks for the stop). A station named with it is read by the phrase reader and says more.
 */
const ZH_NUMBER = '(?:[a-z]?\\d{1,4}|[一二三四五六七八九十百零]{1,4})';
const TRANSPORT = new RegExp(
  [
    `(?:公交车?|巴士|大巴|小巴)上?\\s*${ZH_NUMBER}路(?:公交车?|车|巴士)?`,
    `${ZH_NUMBER}路(?:公交车?|车|巴士|大巴|小巴)`,
    '(?:地铁|轻轨)?\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})号线',
  ].join('|'),
  'g',
);
/**
 * Schools and hospitals by their number, as locals say them: "二中旁边", "三小门口", "一院" (第二中学, 第三小学,
 * 第一医院). Only with a place word or the end of a clause after them ("一小时" is an hour).
 */
const NUMBERED_INSTITUTION =
  /(?:第)?[一二三四五六七八九十]{1,3}(?:附中|附小|职高|中|小|院)(?=旁边|门口|对面|附近|后门|前门|侧门|[东南西北]门|操场|宿舍|里面|里|那边|这边|$|\s|[，。！？,.!?])/g;

/** "在家" / "在家里": home, a relative place (家 alone is too common to be a place word: 家暴, 大家, 没回家). */
const AT_HOME = /在(家)(?:里|中)?(?=$|[^\p{Script=Han}]|[呢啊呀了吗吧，])/gu;

/** All Chinese place candidates in the text (`folded` is fold(original), the same length). */
export function chineseLocations(original: string, folded: string): Candidate[] {
  const out: Candidate[] = [];
  const masked = folded.replace(NOT_A_PLACE, (m) => '□'.repeat(m.length));
  // One scan for place words: a segment none of them touches is skipped without being read.
  const touched = new Uint8Array(masked.length + 1);
  for (const m of allMatches(WORD_RE, masked)) touched.fill(1, m.index, m.index + m[0].length);
  const prefix = new Uint32Array(masked.length + 1);
  for (let i = 0; i < masked.length; i += 1) prefix[i + 1] = (prefix[i] ?? 0) + (touched[i] ?? 0);
  const hasWord = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0) > 0;
  for (const clause of clauses(masked)) {
    let from = clause.start;
    const clauseText = masked.slice(clause.start, clause.end);
    const breaks = allMatches(BREAK_RE, clauseText)
      .filter((m) => m[1] === undefined)
      .map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }));
    breaks.push({ start: clause.end, end: clause.end });
    for (const b of breaks) {
      if (b.start > from && hasWord(from, b.start)) {
        // A long segment without a break word is read in MAX_PHRASE pieces.
        for (let at = from; at < b.start; at += MAX_PHRASE) {
          const c = phraseAt(original, masked, at, Math.min(b.start, at + MAX_PHRASE));
          if (c && !out.some((o) => o.start === c.start && o.end === c.end)) {
            c.negated = NEGATED_BEFORE.test(masked.slice(Math.max(0, from - 4), from));
            out.push(c);
          }
        }
      }
      from = Math.max(from, b.end);
    }
  }
  for (const m of allMatches(NAMED_AS, folded)) {
    const kind = m[1];
    const name = m[2] ?? '';
    if (/^(?:什么|啥|不知道|不清楚|一个|那个|这个)/.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    const own = original.slice(start, start + name.length);
    const text = kind !== undefined && !name.endsWith(kind) ? `${own}${kind}` : own;
    out.push({ text, specific: true, start, end: start + name.length, negated: false });
  }
  // A bus or a line is the place only when nothing better is named ("3号线 快到小寨站了": 小寨站).
  const named = out.some((o) => o.specific && !o.negated);
  for (const m of named ? [] : allMatches(TRANSPORT, folded)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({
      text: original.slice(start, m.index + m[0].length),
      specific: true,
      start,
      end: m.index + m[0].length,
      negated: false,
    });
  }
  for (const m of allMatches(NUMBERED_INSTITUTION, folded)) {
    // "二中旁边": the relative word after it belongs to the place.
    const after =
      /^(?:旁边|门口|对面|附近|后门|前门|侧门|[东南西北]门)/.exec(folded.slice(m.index + m[0].length))?.[0] ?? '';
    const end = m.index + m[0].length + after.length;
    out.push({ text: original.slice(m.index, end), specific: true, start: m.index, end, negated: false });
  }
  for (const m of allMatches(AT_HOME, folded)) {
    const start = m.index + m[0].indexOf('家');
    out.push({ text: original.slice(start, start + 1), specific: false, start, end: start + 1, negated: false });
  }
  return out;
}

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}
