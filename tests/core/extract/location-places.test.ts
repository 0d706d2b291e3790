/**
 * Places as people actually text them (issue 13, item 4): landmarks with 门口/对面/东门, metro exits, building
 * and unit numbers, junctions, shops and chains, bridges, highways with markers, villages, places in the middle
 * of long unpunctuated texts; English "outside the Red Lion", "the Kroger on Elm", "330 Broadway". Relative
 * words alone come back vague; corrections replace the place; the quality says when a P1/P2 place is too vague.
 */
import { describe, expect, it } from 'vitest';
import { extractLocation } from '../../../src/core/extract/index.js';
import { detectPlaceCorrection, placeQuality } from '../../../src/core/extract/location.js';

describe('Chinese places as people give them', () => {
  it.each([
    // a name plus 门口 / 对面 / 旁边 / 附近 / 楼下 / 东门 / 后门 / 停车场 / 地下车库
    ['万达广场门口有两个人在打架', '万达广场门口'],
    ['人民医院对面的小巷子里有人被捅了', '人民医院对面'],
    ['建设银行旁边有人抢包', '建设银行旁边'],
    ['西北大学东门 有个男的拿刀', '西北大学东门'],
    ['翠华路小学后门有人打小孩', '翠华路小学后门'],
    ['永辉超市停车场有人砸车', '永辉超市停车场'],
    ['曲江池遗址公园北门附近', '曲江池遗址公园北门附近'],
    ['紫薇花园地下车库 有人偷电瓶', '紫薇花园地下车库'],
    // metro exits, building / unit / room numbers, compounds
    ['地铁2号线小寨站B口有人晕倒了', '地铁2号线小寨站B口'],
    ['我在钟楼站C2出口', '钟楼站C2出口'],
    ['枫林绿洲7号楼2单元1502室 老公在打我', '枫林绿洲7号楼2单元1502室'],
    ['阳光100 3栋', '阳光100 3栋'],
    ['锦园小区5栋', '锦园小区5栋'],
    ['王家村3组 老李家着火了', '王家村3组'],
    // junctions, bridges, underpasses, highways, mountain roads
    ['太白路和科技路交叉口撞车了', '太白路和科技路交叉口'],
    ['小寨十字东南角', '小寨十字东南角'],
    ['灞河大桥下面有人落水', '灞河大桥下面'],
    ['北大街地下通道里有人抢手机', '北大街地下通道'],
    ['G30连霍高速K1123+500 追尾了', 'G30连霍高速K1123+500'],
    ['在绕城高速上 车翻了', '绕城高速'],
    ['京昆高速秦岭服务区', '京昆高速秦岭服务区'],
    ['太平峪进去大概五公里 有人摔下去了', '太平峪'],
    // shops, restaurants, chains, hubs, trains
    ['肯德基门口有人吵架', '肯德基门口'],
    ['网鱼网咖里两伙人打起来了', '网鱼网咖'],
    ['老王饭店里有人喝多了砸东西', '老王饭店'],
    ['火车站广场 售票厅门口', '火车站广场 售票厅门口'],
    ['G87次 6车厢 刚过郑州东', 'G87次'],
    ['在地铁上 3号线 快到小寨站了', '小寨站'],
    // in the middle of long unpunctuated texts, after 看到 / 叫 / 写着
    ['我刚下班走到半路突然冲出来两个人抢了我的包往南跑了我现在在雁塔路翠竹园小区门口', '雁塔路翠竹园小区门口'],
    ['我电动车被偷了 雁塔路 翠竹园小区门口', '雁塔路 翠竹园小区门口'],
    ['窗户外面能看到中石化加油站 对面有个招牌叫鑫源宾馆', '中石化加油站'],
    ['旁边有个石碑写着放羊寺 还能看到一个铁塔', '放羊寺'],
    ['他说是火车站附近 一个叫顺心宾馆的 308房', '顺心宾馆'],
    ['說錯了 是鼓樓 不是鐘樓', '鼓樓'],
    ['我喺旺角地鐵站B出口', '旺角地鐵站B出口'],
    ['胜利街 蓝调酒吧门口', '胜利街 蓝调酒吧门口'],
    ['龙湖源著 9栋2单元1101', '龙湖源著 9栋2单元1101'],
    ['B1路巴士 啱啱过咗天河城', '天河城'],
    ['她住曲江 芙蓉新天地旁边 曲江公寓2号楼1503', '曲江 芙蓉新天地旁边 曲江公寓2号楼1503'],
    ['我再南大街12号 快来', '南大街12号'],
    ['佛山南海區 獅山鎮 小塘工業區', '小塘工業區'],
    ['南二环西段 车翻了', '南二环西段'],
    ['老李烧烤 有人打架', '老李烧烤'],
    ['长安大学渭水校区', '长安大学渭水校区'],
    ['翠华路 蜀香火锅店门口', '翠华路 蜀香火锅店门口'],
    ['丰庆路 丰庆小区 南门旁边 兴旺棋牌室', '丰庆路 丰庆小区 南门旁边 兴旺棋牌室'],
    ['城中村 沙坡村 二巷14号', '沙坡村 二巷14号'],
  ])('%j → a specific place containing %j', (text, expected) => {
    const loc = extractLocation(text);
    expect(loc?.specific).toBe(true);
    expect(loc?.text).toContain(expected);
  });

  it('never runs an English name across a comma', () => {
    expect(extractLocation('at work, 200 Market St')?.text).toBe('200 Market St');
    expect(extractLocation('Brookside Apts, building 2, 3rd floor')?.text).toBe('Brookside Apts');
  });

  it('cuts a place at the next verb, not at the end of the text', () => {
    expect(extractLocation('万达广场门口有两个人在打架')?.text).toBe('万达广场门口');
    expect(extractLocation('太白路和科技路交叉口撞车了')?.text).toBe('太白路和科技路交叉口');
  });

  it('leaves out what the story says before the place (a thing, an amount, a lone character) and keeps compound names', () => {
    expect(extractLocation('楼上吵得厉害 好像在摔东西 曲江池小区7栋1203')?.text).toBe('曲江池小区7栋1203');
    expect(extractLocation('我条女畀人喺网上呃咗三万蚊 深圳 福田区 福华路 星河明居')?.text).toBe(
      '深圳 福田区 福华路 星河明居',
    );
    expect(extractLocation('我锁咗门 深水埗 北河街 88号')?.text).toBe('深水埗 北河街 88号');
    expect(extractLocation('现在头晕想吐 站不起来 东大街 粉巷 12号院')?.text).toBe('东大街 粉巷 12号院');
    expect(extractLocation('保利紫薇郡 5栋')?.text).toBe('保利紫薇郡 5栋');
    expect(extractLocation('东西大街12号')?.text).toBe('东西大街12号');
    expect(extractLocation('邻居家在吵')?.specific ?? false).toBe(false);
  });

  it('never picks the place the reporter rules out', () => {
    expect(extractLocation('是鼓楼 不是钟楼')?.text).toBe('鼓楼');
    expect(extractLocation('不在钟楼 在鼓楼')?.text).toBe('鼓楼');
  });

  it.each([
    ['我家楼下有人吵架', '我家楼下'],
    ['门口有个人一直在敲门', '门口'],
    ['我在家', '家'],
    ['不知道 我在一个巷子里', '巷子里'],
    ['不知道 荒郊野外', '荒郊野外'],
    ['在小区门口', '小区门口'],
    ['学校门口有人打架', '学校门口'],
    ['他在楼上砸东西', '楼上'],
    ['我们公司老板拖欠工资', '公司'],
    ['我喺屋企', '屋企'],
  ])('%j → a relative place %j (specific = false)', (text, expected) => {
    const loc = extractLocation(text);
    expect(loc?.specific).toBe(false);
    expect(loc?.text).toContain(expected);
  });

  it.each([
    '他在砸门',
    '门没锁，他进来了',
    '老公家暴我',
    '3月12号晚上他打了我',
    '十二号那天被骗了5万',
    '他说要杀了我全家',
    '我被骗了两万块钱',
    '我知道他是谁',
    '这件事的道理我不懂',
    '有人一直打我电话',
    '大家快来帮忙',
    '早上来开店 发现卷帘门被撬了',
    '姓张 四十多岁 河南的',
    '小雅 14岁 齐刘海 粉色书包',
    '有人站在楼顶边上',
    '我们在山上迷路了 天黑了',
    '我在地铁上 一直有人贴着我',
    '几十个人围着售楼处闹 说要退房',
  ])('%j → no specific place', (text) => {
    expect(extractLocation(text)?.specific ?? false).toBe(false);
  });
});

describe('English places as people give them', () => {
  it.each([
    ['by the ATM on Park Road', 'Park Road'],
    ["bloke's just glassed someone outside the Red Lion on the high street", 'Red Lion on the high street'],
    ['theres a guy beating up a woman in the parking lot of the Kroger on Elm', 'Kroger on Elm'],
    ['armed robbery at the liquor store on Vine', 'liquor store on Vine'],
    ['yo sum1 just robbed me at the bus stop on Grand took my airpods', 'bus stop on Grand'],
    ['2 guys jumped my friend outside the gym, Gold’s Gym on Fairview', 'Gym on Fairview'],
    ['fight behind the Tesco', 'Tesco'],
    ['outside Velvet nightclub on Lower Main', 'Velvet nightclub on Lower Main'],
    ['Lombard & Van Ness', 'Lombard & Van Ness'],
    ['corner of Oak and 3rd', 'corner of Oak and 3rd'],
    ['RTC on the A40 by the Polish war memorial', 'A40'],
    ['crash on I-5 near exit 12', 'I-5 near exit 12'],
    ['car on fire at mile marker 43', 'mile marker 43'],
    ['Rt 202 near the Wawa', 'Rt 202'],
    ['im on the golden gate bridge', 'golden gate bridge'],
    ['near the Elm St crossing', 'Elm St crossing'],
    ['High St Bromley, above Golden Fry', 'High St'],
    ['Riverbend Rd, last house before the bridge', 'Riverbend Rd'],
    ['Lucky Nails, 330 Broadway, i sleep in the back room', '330 Broadway'],
    ['1733 Sunset Ridge', '1733 Sunset Ridge'],
    ['14 Willow Bend, Apt 2', '14 Willow Bend'],
    ['Apt 4B, 22 Baker Street', 'Apt 4B, 22 Baker Street'],
    ['Hillcrest dorms, room 3C', 'Hillcrest dorms'],
    ['Westside Middle School back field', 'Westside Middle School'],
    ['her car is still at the Mount Si trailhead', 'Mount Si trailhead'],
    ['the greyhound station on 2nd ave, by the ticket machines', '2nd ave'],
    ['fight next to the Tesco on Mill Road', 'Tesco on Mill Road'],
    ['Dunkin on Route 1 in Saugus', 'Dunkin on Route 1'],
    ['Anytime Fitness on Cole St', 'Anytime Fitness on Cole St'],
    ['at work, 200 Market St', '200 Market St'],
    ['guy passed out across from the Shell', 'Shell'],
    ["we're in the car park of the Asda", 'Asda'],
  ])('%j → a specific place containing %j', (text, expected) => {
    const loc = extractLocation(text);
    expect(loc?.specific).toBe(true);
    expect(loc?.text).toContain(expected);
  });

  it.each([
    ['stabbing at the bus station', 'the bus station'],
    ['2 guys jumped my friend outside the gym', 'the gym'],
    ['car broke down on the ring road', 'the ring road'],
    ['there is a man outside', 'outside'],
    ['he is downstairs', 'downstairs'],
  ])('%j → a relative place %j (specific = false)', (text, expected) => {
    const loc = extractLocation(text);
    expect(loc?.specific).toBe(false);
    expect(loc?.text).toContain(expected);
  });

  it.each([
    "I'm on my way",
    'i found a wallet on the street',
    'I was raped last night by a guy I met at a bar',
    'he was stabbed by Mike',
    'it happened on Monday at 5',
    'they want $500 in bitcoin',
    'my son is 12 and he is not home',
    'I owe them 2000 dollars',
    'he said he would kill me',
    'can you send someone',
    'someone keeps ringing my doorbell at 3am',
    'I got home at 11 and the door was open',
    'I got a Dunkin coffee and he followed me',
  ])('%j → no specific place', (text) => {
    expect(extractLocation(text)?.specific ?? false).toBe(false);
  });
});

describe('more places as reporters text them (zh and en)', () => {
  it.each([
    ['快来人啊 朝阳门地铁站A口有人打架', 'specific'],
    ['我在长安南路与南二环交叉口东北角', 'specific'],
    ['西影路上的星巴克门口有个男的一直跟着我', 'specific'],
    ['救命 我在城南客运站后面的小巷子里 有人追我', 'specific'],
    ['东二环 公交站牌下面 有人晕倒了', 'specific'],
    ['我现在在万科城市之光小区东门 保安不让进', 'specific'],
    ['报警 曲江海洋馆停车场 两辆车撞了', 'specific'],
    ['高新区锦业路18号 有人跳楼', 'specific'],
    ['咸阳机场T3航站楼出发层 有人打起来了', 'specific'],
    ['我在西安北站候车厅 手机被偷了', 'specific'],
    ['临潼区骊山镇东岳村5组', 'specific'],
    ['秦岭太平峪 往里走三公里左右 有人掉下去了', 'specific'],
    ['京昆高速 往汉中方向 秦岭1号隧道', 'specific'],
    ['沪陕高速K1001 追尾', 'specific'],
    ['在电子城派出所旁边的网吧 有人打架', 'specific'],
    ['我家在朱雀大街南段 长安大厦旁边', 'specific'],
    ['我在小寨赛格购物中心6楼 女厕所', 'specific'],
    ['西稍门十字西南角的肯德基', 'specific'],
    ['北郊凤城五路 地铁站C口', 'specific'],
    ['纬二街和吉祥路十字 车祸', 'specific'],
    ['我们在大雁塔北广场 孩子走丢了', 'specific'],
    ['灞桥区十里铺 纺织城立交下面', 'specific'],
    ['在浐河边上 靠近世博园那一段 有人落水了', 'specific'],
    ['紫薇田园都市K区12号楼3单元', 'specific'],
    ['长乐坡 老刘家面馆门口', 'specific'],
    ['在丈八东路 沃尔玛超市对面', 'specific'],
    ['我在楼下', 'relative'],
    ['他就在我家门口', 'relative'],
    ['我在一个小区里面 不知道叫啥', 'relative'],
    ['我在路边', 'relative'],
    ['我在高速上', 'relative'],
    ['我在学校', 'relative'],
    ['他把我的钱全转走了', 'none'],
    ['我被我老公打了', 'none'],
    ['我儿子三天没回家了', 'none'],
    ['有人骗我转了五千块', 'none'],
    ['我想报警', 'none'],
    ['今天下午三点多的时候', 'none'],
    ['他有刀', 'none'],
    ['对方有三个人 开一辆白色面包车', 'none'],
    ['im at the Shell station on Route 9 by exit 14', 'specific'],
    ["there's a fight outside the Walmart on Elm Street", 'specific'],
    ["we're at the corner of 5th and Main", 'specific'],
    ['Apt 3B, 221 Jefferson Ave', 'specific'],
    ['someone got shot in the parking lot of the Best Buy on Grand Ave', 'specific'],
    ['hes on the Brooklyn Bridge', 'specific'],
    ['accident on the M25 between junction 10 and 11', 'specific'],
    ['I-95 northbound near mile marker 112', 'specific'],
    ['by the ATM on Park Road', 'specific'],
    ['outside Greggs on the high street', 'specific'],
    ["behind the Sainsbury's on London Road", 'specific'],
    ["at McDonald's on Sunset Blvd", 'specific'],
    ['in room 214 at the Motel 6', 'specific'],
    ['4512 Oak Ridge Dr', 'specific'],
    ['man with a gun at Central Station platform 3', 'specific'],
    ["I'm outside", 'relative'],
    ["we're at the park", 'relative'],
    ['at the bus station', 'relative'],
    ['on the ring road', 'relative'],
    ['somewhere on the highway', 'relative'],
    ["I'm on my way", 'none'],
    ['my husband hit me again', 'none'],
    ['he took 500 dollars', 'none'],
    ['it happened 2 hours ago', 'none'],
    ['please send help now', 'none'],
    ['my son is 8 years old, wearing a red jacket', 'none'],
    ['they said to wire $2000', 'none'],
    ['im @ the walmart on 5th', 'specific'],
    ["in the alley behind Joe's Pizza", 'specific'],
    ['by the 7-11 on 3rd st', 'specific'],
    ['outside the Chase bank on Main', 'specific'],
    ['at Kroger on Elm', 'specific'],
    ["he's at the Marriott downtown room 512", 'specific'],
    ['at the Holiday Inn Express on Route 1', 'specific'],
    ['were in the Target parking lot on Harbor Blvd', 'specific'],
    ['2nd floor of the Westfield mall food court', 'specific'],
    ['Mercy Hospital ER waiting room', 'specific'],
    ['Lincoln High School gym', 'specific'],
    ['the Chevron at 5th and Pine', 'specific'],
    ['junction 4 of the M6', 'specific'],
    ['A40 westbound near the Hanger Lane gyratory', 'specific'],
    ['at my apt', 'relative'],
    ['in my car', 'relative'],
    ['at the gas station', 'relative'],
    ['in the alley', 'relative'],
    ['at the mall', 'relative'],
    ['at work', 'relative'],
    ['hes gonna kill me', 'none'],
    ["I'm scared", 'none'],
    ['my gf took my car keys', 'none'],
    ['he left 10 mins ago', 'none'],
    ['it was around 9pm', 'none'],
    ['send cops asap', 'none'],
    ['i think he has a gun', 'none'],
    ['she is 16, brown hair, wearing a Nike hoodie', 'none'],
    ['I called my Mom', 'none'],
    ['i met him on Tinder', 'none'],
    ['he texted me on Facebook', 'none'],
    ['I work at night', 'none'],
    ['Thanks', 'none'],
  ] as const)('%j → %s', (text, kind) => {
    const loc = extractLocation(text);
    if (kind === 'specific') expect(loc?.specific).toBe(true);
    else if (kind === 'relative') expect(loc?.specific).toBe(false);
    else expect(loc?.specific ?? false).toBe(false);
  });

  it('keeps a highway, its direction and the tunnel together', () => {
    expect(extractLocation('京昆高速 往汉中方向 秦岭1号隧道')?.text).toBe('京昆高速 往汉中方向 秦岭1号隧道');
    expect(extractLocation('I-95 northbound near mile marker 112')?.text).toBe('I-95 northbound near mile marker 112');
  });
});

describe('detectPlaceCorrection: a corrected place replaces the old one', () => {
  it.each([
    ['说错了 是鼓楼 不是钟楼', '钟楼', '鼓楼'],
    ['不对，是6号楼', '幸福小区3号楼2单元', '幸福小区6号楼2单元'],
    ['不对 是13号楼 打漏了个1', '长乐东路 东方小区3号楼', '长乐东路 东方小区13号楼'],
    ['改一下地址 雁塔区小寨东路123号', '钟楼', '雁塔区小寨东路123号'],
    ["sorry, it's 42 not 24", '24 Elm Street', '42 Elm Street'],
    ['wait wrong road, its Route 20 not 9, sorry im shaking', 'Route 9 by the Dunkin', 'Route 20 by the Dunkin'],
    ["actually we're at the Shell on 5th Ave", 'Main Street', 'Shell on 5th Ave'],
    ['sorry wrong apt, apt 5', 'Apt 3, 22 Baker Street', 'Apt 5, 22 Baker Street'],
    // A plain "wrong address" still corrects, even beside someone's movement.
    ['wrong address, he ran out of 42 Elm Street not 24', '24 Elm Street', '42 Elm Street'],
    ['不对 不是钟楼 是鼓楼 他往北跑了', '钟楼', '鼓楼'],
    // A gate ruled out and another given; a place corrected inside the same text.
    ['不对 是南门 不是北门', '郑州 龙子湖 中建工地 北门', '郑州 龙子湖 中建工地 南门'],
    ['胜利小区6号楼 不对 是8号楼 3单元', '在我家', '胜利小区8号楼'],
  ])('%j after %j → %j', (text, previous, expected) => {
    const c = detectPlaceCorrection(text, previous);
    expect(c?.text).toContain(expected);
    expect(c?.specific).toBe(true);
  });

  it('says what was ruled out', () => {
    expect(detectPlaceCorrection('说错了 是鼓楼 不是钟楼', '钟楼')?.ruledOut).toBe('钟楼');
    expect(detectPlaceCorrection("sorry, it's 42 not 24", '24 Elm Street')?.ruledOut).toBe('24');
  });

  it('works without an earlier place', () => {
    expect(detectPlaceCorrection('不对 应该是南大街12号')).toEqual({ text: '南大街12号', specific: true });
  });

  it.each([
    ['有人在南大街打架', '钟楼'],
    ['不是我打的 他在哪我不知道', '钟楼'],
    ['sorry', '24 Elm Street'],
    ['I mean he is really scary', '24 Elm Street'],
    ['he is still at 5 Elm Street', '24 Elm Street'],
    // Someone else moving is news about them, not a corrected incident place.
    ['actually he ran to the Shell station on 5th Ave', '24 Elm Street'],
    ['sorry they drove off toward the Walmart on Route 9', '24 Elm Street'],
    ['他其实是往火车站那边跑了', '幸福小区3号楼'],
  ])('%j after %j is no correction', (text, previous) => {
    expect(detectPlaceCorrection(text, previous)).toBeUndefined();
  });
});

describe('placeQuality: when a P1/P2 place is too vague to drive to', () => {
  it.each([
    ['南大街12号', 'address', false],
    ['枫林绿洲7号楼2单元1502室', 'address', false],
    ['G30连霍高速K1123+500', 'address', false],
    ['王家村3组', 'address', false],
    ['123 Main Street', 'address', false],
    ['I-5 near exit 12', 'address', false],
    ['小寨十字东南角', 'junction', false],
    ['南大街和东大街交叉口', 'junction', false],
    ['corner of Oak and 3rd', 'junction', false],
    ['Lombard & Van Ness', 'junction', false],
    ['环城公园南门', 'landmark', false],
    ['肯德基门口', 'landmark', false],
    ['雁塔路 翠竹园小区门口', 'landmark', false],
    ["Gold's Gym on Fairview", 'landmark', false],
    ['朝阳区三里屯太古里南区', 'landmark', false],
    ['Route 9 by the Dunkin', 'landmark', false],
    ['碑林区南大街', 'road', true],
    ['绕城高速', 'road', true],
    ['Main Street', 'road', true],
    ['Route 9', 'road', true],
    ['西安市', 'area', true],
    ['雁塔区', 'area', true],
    ['楼下', 'relative', true],
    ['the bus station', 'relative', true],
    // A place of a kind in a named town, a shop on a numbered road or along a street (session 13).
    ['theres a man drowning in the river by the old railway bridge in Shrewsbury', 'landmark', false],
    ['at the bus station in Leeds a guy has a knife', 'landmark', false],
    ['hes at the Circle K on Route 1 in Saugus', 'landmark', false],
    ['at the Petron station along Commonwealth Ave in QC', 'landmark', false],
    // ... not a month or a season after "in".
    ['someone got hit by a car at the roundabout in March last year', 'relative', true],
    ['the park in Summer is busy', 'relative', true],
    // Irish and South African national roads; a saint's school is no street.
    ['crash on the n1 near the tollgate', 'road', true],
    ["my son 8 didnt come home from St Joseph's primary", 'landmark', false],
    ["St Mary's Rd", 'road', true],
  ])('%j is %s (too vague: %s)', (text, level, tooVague) => {
    const loc = extractLocation(text);
    expect(loc).toBeDefined();
    expect(placeQuality(loc?.text ?? '', loc?.specific ?? false)).toEqual({ level, tooVague });
  });
});

describe('transport, trails and local names as places (issue 13)', () => {
  it.each([
    ['坐的306路公交车 有个男的摸我', '306路公交车', 'road'],
    ['我在公交15路上 有人偷钱包', '公交15路', 'road'],
    ['我在4路车上 司机被打了', '4路车', 'road'],
    ['地铁3号线上有人拿刀', '地铁3号线', 'road'],
    ['二十分钟前 2号线站台', '2号线', 'road'],
    ['在公交车上 6路', '公交车上 6路', 'road'],
    ['在地铁上 3号线 快到小寨站了', '小寨站', 'landmark'],
    ['二中旁边 有人被捅了', '二中旁边', 'landmark'],
    ['三小门口有人抢孩子', '三小门口', 'landmark'],
    ['兰州拉面馆门口 有人打架', '兰州拉面馆门口', 'landmark'],
    ['华山长空栈道 被困了', '华山长空栈道', 'landmark'],
    ['东湖绿道 有人落水', '东湖绿道', 'landmark'],
    ['老王小卖部门口 有人打架', '老王小卖部门口', 'landmark'],
    ['菜鸟驿站门口有人打架', '菜鸟驿站门口', 'landmark'],
    ['G15沈海高速 往宁波方向 1200公里处 车翻了', '1200公里', 'address'],
  ])('%j → %j (%s)', (text, expected, level) => {
    const loc = extractLocation(text);
    expect(loc?.specific).toBe(true);
    expect(loc?.text).toContain(expected);
    expect(placeQuality(loc?.text ?? '', true).level).toBe(level);
  });

  it.each([
    ['im on the 73 bus and a guy has a knife', 'the 73 bus', 'road'],
    ['on the number 38 bus going to hackney', 'the number 38 bus', 'road'],
    ['guy flashing a blade on the northern line near camden', 'the northern line', 'road'],
    ['on the district line train between earls court and west ken', 'district line', 'road'],
    ['lost hiking the pct near mile 340', 'mile 340', 'address'],
    ['on the m6 between j10 and j11 crash', 'm6 between j10', 'address'],
    ['near the footbridge over the a38', 'a38', 'road'],
    ['fire at 12 acacia cres', '12 acacia cres', 'address'],
    ['smoke coming from 4 ocean pde', '4 ocean pde', 'address'],
    ['at the servo on the pacific hwy someone got stabbed', 'pacific hwy', 'road'],
    ['fight outside the spoons on the high st', 'spoons on the high st', 'landmark'],
    ['kid hit by car outside woolies', 'woolies', 'landmark'],
    ['two guys fighting outside maccas on smith st', 'maccas on smith st', 'landmark'],
    ['stuck on the cliff path at st ives', 'st ives', 'landmark'],
    ['lost on mt baldy trail, phone on 5%', 'mt baldy trail', 'landmark'],
    ['im at southbank near the skatepark', 'southbank near the skatepark', 'landmark'],
    ['lost on Ben Lomond, phone at 8%', 'Ben Lomond', 'landmark'],
    ['lost on Snowdon, battery at 5 percent', 'Snowdon', 'landmark'],
    ['stuck up Ben Nevis in the fog', 'Ben Nevis', 'landmark'],
    ['hiker hurt on Angels Landing', 'Angels Landing', 'landmark'],
    ['its at the Dog and Duck on Fore St', 'Dog and Duck on Fore St', 'landmark'],
    ['fight at the Bull and Bush', 'Bull and Bush', 'landmark'],
    ['my dad collapsed at Flinders St station', 'Flinders St station', 'landmark'],
  ])('%j → %j (%s)', (text, expected, level) => {
    const loc = extractLocation(text);
    expect(loc?.specific).toBe(true);
    expect(loc?.text).toContain(expected);
    expect(placeQuality(loc?.text ?? '', true).level).toBe(level);
  });

  it.each([
    '一小时前有人打我',
    '其中一个人拿着刀',
    '我在地铁上 一直有人贴着我',
    'im at my wits end',
    "we're at nans",
    'im at the end of my rope',
    'come to the back door',
    'im on the phone line to him',
    'he is on the front line',
    'car broke down on the ring road',
    'his bus is late 10 mins',
    'see you on Monday',
    'stabbed by John Smith',
    'we were on Facebook Messenger',
    'my battery is low, he is on Tinder',
    'call me on Monday im lost',
    'he beat me up Monday',
    'hes in New York now',
  ])('%j → no specific place', (text) => {
    expect(extractLocation(text)?.specific ?? false).toBe(false);
  });
});

describe('a kind of shop alone is no place dispatch can find', () => {
  it.each(['我在便利店上夜班 有个人一直盯着我', '楼下便利店有人打架', '水果店门口有人吵架'])('%s: vague', (text) => {
    expect(extractLocation(text)?.specific ?? false).toBe(false);
  });

  it.each([
    ['全家便利店门口有人打架', '全家便利店门口'],
    ['人民路的便利店被抢了', '人民路的便利店'],
  ])('%s: named, specific', (text, place) => {
    expect(extractLocation(text)).toMatchObject({ text: place, specific: true });
  });
});

describe('coordinates and postcodes typed into a text (session 14 blind battery)', () => {
  it.each([
    ['-33.8688, 151.2093 my friend is unconscious cant wake her', '-33.8688, 151.2093'],
    ['我发个位置 30.5728,104.0668 有人被绑在车里', '30.5728,104.0668'],
    ['位置：北纬39.9087 东经116.3975 有人晕倒了没呼吸', '北纬39.9087 东经116.3975'],
    ['https://maps.google.com/?q=22.543096,114.057865 被困电梯了', '22.543096,114.057865'],
    ['39.9087N, 116.3975E man down not breathing', '39.9087N, 116.3975E'],
    ['gas leak smell all down our street, cant reach the gas board, postcode LS6 2QA', 'LS6 2QA'],
    ['my eircode is D02 X285 hes outside with a bat', 'D02 X285'],
  ])('%s', (text, place) => {
    expect(extractLocation(text)).toEqual({ text: place, specific: true });
  });

  it.each([
    'train at 10.30, 11.45 pls',
    'paid £12.500, 13.400 to them',
    'room T12 3456',
    '京A12345 白色面包车',
    'coordinates 95.12345, 200.12345 lol',
  ])('not a place: %s', (text) => {
    expect(extractLocation(text)?.specific === true).toBe(false);
  });
});
