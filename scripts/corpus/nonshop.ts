// A seeded, deterministic corpus of ordinary Chinese web pages that are NOT card shops: every one must read grey
// (not a shop). `npx tsx scripts/corpus/nonshop.ts [seed]` writes tests/fixtures/nonshop/generated/<kind>-<nnn>.html.
// The pages are meant to look like the real thing (navigation, sidebars, tables, comments, ICP and 公安 filing
// footers, pagination, share and login links, the buttons such a page really has), including commerce that is not a
// card shop (product pages of physical goods, hotel prices) and pages that QUOTE card-shop and scam wording (anti-fraud
// notices, news, game wikis). Nothing here is tuned to dodge the classifier. Hosts are reserved names only.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orgCodeCheckChar, usccCheckChar } from '../../lib/detectors/page/uscc';

const SEED = Number(process.argv[2] ?? 20261205);
const PER_KIND = 20;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'nonshop', 'generated');

// ---------------------------------------------------------------------------------------------------------------
// PRNG and helpers

function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class R {
  constructor(private next: () => number) {}
  f(): number { return this.next(); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.next() * a.length)]!; }
  chance(p: number): boolean { return this.next() < p; }
  some<T>(a: readonly T[], n: number): T[] {
    const c = [...a];
    const out: T[] = [];
    while (out.length < n && c.length) out.push(c.splice(Math.floor(this.next() * c.length), 1)[0]!);
    return out;
  }
  digits(n: number): string { let s = String(this.int(1, 9)); while (s.length < n) s += String(this.int(0, 9)); return s; }
  money(lo: number, hi: number, cents = false): string { const v = this.int(lo, hi); return cents ? `${v}.${this.pick(['00', '50', '90', '99', '80'])}` : String(v); }
  date(): string { return `2026-${String(this.int(1, 11)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`; }
  time(): string { return `${String(this.int(7, 23)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}`; }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------------------------------------------------------------------------------------------------------------
// Shared banks: people, places, filings

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '涛', '明', '超', '秀英', '晓东', '子涵', '雨桐', '浩然', '思远', '欣怡', '俊杰', '佳琪', '一鸣'];
const NICKS = ['路过的咸鱼', '今天也要早睡', '夜猫子阿飞', '不吃香菜', '橘子汽水', '老猫', '风吹麦浪', '一只小透明', '奶茶续命', '山海', '小明同学', '云淡风轻', '摸鱼达人', '北方的狼', '加班狗', '阿锦', '木子李', '星河', '芒果布丁', '土豆泥'];
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '西安', '长沙', '重庆', '苏州', '厦门', '青岛', '昆明', '郑州'];
/** Province abbreviation, 公安 code prefix, capital. */
const PROV: ReadonlyArray<[string, string, string]> = [['京', '1101', '北京'], ['沪', '3101', '上海'], ['粤', '4401', '广州'], ['浙', '3301', '杭州'], ['苏', '3201', '南京'], ['川', '5101', '成都'], ['鄂', '4201', '武汉'], ['湘', '4301', '长沙'], ['闽', '3502', '厦门'], ['鲁', '3702', '青岛'], ['陕', '6101', '西安'], ['渝', '5001', '重庆']];

/** An invented 统一社会信用代码 that passes GB 32100 (as every real company page's does): 91 + region + MA… organisation code. */
function inventedUscc(r: R): string {
  const region = r.pick(PROV)[1] + String(r.int(1, 9)).padStart(2, '0');
  let body8 = 'MA';
  for (let k = 0; k < 6; k++) body8 += r.pick([...'0123456789ABCDEFGHJKLMNPQRTUWXY']);
  const first17 = `91${region}${body8}${orgCodeCheckChar(body8)}`;
  return first17 + usccCheckChar(first17);
}

const person = (r: R) => r.pick(SURNAMES) + r.pick(GIVEN);

function filings(r: R): { icp: string; police: string } {
  const [p, code] = r.pick(PROV);
  // Since 2008-ish numbers are year + 6 digits (10 in all); older sites keep an 8-digit number without a year.
  const num = r.chance(0.75) ? `${r.int(2012, 2025)}${String(r.int(1, 999999)).padStart(6, '0')}` : `${String(r.int(5, 19)).padStart(2, '0')}${r.digits(6)}`;
  return { icp: `${p}ICP备${num}号-${r.int(1, 5)}`, police: `${p}公网安备 ${code}${r.pick(['02', '05', '06', '08', '10'])}${r.digits(8)}号` };
}

// ---------------------------------------------------------------------------------------------------------------
// Shared page parts

type Site = { name: string; host: string };

function header(desc: string, seed: number, url: string): string {
  const d = desc.replace(/[>;]/g, ' ');
  return `<!-- fixture: ${d}. generated by scripts/corpus/nonshop.ts seed ${seed}; url: ${url} ; kind: nonshop ; expect: grey ; signals: -->`;
}

function nav(r: R, items: string[], site: Site, login = true): string {
  const links = items.map((t, i) => `<li><a href="/${['', 'list', 'topic', 'c', 'channel'][i % 5]}${i ? `/${i}` : ''}">${t}</a></li>`).join('');
  const user = login ? r.pick([
    `<div class="user"><a href="/login">登录</a> | <a href="/register">注册</a></div>`,
    `<div class="user-bar"><a href="/passport/login?from=nav" class="btn-login">登录</a><a href="/passport/reg" class="btn-reg">立即注册</a></div>`,
    `<div class="top-user"><a href="/login">请登录</a><span>|</span><a href="/app">手机版</a></div>`,
  ]) : '';
  const search = r.chance(0.6) ? `<form class="search" action="/search" method="get"><input type="text" name="q" placeholder="搜索"><button type="submit">搜索</button></form>` : '';
  return `<header class="site-header"><div class="logo"><a href="/"><img src="/static/img/logo.png" alt="${site.name}" width="120" height="36"></a></div><nav><ul class="nav">${links}</ul></nav>${search}${user}</header>`;
}

function footer(r: R, site: Site, extra = ''): string {
  const f = filings(r);
  const year = 2026;
  const v = r.int(0, 3);
  const icp = `<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">${f.icp}</a>`;
  const police = `<a href="https://beian.mps.gov.cn/#/query/webSearch?code=${f.police.replace(/\D/g, '')}" target="_blank" rel="nofollow"><img src="/static/img/ga.png" alt="" width="14" height="14">${f.police}</a>`;
  const links = `<p class="links"><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/privacy">隐私政策</a> | <a href="/terms">用户协议</a>${r.chance(0.5) ? ' | <a href="/sitemap">网站地图</a>' : ''}${r.chance(0.5) ? ' | <a href="/jobs">加入我们</a>' : ''}</p>`;
  if (v === 0) return `<footer class="site-footer">${links}<p>Copyright &copy; ${r.int(2008, 2020)}-${year} ${site.name} 版权所有</p><p>${icp} ${police}</p>${extra}</footer>`;
  if (v === 1) return `<footer id="footer"><div class="wrap">${links}<p>&copy; ${year} ${site.name} All Rights Reserved.</p><p>${icp}　${police}</p><p>违法和不良信息举报电话：${r.pick(['010', '021', '020', '0571', '028'])}-${r.digits(8)}　举报邮箱：jubao@${site.host}</p>${extra}</div></footer>`;
  if (v === 2) return `<div class="footer"><p>${site.name} · ${r.pick(CITIES)}</p><p>${icp}</p><p>${police}</p>${extra}<p class="small">本站部分内容来源于网络，如有侵权请联系删除。</p></div>`;
  return `<footer>${links}<p>${site.name} ©${year}　${icp}　${police}</p><p>网络文化经营许可证 ${r.pick(['京', '沪', '浙', '粤'])}网文〔${r.int(2019, 2025)}〕${r.digits(4)}-${r.digits(3)}号</p>${extra}</footer>`;
}

function share(r: R): string {
  return r.pick([
    `<div class="share">分享到：<a href="#" class="s-wx">微信</a> <a href="#" class="s-wb">微博</a> <a href="#" class="s-qz">QQ空间</a> <a href="#" class="s-copy">复制链接</a></div>`,
    `<div class="share-bar"><span>分享</span><button type="button" class="share-wechat">微信好友</button><button type="button" class="share-moments">朋友圈</button><button type="button" class="share-weibo">新浪微博</button></div>`,
    `<div class="actions"><button type="button">点赞 ${r.int(3, 3000)}</button><button type="button">收藏</button><button type="button">分享</button></div>`,
  ]);
}

function pagination(r: R, base: string): string {
  const total = r.int(3, 40);
  const cur = r.int(1, Math.min(3, total));
  let s = `<div class="pagination">`;
  if (cur > 1) s += `<a href="${base}?page=${cur - 1}">上一页</a>`;
  for (let i = 1; i <= Math.min(total, 5); i++) s += i === cur ? `<span class="current">${i}</span>` : `<a href="${base}?page=${i}">${i}</a>`;
  if (total > 5) s += `<span>…</span><a href="${base}?page=${total}">${total}</a>`;
  return s + `<a href="${base}?page=${cur + 1}">下一页</a><span class="total">共 ${total} 页</span></div>`;
}

function comments(r: R, bank: string[], n: number): string {
  const items = r.some(bank, n).map((c) => `<li class="comment"><div class="meta"><span class="nick">${r.pick(NICKS)}${r.chance(0.3) ? r.int(1, 999) : ''}</span> <span class="ip">IP属地：${r.pick(['北京', '上海', '广东', '浙江', '四川', '湖北', '江苏', '山东', '河南', '福建'])}</span> <time>${r.date()} ${r.time()}</time></div><p>${c}</p><div class="ops"><a href="#">回复</a> <a href="#">赞 ${r.int(0, 900)}</a></div></li>`).join('');
  return `<section class="comments"><h3>评论（${r.int(n, 800)}）</h3><form class="comment-form" action="/comment/post" method="post"><textarea name="content" placeholder="写下你的评论…"></textarea><button type="submit">发表评论</button></form><ul>${items}</ul></section>`;
}

function analytics(r: R): string {
  return r.pick([
    `<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.example/hm.js?${r.digits(8)}";document.head.appendChild(hm);})();</script>`,
    `<script src="/static/js/jquery.min.js"></script><script src="/static/js/app.${r.digits(6)}.js"></script>`,
    `<script>window.__INITIAL_STATE__={"page":"${r.pick(['detail', 'article', 'index'])}","ab":${r.int(1, 9)}};</script><script src="/static/js/vendor.js" defer></script>`,
    '',
  ]);
}

function doc(title: string, bodyClass: string, body: string, r: R, metaDesc = ''): string {
  const css = r.pick(['/static/css/main.css', '/css/style.css', '/assets/css/site.min.css', '/static/css/common.css']);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${metaDesc ? `<meta name="description" content="${esc(metaDesc)}">` : ''}<link rel="stylesheet" href="${css}"></head>
<body class="${bodyClass}">
${body}
${analytics(r)}
</body></html>
`;
}

const para = (xs: string[]) => xs.map((x) => `<p>${x}</p>`).join('\n');
const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? k);

// ---------------------------------------------------------------------------------------------------------------
// Kinds. Each returns the page's description, its URL, its title and its HTML body.

type Page = { desc: string; url: string; title: string; body: string; cls: string; meta?: string };
type Kind = { id: string; make(r: R, i: number): Page };

const NEWS_SITES = ['东方晨报网', '城市快讯', '今日视点', '南方时讯', '华夏新闻网', '锦城日报', '江海在线'];
const NEWS_TOPICS: Array<{ title: string; lead: string; paras: string[] }> = [
  { title: '{city}地铁{n}号线东延段开通 沿线居民通勤时间缩短近半', lead: '{date}上午，{city}地铁{n}号线东延段正式开通运营，新增车站{k}座。', paras: ['据{city}轨道交通集团介绍，东延段全长约{km}公里，全程采用地下敷设方式，最高运行时速80公里。开通初期，工作日早高峰最小行车间隔为4分钟。', '“以前坐公交到单位要一个多小时，现在半小时就到了。”家住东郊的{person}告诉记者，她今天特意提前出门，想体验一下新线路。', '票价方面，东延段执行现行轨道交通票价政策，起步价2元。乘客可使用交通卡、手机扫码或银联闪付进站，老年人凭优待证免费乘车。', '运营方提醒，开通首周客流较大，请乘客合理安排出行时间，遵守车站秩序，注意乘车安全。'] },
  { title: '{city}发布今冬供暖方案 居民供暖费标准保持不变', lead: '记者从{city}市城市管理委员会获悉，今年供暖季将于11月15日开始，次年3月15日结束。', paras: ['根据方案，居民住宅供暖价格继续执行每平方米每月{p}元的标准，低保家庭可申请减免。', '市热力集团已完成管网检修{km}公里，更换老旧阀门{k}处。供暖初期如出现室温不达标，居民可拨打供热服务热线反映。', '有关负责人表示，今年将继续推行“接诉即办”，供热投诉原则上24小时内响应处理。'] },
  { title: '全国首个“无废乡村”示范点落户{city}郊区', lead: '{date}，生态环境部门公布了首批“无废乡村”示范名单。', paras: ['示范点所在村共有农户{k}户，通过垃圾分类、秸秆还田和废旧农膜回收，村内生活垃圾减量超过四成。', '村党支部书记{person}介绍，村里设立了“积分超市”，村民分类投放垃圾可以攒积分，兑换肥皂、毛巾等日用品。', '专家认为，农村固废治理要因地制宜，不能简单照搬城市模式。'] },
  { title: '{city}今年新增公办学位{k}个 幼升小报名下月启动', lead: '{city}市教育局{date}召开新闻发布会，通报今年义务教育招生入学工作安排。', paras: ['今年全市新建、改扩建中小学和幼儿园{n}所，新增公办学位{k}个。', '适龄儿童家长可通过“{city}教育”公众号或市教育局官网进行网上报名，无需到现场排队。报名不收取任何费用，请家长警惕以“内部名额”“交钱保录取”为名的诈骗。', '教育局提醒，各学校不得以任何名义收取与入学挂钩的费用，家长如遇违规收费可拨打监督电话举报。'] },
  { title: '暴雨致{city}部分路段积水 交警发布绕行提示', lead: '受强对流天气影响，{date}下午{city}城区普降暴雨，局地降雨量超过{k}毫米。', paras: ['截至17时，全市共有{n}处下穿通道临时封闭，交警部门已在现场设置警示标志并疏导交通。', '气象部门预计，今夜到明天仍有中到大雨，市民出行请尽量避开低洼路段，不要涉水行车。', '如遇紧急情况，可拨打110或119求助。'] },
];
const FIN_TOPICS: Array<{ title: string; paras: string[] }> = [
  { title: '国际金价再创新高 国内金饰价格突破每克{gold}元', paras: ['{date}，国际现货黄金价格盘中一度突破每盎司{oz}美元，创下历史新高。受此带动，国内多家品牌金店的足金饰品报价上调至每克{gold}元左右，较上周上涨约{d}元。', '记者走访{city}多家金店发现，尽管金价高企，前来选购婚嫁首饰的消费者依然不少。“早买晚买都得买，就当保值了。”一位正在挑选手镯的顾客说。', '分析人士指出，金价短期波动加剧，普通投资者应理性看待，不宜追高。银行积存金业务起购金额一般为1克，按当前价格约需{bank}元。'] },
  { title: 'A股三大指数集体收涨 两市成交额超{vol}亿元', paras: ['{date}，沪指收涨{pct}%，报{idx}点；深证成指、创业板指分别上涨{pct2}%和{pct3}%。两市合计成交额{vol}亿元，较上一交易日放量。', '板块方面，半导体、消费电子板块领涨，游戏传媒板块午后走强，某头部游戏公司股价一度涨停，报{px}元。该公司三季报显示，前三季度营业收入同比增长{g}%。', '北向资金全天净买入{nb}亿元。机构认为，市场情绪有所回暖，但仍需关注外部不确定因素。'] },
  { title: '猪肉价格连续三周回落 {city}菜篮子价格总体平稳', paras: ['据{city}市发改委价格监测，本周猪肉（精瘦肉）平均零售价为每斤{pork}元，环比下降{pct}%；鸡蛋每斤{egg}元，基本持平。', '蔬菜方面，受天气转冷影响，叶菜类价格小幅上涨，大白菜每斤{cab}元，西红柿每斤{tom}元。', '农业部门表示，今年生猪存栏充足，春节前猪肉供应有保障。'] },
  { title: '多家银行下调存款利率 一年期定存跌破{rate}%', paras: ['继国有大行之后，多家股份制银行和城商行近日宣布下调人民币存款挂牌利率。调整后，一年期定期存款利率普遍降至{rate}%左右，五万元存一年利息约{int}元。', '业内人士表示，存款利率下行是大势所趋，储户可根据自身需求，在国债、大额存单和低风险理财产品之间合理配置。', '提醒：银行工作人员不会通过电话或短信要求客户转账到“安全账户”，请警惕冒充银行的电信诈骗。'] },
  { title: '国内油价迎年内第{n}次下调 加满一箱92号汽油少花{save}元', paras: ['国家发展改革委{date}发布消息，根据近期国际市场油价变化情况，按照现行成品油价格形成机制，自当日24时起，国内汽、柴油价格每吨分别降低{t}元和{t2}元。', '折合升价，92号汽油每升下调约{l}元。以油箱容量50升的家用车计算，加满一箱油将少花{save}元左右。', '机构预计，下一轮调价窗口油价仍存在下行可能。'] },
];
const NEWS_COMMENTS = ['终于等到了，点赞！', '希望越来越好', '我们那边什么时候也能有啊', '记者辛苦了', '关键还是要落实到位', '已转发给家里人看了', '这个政策不错，支持一下', '说得有道理', '坐等后续报道', '数据挺详细的，收藏了', '以前就盼着这一天', '还是要理性看待'];

function newsKind(finance: boolean): Kind {
  return {
    id: finance ? 'finance-news' : 'news',
    make(r, i) {
      const siteName = r.pick(NEWS_SITES);
      const site: Site = { name: siteName, host: `${r.pick(['news', 'www', 'm', 'finance'])}.${r.pick(['dfcb', 'csks', 'jrsd', 'nfsx', 'hxnews', 'jcrb', 'jhzx'])}.example` };
      const v = { city: r.pick(CITIES), n: String(r.int(2, 19)), k: String(r.int(3, 9000)), km: String(r.int(5, 40)), p: (r.int(28, 60) / 10).toFixed(1), date: r.date(), person: person(r),
        gold: String(r.int(980, 1380)), oz: String(r.int(3600, 4500)), d: String(r.int(8, 40)), bank: String(r.int(880, 1000)), vol: String(r.int(9000, 21000)), pct: (r.int(10, 180) / 100).toFixed(2), pct2: (r.int(10, 250) / 100).toFixed(2), pct3: (r.int(10, 300) / 100).toFixed(2), idx: String(r.int(3100, 3900)), px: (r.int(2000, 9000) / 100).toFixed(2), g: String(r.int(5, 45)), nb: String(r.int(10, 120)),
        pork: (r.int(120, 180) / 10).toFixed(1), egg: (r.int(40, 65) / 10).toFixed(1), cab: (r.int(8, 20) / 10).toFixed(1), tom: (r.int(30, 60) / 10).toFixed(1), rate: (r.int(90, 140) / 100).toFixed(2), int: String(r.int(450, 700)), save: String(r.int(8, 20)), t: String(r.int(70, 300)), t2: String(r.int(70, 300)), l: (r.int(5, 25) / 100).toFixed(2) };
      let title: string; let body: string;
      if (finance) {
        const t = FIN_TOPICS[i % FIN_TOPICS.length]!;
        title = fill(t.title, v);
        body = para(t.paras.map((p) => fill(p, v)));
        if (r.chance(0.5)) body += `<table class="quote"><caption>今日行情（单位：元）</caption><tr><th>品种</th><th>最新价</th><th>涨跌幅</th></tr>${r.some(['足金饰品', '投资金条', '白银', '铂金', '沪深300ETF', '国债ETF'], 4).map((x) => `<tr><td>${x}</td><td>${r.money(3, 1200, true)}</td><td>${r.chance(0.5) ? '+' : '-'}${(r.int(1, 300) / 100).toFixed(2)}%</td></tr>`).join('')}</table>`;
      } else {
        const t = NEWS_TOPICS[i % NEWS_TOPICS.length]!;
        title = fill(t.title, v);
        body = `<p class="lead">${fill(t.lead, v)}</p>` + para(t.paras.map((p) => fill(p, v)));
      }
      const editor = person(r);
      const variant = r.int(0, 2);
      const side = `<aside class="side"><h3>${r.pick(['热点排行', '24小时热榜', '编辑推荐'])}</h3><ol>${r.some(NEWS_TOPICS.map((t) => fill(t.title, v)).concat(FIN_TOPICS.map((t) => fill(t.title, v))), 5).map((x, k) => `<li><a href="/${finance ? 'finance' : 'local'}/${r.digits(7)}.html">${k + 1}. ${x}</a></li>`).join('')}</ol>${variant === 1 ? `<div class="app-promo"><img src="/static/img/app-qr.png" alt="下载客户端" width="90" height="90"><p>扫码下载${siteName}客户端</p></div>` : ''}</aside>`;
      const path = `/${finance ? 'finance' : r.pick(['local', 'society', 'city'])}/2026${String(r.int(1, 11)).padStart(2, '0')}/${r.digits(6)}${String(i).padStart(3, '0')}.html`;
      const html = nav(r, ['首页', '要闻', finance ? '财经' : '本地', '社会', '科技', '体育', '视频'], site, variant !== 2) +
        `<div class="crumb"><a href="/">首页</a> &gt; <a href="/${finance ? 'finance' : 'local'}/">${finance ? '财经' : '本地新闻'}</a> &gt; 正文</div>` +
        `<main class="wrap"><article><h1>${title}</h1><div class="info"><span>${v.date} ${r.time()}</span> <span>来源：${siteName}</span> <span>记者 ${person(r)}</span></div>${r.chance(0.4) ? `<figure><img src="/upload/2026/${r.digits(8)}.jpg" alt="" width="640" height="360"><figcaption>图为现场。记者 ${person(r)} 摄</figcaption></figure>` : ''}${body}<p class="editor">责任编辑：${editor}</p>${share(r)}</article>${variant !== 0 ? comments(r, NEWS_COMMENTS, r.int(2, 5)) : ''}${side}</main>` +
        footer(r, site);
      return { desc: `${finance ? 'a finance news article with prices in 元' : 'a city news article'} on ${siteName}`, url: `https://${site.host}${path}`, title: `${title}_${siteName}`, body: html, cls: 'article' };
    },
  };
}

// Forum threads: gamers discuss 充值, 点券, 648元礼包.
const GAMES = ['星海远征', '王城纷争', '幻境物语', '原野求生', '剑影江湖', '机甲前线', '萌宠大作战', '山海异闻录'];
const FORUM_TITLES = ['【讨论】{game}这次的648元礼包到底值不值？', '萌新求问：{game}首充6元送的东西有必要买吗', '{game}新版本充值返利活动汇总（持续更新）', '吐槽一下{game}的点券定价，真的越来越贵了', '{game}月卡和战令哪个性价比高？算了一笔账', '关于{game}代充的事，大家千万别贪便宜', '零氪党的{game}半年心得，顺便聊聊充值'];
const FORUM_POSTS = [
  '我算了一下，648元礼包给6480点券外加一个限定皮肤，按单买皮肤要1288点券，其实不算亏，但前提是你本来就想要那个皮肤。',
  '首充6元送的英雄是真香，强烈建议萌新买，后面的累充就看个人了。',
  '月卡30元一个月，每天领100钻，只要你每天上线就比直接充值划算很多。',
  '别去找什么低价代充，我朋友上个月在某个群里找人代充，付了钱对方说系统维护，然后就把他拉黑了。官方渠道充值最稳。',
  '战令68元，如果你每周都能打满任务，送的东西比月卡多。懒人还是月卡吧。',
  '点券以前10块钱100点，现在活动给的额外赠送越来越少了，感觉在变相涨价。',
  '说实话这游戏不充钱也能玩，就是抽卡慢一点，心态放平就好。',
  '648这种档位还是给土豪准备的，我们学生党每个月买个月卡意思一下就行了。',
  '版本更新后充值返利是按累计金额算的，满98元送一个头像框，满198元送坐骑，活动截止到月底。',
  '建议楼主先看看官方公告里的充值说明，里面写得很清楚，未成年人每月充值有上限。',
  '+1，我也觉得新皮肤的特效不值这个价。',
  '楼上说的对，代充十个有九个是骗子，剩下一个用的是黑卡，号都可能被封。',
  '我一般等双倍返利的时候再充，平时不动。',
  '有没有人知道iOS和安卓充值价格一样吗？我看苹果那边6元档和安卓是一样的。',
  '顶一下，楼主整理得很用心。',
];
const forum: Kind = {
  id: 'forum',
  make(r, i) {
    const game = r.pick(GAMES);
    const fname = r.pick(['游侠之家论坛', '玩家部落', '次元茶馆', '掌游社区', '竞技场BBS']);
    const site: Site = { name: fname, host: `${r.pick(['bbs', 'club', 'tieba', 'www'])}.${r.pick(['youxia', 'wanjia', 'cyc', 'zhangyou', 'jjc'])}.example` };
    const title = fill(FORUM_TITLES[i % FORUM_TITLES.length]!, { game });
    const posts = r.some(FORUM_POSTS, r.int(5, 9));
    const floor = (p: string, k: number) => `<div class="post" id="pid${r.digits(7)}"><div class="author"><img src="/uc/avatar/${r.digits(6)}.jpg" alt="" width="48" height="48"><a href="/space/uid-${r.digits(6)}">${r.pick(NICKS)}</a><p>${r.pick(['新手上路', '中级玩家', '资深玩家', '版主', '元老'])}</p><p>积分 ${r.int(10, 9000)}</p></div><div class="content"><div class="floor">${k === 0 ? '楼主' : `${k + 1}#`} 发表于 ${r.date()} ${r.time()}</div><p>${p}</p>${k === 0 && r.chance(0.5) ? `<table class="t"><tr><th>档位</th><th>价格</th><th>获得</th></tr><tr><td>首充</td><td>6元</td><td>60点券+限定英雄</td></tr><tr><td>月卡</td><td>30元</td><td>每日100点券，持续30天</td></tr><tr><td>大额礼包</td><td>648元</td><td>6480点券+皮肤自选箱</td></tr></table>` : ''}</div><div class="post-ops"><a href="#">回复</a> <a href="#">引用</a> <a href="#">举报</a> <a href="#">支持(${r.int(0, 200)})</a></div></div>`;
    const v = r.int(0, 2);
    const sidebar = v === 1 ? `<aside><h4>版块信息</h4><p>${game}综合讨论区</p><p>今日：${r.int(10, 900)} 主题：${r.int(1000, 90000)}</p><h4>版规</h4><ul><li>禁止发布代充、账号买卖等交易信息</li><li>禁止人身攻击</li><li>求助帖请注明区服</li></ul></aside>` : '';
    const html = nav(r, ['首页', '论坛', `${game}专区`, '攻略', '新闻', '排行'], site) +
      `<div class="crumb"><a href="/">${fname}</a> › <a href="/forum-${r.int(10, 99)}-1.html">${game}</a> › 查看帖子</div><main><div class="thread-head"><h1>${title}</h1><span>查看: ${r.int(100, 90000)} | 回复: ${r.int(5, 900)}</span></div>` +
      posts.map(floor).join('') + pagination(r, `/thread-${r.digits(6)}-1-1.html`) +
      `<div class="fastpost"><p>您需要 <a href="/member.php?mod=logging&action=login">登录</a> 才可以回帖 <a href="/member.php?mod=register">立即注册</a></p></div></main>${sidebar}` + footer(r, site);
    return { desc: `a gamers' forum thread on ${fname} about ${game} top-up prices`, url: `https://${site.host}/thread-${r.digits(6)}${String(i).padStart(3, '0')}-1-1.html`, title: `${title} - ${game} - ${fname}`, body: html, cls: 'forum viewthread' };
  },
};

// Software documentation.
const DOC_PRODUCTS = ['FlowDB', 'Lattice', 'QingCache', 'MiniMQ', 'PaperUI', 'Hexo-Lite', 'StarGate 网关', 'YunLog'];
const DOC_SECTIONS: Array<{ h: string; p: string[]; code?: string }> = [
  { h: '安装', p: ['{prod} 支持 Linux、macOS 和 Windows。推荐使用包管理器安装，也可以从发布页下载预编译的二进制文件。'], code: 'npm install {pkg} --save\n# 或者\nyarn add {pkg}' },
  { h: '快速开始', p: ['下面的例子创建一个客户端并写入一条数据。默认配置下，客户端会连接本机的 {port} 端口。'], code: "import { createClient } from '{pkg}';\n\nconst client = createClient({ host: '127.0.0.1', port: {port} });\nawait client.set('greeting', '你好');" },
  { h: '配置项', p: ['所有配置项都可以写在 <code>{pkg}.config.json</code> 中，也可以通过环境变量覆盖。环境变量的优先级高于配置文件。'] },
  { h: '常见问题', p: ['<strong>Q：启动时报错“端口被占用”怎么办？</strong><br>A：请检查是否有其他进程占用了 {port} 端口，或者在配置文件中修改 port 字段。', '<strong>Q：是否支持集群部署？</strong><br>A：从 2.0 版本开始支持，详见“集群”一节。'] },
  { h: '升级指南', p: ['从 1.x 升级到 2.x 时，请注意以下不兼容变更：<code>timeout</code> 的单位从秒改为毫秒；移除了已废弃的 <code>connectSync</code> 方法。'] },
  { h: '许可证', p: ['{prod} 基于 MIT 许可证开源。商业版提供技术支持和额外的企业功能，详情请参阅官网的“定价”页面。'] },
];
const docs: Kind = {
  id: 'docs',
  make(r, i) {
    const prod = r.pick(DOC_PRODUCTS);
    const pkg = prod.toLowerCase().replace(/[^a-z]/g, '') || 'stargate';
    const site: Site = { name: `${prod} 文档`, host: `docs.${pkg}-${r.pick(['dev', 'io', 'cn'])}.example` };
    const v = { prod, pkg, port: String(r.pick([6379, 8080, 9000, 7700, 3306])) };
    const secs = r.some(DOC_SECTIONS, r.int(3, 5));
    const toc = `<aside class="sidebar"><div class="version">版本：<select name="ver"><option>v2.${r.int(0, 9)}</option><option>v1.x</option></select></div><ul>${['简介', '安装', '快速开始', '配置项', 'API 参考', '集群', '常见问题', '更新日志'].map((x) => `<li><a href="/guide/${encodeURIComponent(x)}">${x}</a></li>`).join('')}</ul></aside>`;
    const tbl = r.chance(0.6) ? `<h2>配置项一览</h2><table><thead><tr><th>名称</th><th>类型</th><th>默认值</th><th>说明</th></tr></thead><tbody>${[['host', 'string', '127.0.0.1', '监听地址'], ['port', 'number', v.port, '监听端口'], ['timeout', 'number', '3000', '超时时间（毫秒）'], ['maxConnections', 'number', '1024', '最大连接数'], ['logLevel', 'string', 'info', '日志级别：debug / info / warn / error']].map((row) => `<tr>${row.map((c) => `<td><code>${c}</code></td>`).join('')}</tr>`).join('')}</tbody></table>` : '';
    const body = secs.map((s) => `<h2 id="${r.digits(4)}">${s.h}</h2>${para(s.p.map((p) => fill(p, v)))}${s.code ? `<pre><code>${esc(fill(s.code, v))}</code></pre>` : ''}`).join('') + tbl;
    const html = `<header class="navbar"><a class="brand" href="/">${prod}</a><nav><a href="/guide/">指南</a><a href="/api/">API</a><a href="/blog/">博客</a><a href="https://git.${pkg}.example/${pkg}">GitHub</a>${r.chance(0.5) ? '<a href="/pricing">企业版</a>' : ''}</nav><form action="/search"><input name="q" placeholder="搜索文档"></form></header>` +
      `<div class="layout">${toc}<main class="doc"><h1>${prod} ${r.pick(['使用指南', '开发文档', '用户手册'])}</h1>${body}<div class="page-nav"><a href="/guide/prev">← 上一篇</a> <a href="/guide/next">下一篇 →</a></div><p class="edit"><a href="https://git.${pkg}.example/${pkg}/edit/main/docs">在 GitHub 上编辑此页</a> · 最后更新：${r.date()}</p></main></div>` + footer(r, site);
    return { desc: `software documentation for ${prod}`, url: `https://${site.host}/guide/${r.pick(['start', 'install', 'config', 'faq'])}-${String(i).padStart(3, '0')}.html`, title: `${prod} 文档 | ${secs[0]!.h}`, body: html, cls: 'docs' };
  },
};

// Personal blogs.
const BLOG_TOPICS: Array<{ t: string; p: string[] }> = [
  { t: '周末去{city}的两天一夜', p: ['这次是临时起意，周五下班直接坐高铁过去，车票{p}元，两个小时就到了。', '第一天住在老城区的民宿，房东阿姨特别热情，推荐了好几家本地人才去的小馆子。一碗牛肉面{q}元，分量大到吃不完。', '第二天早起去爬山，山顶的风景真的值得。下山的时候腿都软了，回来又躺了一整天。', '总的来说这次旅行花费不到一千块，很适合周末放空。'] },
  { t: '我的2026年读书清单', p: ['今年一共读了{n}本书，比去年多了一些，主要是通勤时间用手机看电子书。', '印象最深的是一本讲城市规划的书，让我开始注意到家门口那条路为什么总是堵。', '小说方面重读了几本经典，年纪不同感受真的不一样。', '明年的目标是少刷短视频，多读纸质书。'] },
  { t: '换了新工作后的第一个月', p: ['离开待了五年的公司，说不紧张是假的。', '新团队氛围不错，领导也很愿意给新人机会。第一周基本都在熟悉业务和代码。', '最大的变化是通勤，从地铁四十分钟变成骑车十分钟，幸福感直线上升。', '希望这一次能坚持写周报，也坚持写这个博客。'] },
  { t: '家里的老猫今年十四岁了', p: ['它是我大学时在楼下捡的，那时候只有巴掌大。', '现在它每天大部分时间都在睡觉，偶尔跳上书桌踩我的键盘。', '上个月带它去体检，医生说肾功能有点下降，换了处方粮，一袋{q}元，贵是贵了点，但只要它舒服就好。', '希望它能一直陪着我。'] },
  { t: '自己组装了一台NAS，记录一下', p: ['家里照片越来越多，网盘会员一年要{q}元，想了想还是自己搞一台。', '配置：四盘位机箱、低功耗CPU、两块8T硬盘做镜像，总共花了不到{p}元。', '系统装的是开源的方案，折腾了一个周末终于把相册同步和远程访问都弄好了。', '唯一的缺点是电费，但算下来还是比买会员划算。'] },
];
const BLOG_COMMENTS = ['写得真好，看得我也想去了', '博主加油！', '同感，我也是这样过来的', '请问那个民宿叫什么名字？', '猫猫好可爱', '收藏了，回头照着配一台', '好久没看到这么真诚的文章了', '哈哈哈哈最后一句笑死'];
const blog: Kind = {
  id: 'blog',
  make(r, i) {
    const owner = r.pick(NICKS);
    const site: Site = { name: `${owner}的博客`, host: `${r.pick(['blog', 'www', 'notes'])}.${r.pick(['xiaoyu', 'laomao', 'fengchui', 'shanhai', 'juzi', 'ajin'])}${r.int(1, 99)}.example` };
    const t = BLOG_TOPICS[i % BLOG_TOPICS.length]!;
    const v = { city: r.pick(CITIES), p: String(r.int(90, 3000)), q: String(r.int(15, 400)), n: String(r.int(12, 60)) };
    const title = fill(t.t, v);
    const variant = r.int(0, 2);
    const side = `<aside class="widget"><div class="about"><img src="/avatar.jpg" alt="${owner}" width="80" height="80"><p>${owner}，${r.pick(['程序员', '设计师', '中学老师', '自由职业', '产品经理'])}，坐标${r.pick(CITIES)}。</p></div><h4>分类</h4><ul><li><a href="/category/life">生活</a></li><li><a href="/category/travel">旅行</a></li><li><a href="/category/tech">折腾</a></li></ul><h4>归档</h4><ul><li><a href="/2026/11/">2026年11月</a></li><li><a href="/2026/10/">2026年10月</a></li></ul>${variant === 2 ? '<h4>友情链接</h4><ul><li><a href="https://friend-a.example/">阿锦的小站</a></li><li><a href="https://friend-b.test/">橘子汽水</a></li></ul>' : ''}</aside>`;
    const html = `<header><h1 class="site-title"><a href="/">${site.name}</a></h1><p class="tagline">${r.pick(['记录生活，偶尔折腾', '慢慢来，比较快', '一个普通人的碎碎念'])}</p><nav><a href="/">首页</a> <a href="/archives">归档</a> <a href="/about">关于</a> <a href="/feed">RSS</a></nav></header>` +
      `<main><article class="post"><h2>${title}</h2><p class="meta">发布于 ${r.date()} · 阅读 ${r.int(20, 5000)}</p>${para(t.p.map((p) => fill(p, v)))}<p class="tags">标签：<a href="/tag/1">${r.pick(['生活', '随笔', '旅行', '读书'])}</a></p>${share(r)}<div class="post-nav"><a href="/p/${r.int(1, 300)}">上一篇</a> <a href="/p/${r.int(1, 300)}">下一篇</a></div></article>${comments(r, BLOG_COMMENTS, r.int(1, 4))}</main>${side}` +
      footer(r, site, variant === 1 ? '<p>Powered by Typecho · Theme by Mirages</p>' : '<p>本站由 Hexo 驱动</p>');
    return { desc: `a personal blog post by ${owner}`, url: `https://${site.host}/${r.pick(['p', 'archives', 'posts'])}/${r.int(100, 999)}${String(i).padStart(3, '0')}.html`, title: `${title} | ${site.name}`, body: html, cls: 'post-template' };
  },
};

// E-commerce product pages of physical goods.
type Good = { name: string; cat: string; price: [number, number]; specs: Array<[string, string]>; reviews: string[]; options: string[] };
const GOODS: Good[] = [
  { name: '星耀 X20 Pro 5G手机 12GB+256GB', cat: '手机', price: [2999, 5999], specs: [['屏幕', '6.78英寸 OLED 120Hz'], ['处理器', '旗舰八核处理器'], ['电池', '5500mAh 100W快充'], ['后摄', '5000万像素三摄'], ['重量', '约210g']], reviews: ['手机很流畅，拍照效果超出预期，物流也快。', '电池很耐用，重度使用一天没问题。', '屏幕显示细腻，就是有点重。', '送给爸妈的，字体调大以后老人用着很方便。'], options: ['曜石黑', '冰川白', '湖光青'] },
  { name: '青禾 Note 12 智能手机 8GB+128GB', cat: '手机', price: [999, 1899], specs: [['屏幕', '6.6英寸 LCD'], ['电池', '5000mAh'], ['存储', '8GB+128GB'], ['系统', '青禾OS 5']], reviews: ['千元机能做到这样很不错了。', '给孩子上网课用，够用。', '充电有点慢，其他都挺好。'], options: ['深空灰', '薄荷绿'] },
  { name: '《城市的呼吸：一部街道的历史》（精装）', cat: '图书', price: [39, 98], specs: [['出版社', '东方文艺出版社'], ['ISBN', '9787500000000'], ['页数', '368'], ['开本', '16开'], ['出版时间', '2026-03']], reviews: ['装帧很漂亮，内容也扎实。', '包装完好，没有磕碰，五星。', '作者文笔很好，一口气读完。'], options: ['精装', '平装'] },
  { name: '儿童百科全书（全10册）注音版', cat: '图书', price: [88, 299], specs: [['适读年龄', '3-10岁'], ['册数', '10册'], ['装帧', '平装'], ['出版社', '少年知识出版社']], reviews: ['孩子很喜欢，每天睡前都要读一本。', '图片清晰，纸张没有异味。', '性价比很高，活动价买的。'], options: ['全10册', '上辑5册', '下辑5册'] },
  { name: '男士纯棉长袖衬衫 免烫商务休闲', cat: '服装', price: [79, 269], specs: [['面料', '100%棉'], ['版型', '修身'], ['领型', '标准领'], ['适用季节', '春秋']], reviews: ['尺码标准，面料舒服，洗了也不皱。', '颜色和图片一致，老公穿着很精神。', '袖子稍微长了一点，整体满意。'], options: ['白色 S', '白色 M', '浅蓝 L', '浅蓝 XL'] },
  { name: '女士羊毛混纺双面呢大衣 中长款', cat: '服装', price: [399, 1299], specs: [['面料', '羊毛50% 聚酯纤维50%'], ['长度', '中长款'], ['袖长', '长袖'], ['厚度', '常规']], reviews: ['版型很好看，显瘦！', '质感不错，这个价位值了。', '有点掉毛，但可以接受。'], options: ['驼色 S', '驼色 M', '黑色 M', '黑色 L'] },
  { name: '不锈钢电热水壶 1.7L 家用大容量', cat: '家电', price: [59, 199], specs: [['容量', '1.7L'], ['功率', '1800W'], ['材质', '304不锈钢'], ['保修', '全国联保1年']], reviews: ['烧水很快，没有塑料味。', '颜值高，放在厨房很搭。', '用了一个月，一切正常。'], options: ['银色', '奶白色'] },
  { name: '全自动滚筒洗衣机 10公斤 洗烘一体', cat: '家电', price: [1999, 4299], specs: [['容量', '洗10kg/烘7kg'], ['能效等级', '一级能效'], ['电机', '直驱变频'], ['尺寸', '595×565×850mm']], reviews: ['送货安装都很及时，师傅很专业。', '噪音很小，烘干效果好。', '价格比线下便宜不少。'], options: ['钛金灰'] },
];
const MALLS = ['优品商城', '京选网', '好物集', '百汇购', '天天优选'];
const product: Kind = {
  id: 'product',
  make(r, i) {
    const g = GOODS[i % GOODS.length]!;
    const mall = r.pick(MALLS);
    const site: Site = { name: mall, host: `${r.pick(['item', 'detail', 'www', 'm'])}.${r.pick(['youpin', 'jingxuan', 'haowuji', 'baihui', 'ttyx'])}.example` };
    const price = r.int(g.price[0], g.price[1]);
    const orig = Math.round(price * (1 + r.int(5, 40) / 100));
    const v = r.int(0, 3);
    const promo = r.pick([
      `<div class="promo"><span class="tag">满减</span>每满300减30 <span class="tag">券</span>领券立减${r.int(5, 50)}元</div>`,
      `<div class="promo"><span class="tag">PLUS</span>PLUS会员专享价 ¥${(price * 0.97).toFixed(2)} <a href="/plus">开通会员</a></div>`,
      `<div class="promo"><span class="tag">分期</span>白条分期 最高12期免息，每期 ¥${(price / 12).toFixed(2)} 起</div>`,
      `<div class="promo"><span class="tag">以旧换新</span>旧机最高抵${r.int(100, 800)}元 <span class="tag">赠品</span>赠送 ${r.pick(['碎屏险', '定制保温杯', '帆布袋'])}</div>`,
    ]);
    const specs = `<table class="specs"><caption>规格参数</caption>${g.specs.map(([k, s]) => `<tr><th>${k}</th><td>${s}</td></tr>`).join('')}<tr><th>品牌</th><td>${g.name.split(/\s|》/)[0]!.replace('《', '')}</td></tr></table>`;
    const rev = `<section class="reviews"><h3>商品评价（${r.int(100, 200000)}+）</h3><div class="rate">好评度 ${r.int(93, 99)}%</div><div class="tags"><span>质量很好(${r.int(10, 9000)})</span><span>物流很快(${r.int(10, 9000)})</span><span>性价比高(${r.int(10, 9000)})</span></div>${r.some(g.reviews, Math.min(3, g.reviews.length)).map((c) => `<div class="review"><span class="user">${r.pick(NICKS).slice(0, 1)}***${r.int(1, 9)}</span><span class="stars">★★★★${r.chance(0.7) ? '★' : '☆'}</span><p>${c}</p><span class="sku">${r.pick(g.options)}</span> <time>${r.date()}</time></div>`).join('')}${pagination(r, '/comments')}</section>`;
    const buy = `<div class="buy-box"><div class="price">${v === 2 ? '到手价' : '售价'} <strong class="p">¥${price}.00</strong> <del>¥${orig}.00</del></div>${promo}<div class="delivery">配送至 ${r.pick(CITIES)} ${r.pick(['现货，今日下单明天送达', '有货，48小时内发货', '预售，预计3天内发货'])}　运费：${r.chance(0.7) ? '免运费' : `¥${r.int(5, 12)}`}</div><div class="options">选择${g.cat === '服装' ? '颜色/尺码' : '版本'}：${g.options.map((o) => `<a class="opt" href="#">${o}</a>`).join('')}</div><div class="qty">数量：<button type="button">-</button><input type="text" name="count" value="1"><button type="button">+</button></div><div class="btns"><a class="btn-cart" href="/cart/add?sku=${r.digits(10)}">加入购物车</a>${v !== 1 ? `<a class="btn-buy" href="/order/confirm?sku=${r.digits(10)}">立即购买</a>` : ''}</div><div class="service">服务：${r.pick(['7天无理由退货', '支持7天无理由退货（激活后不支持）', '15天价保 · 7天无理由'])} · 正品保障 · ${r.pick(['上门取退', '运费险', '全国联保'])}</div></div>`;
    const shopBox = `<aside class="shop"><h4>${r.pick(['官方旗舰店', '自营', '专营店'])}</h4><p>${r.pick(['商品评价 9.8', '物流履约 9.6', '售后服务 9.7'])}</p><a href="/shop/${r.digits(6)}">进店逛逛</a> <a href="/im">联系客服</a> <a href="/follow">关注店铺</a></aside>`;
    const rec = `<section class="rec"><h3>看了又看</h3><ul>${r.some(GOODS, 4).map((x) => `<li><a href="/item/${r.digits(9)}.html">${x.name}</a> <span>¥${r.int(x.price[0], x.price[1])}</span></li>`).join('')}</ul></section>`;
    const html = nav(r, ['首页', '分类', '秒杀', '优惠券', '会员', '我的订单'], site) +
      `<div class="crumb"><a href="/">${mall}</a> &gt; <a href="/list/${r.int(1, 999)}">${g.cat}</a> &gt; ${esc(g.name)}</div><main class="item"><div class="gallery"><img src="/img/sku/${r.digits(9)}.jpg" alt="${esc(g.name)}" width="400" height="400"></div><div class="info"><h1>${esc(g.name)}</h1><p class="sub">${r.pick(['【热卖】', '【新品上市】', '【官方正品】', ''])}${g.specs[0]![1]}</p>${buy}</div>${shopBox}<section class="detail"><h3>商品介绍</h3>${specs}</section>${rev}${rec}</main>` +
      footer(r, site, `<p>营业执照 | 增值电信业务经营许可证：${r.pick(['京', '沪', '浙'])}B2-${r.int(2014, 2024)}${r.digits(4)}</p>`);
    return { desc: `a large mall's product page for a physical good (${g.cat}) on ${mall}`, url: `https://${site.host}/item/${r.digits(9)}${String(i).padStart(3, '0')}.html`, title: `【${mall}】${g.name}价格_报价_图片_评价`, body: html, cls: 'product-detail' };
  },
};

// Anti-fraud articles and police notices that quote scam wording.
const SCAM_QUOTES = ['“请扫描个人收款码付款，备注无需填写”', '“本站采用免签支付，付款后自动发货”', '“低价Q币，九折秒到”', '“卡密自动发货，24小时营业”', '“保存二维码到相册，再用微信扫一扫”', '“付款后请上传支付截图”', '“内部渠道，全网最低价”', '“点券5折，先付款后充值”', '“开通分站，0元当老板”'];
const FRAUD_CASES = [
  '{city}市民{person}在短视频平台看到一则“低价充值游戏点券”的广告，添加对方QQ后，对方发来一个网址，页面上写着{q1}。{person}按提示转账{amt}元后，对方以“系统卡单需要解冻”为由要求继续付款，{person}这才意识到被骗。',
  '今年以来，我市公安机关共接报网络购物类诈骗警情{n}起，其中以“低价购买游戏币、点卡”为诱饵的占三成以上。此类网站往往宣称{q1}，并要求受害人{q2}。',
  '某中学学生小{sur}想给游戏账号充值，在网上搜到一个所谓的“卡盟”平台，页面显示{q1}。他用父母的手机扫码付了{amt}元，结果收到的卡密全部无效，客服也联系不上了。',
  '警方提示，正规平台不会让消费者向个人账户付款。凡是网页上出现{q2}等字样的，都要提高警惕。',
];
const FRAUD_TIPS = ['充值请通过游戏官方渠道或正规电商平台，不要相信“内部价”“折扣卡密”。', '凡是要求扫描个人收款码、转账到个人银行卡的，都是诈骗。', '不要为了省几块钱把个人信息和支付密码交给陌生人。', '未成年人充值应征得监护人同意，家长要保管好支付密码。', '如果不慎被骗，请保存好聊天记录、转账凭证，第一时间拨打110报警。', '下载“国家反诈中心”App，开启来电预警功能。', '可拨打96110反诈专线咨询，或向12321网络不良与垃圾信息举报受理中心举报诈骗网址。'];
function fraudKind(police: boolean): Kind {
  return {
    id: police ? 'police-notice' : 'antifraud',
    make(r, i) {
      const city = r.pick(CITIES);
      const orgName = police ? `${city}市公安局${r.pick(['刑侦支队', '网安支队', '反诈中心', ''])}` : r.pick(['反诈宣传站', '全民反诈', '平安守护者', '防骗指南网']);
      const site: Site = { name: police ? `${city}公安` : orgName, host: police ? `gaj.${r.pick(['city-a', 'city-b', 'city-c', 'city-d'])}.example` : `www.${r.pick(['fanzha', 'qmfz', 'pashz', 'fpzn'])}.example` };
      const v = { city, person: person(r), sur: r.pick(SURNAMES), amt: String(r.int(98, 12000)), n: String(r.int(200, 3000)), q1: r.pick(SCAM_QUOTES), q2: r.pick(SCAM_QUOTES) };
      const title = police ? r.pick(['警情通报：警惕“低价充值”类网络诈骗', '【反诈提醒】游戏充值“打折”？小心是骗局！', `${city}警方破获一起利用“卡盟”网站实施诈骗案`, '关于防范“免签支付”类虚假网站诈骗的预警通报']) : r.pick(['揭秘“卡盟”骗局：低价Q币背后的套路', '一图看懂：这些付款方式千万别用', '“免签支付”是什么？为什么说它危险', '孩子偷偷充值游戏被骗，家长必看的防骗指南', '常见诈骗话术大全（2026年版）']);
      const body = para(r.some(FRAUD_CASES, r.int(2, 4)).map((x) => fill(x, v)));
      const quoted = `<blockquote class="quote"><p>诈骗网页截图文字（已打码）：</p><p>${r.some(SCAM_QUOTES, 3).join('<br>')}</p></blockquote>`;
      const tips = `<h3>${r.pick(['警方提示', '防骗小贴士', '划重点'])}</h3><ol>${r.some(FRAUD_TIPS, r.int(3, 6)).map((x) => `<li>${x}</li>`).join('')}</ol>`;
      const variant = r.int(0, 2);
      const caseTbl = variant === 1 ? `<table><caption>近期高发诈骗类型</caption><tr><th>类型</th><th>典型话术</th><th>占比</th></tr><tr><td>虚假购物</td><td>低价Q币、折扣点卡</td><td>${r.int(15, 35)}%</td></tr><tr><td>刷单返利</td><td>动动手指日赚300元</td><td>${r.int(20, 40)}%</td></tr><tr><td>冒充客服</td><td>您的账户存在异常</td><td>${r.int(10, 25)}%</td></tr><tr><td>网络游戏交易</td><td>账号低价出售、代充</td><td>${r.int(5, 15)}%</td></tr></table>` : '';
      const html = (police ? `<div class="gov-top"><span>${city}市人民政府 主办</span> <a href="/wza">无障碍</a> <a href="/en">English</a></div>` : '') + nav(r, police ? ['首页', '警务公开', '警情通报', '办事服务', '互动交流', '反诈专栏'] : ['首页', '诈骗案例', '防骗知识', '举报入口', '反诈App'], site, !police) +
        `<main><article><h1>${title}</h1><div class="info">发布时间：${r.date()}　来源：${orgName}　浏览次数：${r.int(100, 90000)}</div>${body}${variant !== 2 ? quoted : ''}${caseTbl}${tips}<p class="sign">${orgName}<br>${r.date()}</p>${share(r)}</article>${police ? '' : `<aside><h4>举报诈骗</h4><p>拨打 110 报警　96110 反诈专线</p><p><a href="/report">在线举报诈骗网址</a></p></aside>`}</main>` +
        footer(r, site, police ? `<p>主办单位：${city}市公安局　网站标识码：${r.digits(10)}</p>` : '');
      return { desc: `${police ? 'a police notice' : 'an anti-fraud article'} quoting card-shop scam wording`, url: `https://${site.host}/${police ? 'jwgk/jqtb' : 'article'}/${r.digits(6)}${String(i).padStart(3, '0')}.html`, title: `${title}_${site.name}`, body: html, cls: 'article' };
    },
  };
}

// Game wikis listing item prices.
const wiki: Kind = {
  id: 'game-wiki',
  make(r, i) {
    const game = r.pick(GAMES);
    const site: Site = { name: `${game}WIKI`, host: `wiki.${r.pick(['biligame', 'gamekee', 'huijiwiki', 'fandom-cn'])}-${r.int(1, 9)}.example` };
    const cur = r.pick(['钻石', '点券', '星钻', '元宝', '水晶']);
    const page = i % 4;
    let content = '';
    let title = '';
    if (page === 0) {
      title = `充值档位`;
      content = `<p>${game}中的充值货币为“${cur}”，可用于购买礼包、皮肤和抽卡道具。以下为国服各平台充值档位，数据来自游戏内商城（版本 ${r.int(1, 5)}.${r.int(0, 9)}）。</p><table class="wikitable"><tr><th>档位</th><th>人民币</th><th>获得${cur}</th><th>首充双倍</th></tr>${[[6, 60], [30, 300], [68, 680], [128, 1280], [328, 3280], [648, 6480]].map(([y, c]) => `<tr><td>${y === 6 ? '首充6元' : `${y}元档`}</td><td>${y}元</td><td>${c}</td><td>${c! * 2}</td></tr>`).join('')}</table><p>首充双倍每个档位仅限一次，版本大更新时会重置。Q币充值与微信/支付宝充值价格相同。</p>`;
    } else if (page === 1) {
      title = `月卡与战令`;
      content = `<p>月卡售价30元，购买后立即获得300${cur}，之后30天内每天登录可领取${r.int(80, 100)}${cur}。战令分为普通战令（免费）和进阶战令（68元），进阶战令额外解锁限定皮肤。</p><table class="wikitable"><tr><th>名称</th><th>价格</th><th>内容</th><th>性价比</th></tr><tr><td>月卡</td><td>30元</td><td>3000+${cur}</td><td>★★★★★</td></tr><tr><td>进阶战令</td><td>68元</td><td>皮肤+道具</td><td>★★★★</td></tr><tr><td>豪华战令</td><td>128元</td><td>进阶战令+直升10级</td><td>★★★</td></tr></table><p class="note">注：以上价格为编辑整理，实际以游戏内显示为准。本站不提供任何充值服务。</p>`;
    } else if (page === 2) {
      title = `商城道具一览`;
      content = `<p>商城中的道具可以用${cur}或金币购买，部分道具仅在限时活动中出售。</p><table class="wikitable sortable"><tr><th>道具</th><th>价格</th><th>限购</th><th>说明</th></tr>${r.some([['改名卡', `200${cur}`], ['体力药剂', `50${cur}`], ['高级招募券', `160${cur}`], ['限定皮肤·星夜', `1288${cur}`], ['背包扩容', `100${cur}`], ['经验加成卡', `30${cur}`], ['时装礼盒', `688${cur}`]], 5).map(([a, b]) => `<tr><td>${a}</td><td>${b}</td><td>${r.pick(['每周5次', '每日1次', '不限', '账号限1次'])}</td><td>${r.pick(['推荐购买', '新手必备', '按需购买', '不推荐'])}</td></tr>`).join('')}</table>`;
    } else {
      title = `新手攻略`;
      content = `<p>刚进游戏先完成主线前三章，系统会赠送大量${cur}和招募券。</p><p>关于充值：零氪也能玩，微氪建议只买首充6元和月卡，性价比最高。648元礼包不建议新手购买，等到活动返利时再考虑。</p><p>请认准官方充值渠道，第三方代充、“折扣${cur}”存在封号风险，本wiki不提供也不推荐任何代充服务。</p><h3>常见问题</h3><dl><dt>充值没到账怎么办？</dt><dd>请在游戏内“设置-客服”提交订单号，官方会在24小时内处理。</dd></dl>`;
    }
    const html = `<header class="wiki-header"><a href="/">${site.name}</a><form action="/index.php"><input name="search" placeholder="搜索${game}WIKI"></form><a href="/login">登录</a></header><div class="wiki-layout"><aside class="wiki-nav"><ul>${['首页', '角色图鉴', '装备', '活动', '充值档位', '月卡与战令', '商城道具一览', '新手攻略'].map((x) => `<li><a href="/wiki/${encodeURIComponent(x)}">${x}</a></li>`).join('')}</ul></aside><main class="mw-body"><h1>${title}</h1><div class="toc-note">本页面最后编辑于${r.date()}，编辑者：${r.pick(NICKS)}</div>${content}<div class="catlinks">分类：<a href="/wiki/cat/1">系统</a> | <a href="/wiki/cat/2">充值</a></div><div class="wiki-comments">${comments(r, ['整理得太好了，感谢', '首充确实值', '月卡yyds', '战令等打折再买', '648那档真的只有土豪买吧'], 2)}</div></main></div>` + footer(r, site, `<p>${game}相关内容版权归原作者所有，本站为玩家自发建立的非官方wiki。</p>`);
    return { desc: `a fan game wiki page (${title}) for ${game} listing in-game item prices`, url: `https://${site.host}/${encodeURIComponent(game).slice(0, 18).toLowerCase()}/wiki/${['chongzhi', 'yueka', 'shangcheng', 'xinshou'][page]}-${String(i).padStart(3, '0')}`, title: `${title} - ${game}WIKI`, body: html, cls: 'mediawiki' };
  },
};

// Government notices.
const GOV_NOTICES: Array<{ t: string; p: string[] }> = [
  { t: '关于开展{year}年度城乡居民医疗保险集中参保缴费工作的通知', p: ['各街道（乡镇）、各有关单位：', '根据上级有关文件精神，现就我市{year}年度城乡居民医疗保险集中参保缴费工作通知如下：', '一、缴费标准。{year}年度城乡居民医保个人缴费标准为每人每年{fee}元。', '二、缴费时间。集中缴费期为即日起至12月31日。', '三、缴费方式。参保人可通过“{city}医保”公众号、税务App、银行网点等渠道缴费，也可到社区服务中心现场办理。', '四、特别提醒。医保部门不会通过电话、短信要求群众向个人账户转账，请谨防诈骗。'] },
  { t: '{city}市关于调整最低工资标准的通知', p: ['经市人民政府同意，现将调整我市最低工资标准有关事项通知如下：', '一、月最低工资标准由现行的{old}元调整为{new}元。', '二、非全日制用工小时最低工资标准调整为{hour}元。', '三、本通知自{date}起执行。'] },
  { t: '关于公开征求《{city}市生活垃圾分类管理办法（修订草案）》意见的公告', p: ['为进一步推进生活垃圾分类工作，市城市管理局起草了修订草案，现向社会公开征求意见。', '公众可通过以下方式提出意见：一、登录市政府门户网站“政民互动”栏目；二、发送电子邮件；三、信函寄送至市城市管理局法规处。', '意见反馈截止时间为{date}。'] },
  { t: '{city}市{year}年公开招聘事业单位工作人员公告', p: ['根据工作需要，经研究决定，面向社会公开招聘事业单位工作人员{n}名。', '报名时间：{date}至报满截止。报名采取网上报名方式，不收取报名费。', '笔试费用按物价部门核定标准每人{fee2}元收取，低保家庭考生可申请减免。', '咨询电话：{tel}（工作日上午9:00-12:00，下午14:00-17:30）。'] },
];
const gov: Kind = {
  id: 'gov',
  make(r, i) {
    const city = r.pick(CITIES);
    const dept = r.pick(['人民政府', '人力资源和社会保障局', '医疗保障局', '城市管理局', '教育局']);
    const site: Site = { name: `${city}市${dept}`, host: `${r.pick(['www', 'rsj', 'ybj', 'cgj'])}.gov-${r.pick(['a', 'b', 'c', 'd', 'e'])}${r.int(1, 9)}.example` };
    const t = GOV_NOTICES[i % GOV_NOTICES.length]!;
    const v = { city, year: '2027', fee: String(r.int(380, 420)), old: String(r.int(2100, 2500)), new: String(r.int(2500, 2700)), hour: (r.int(220, 280) / 10).toFixed(1), date: r.date(), n: String(r.int(30, 400)), fee2: String(r.int(40, 60)), tel: `0${r.int(10, 29)}-${r.digits(8)}` };
    const title = fill(t.t, v);
    const attach = r.chance(0.6) ? `<div class="attach">附件：<a href="/files/${r.digits(8)}.pdf">1.${r.pick(['报名表', '岗位表', '缴费指南', '修订草案全文'])}.pdf</a>${r.chance(0.5) ? ` <a href="/files/${r.digits(8)}.docx">2.意见反馈表.docx</a>` : ''}</div>` : '';
    const html = `<div class="gov-top"><span>${site.name}</span> <a href="/wza">无障碍浏览</a> <a href="/old">长者模式</a> <a href="/login">登录</a></div>` + nav(r, ['首页', '政务公开', '政务服务', '政民互动', '走进' + city], site, false) +
      `<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/tzgg">通知公告</a></div><main><table class="meta-table"><tr><th>索引号</th><td>${r.digits(9)}/2026-${r.digits(5)}</td><th>发布机构</th><td>${site.name}</td></tr><tr><th>发文日期</th><td>${v.date}</td><th>文号</th><td>${city.slice(0, 1)}${r.pick(['人社', '医保', '政办'])}发〔2026〕${r.int(1, 90)}号</td></tr></table><article><h1>${title}</h1>${para(t.p.map((p) => fill(p, v)))}${attach}<p class="sign">${site.name}<br>${v.date}</p><div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></article></main>` +
      footer(r, site, `<p>网站标识码：${r.digits(10)}　主办：${site.name}</p>`);
    return { desc: `a government notice by ${site.name}`, url: `https://${site.host}/zwgk/tzgg/2026${String(r.int(1, 11)).padStart(2, '0')}/t2026_${r.digits(7)}${String(i).padStart(3, '0')}.html`, title: `${title}_${site.name}`, body: html, cls: 'gov' };
  },
};

// Recipes.
const RECIPES: Array<{ t: string; ing: Array<[string, string]>; steps: string[] }> = [
  { t: '红烧肉', ing: [['五花肉', '500克'], ['冰糖', '30克'], ['生抽', '2勺'], ['老抽', '1勺'], ['料酒', '2勺'], ['姜', '3片'], ['八角', '2个']], steps: ['五花肉切成麻将块大小，冷水下锅焯水，撇去浮沫后捞出。', '锅里放少许油，放入冰糖小火炒出糖色。', '下五花肉翻炒上色，加入姜片、八角、料酒、生抽和老抽。', '加开水没过肉，大火烧开后转小火炖一个小时。', '最后大火收汁，汤汁浓稠即可出锅。'] },
  { t: '番茄炒蛋', ing: [['番茄', '2个'], ['鸡蛋', '3个'], ['白糖', '少许'], ['盐', '适量'], ['葱花', '少许']], steps: ['番茄顶部划十字，用开水烫一下去皮，切块。', '鸡蛋打散，加一点盐，热油下锅炒至凝固盛出。', '锅中留底油，下番茄炒出汁，加少许白糖中和酸味。', '倒入鸡蛋翻炒均匀，撒葱花出锅。'] },
  { t: '可乐鸡翅', ing: [['鸡翅中', '10个'], ['可乐', '1罐'], ['生抽', '2勺'], ['姜', '3片']], steps: ['鸡翅两面划两刀，冷水下锅焯水。', '煎至两面金黄，加入姜片和生抽。', '倒入可乐，没过鸡翅，中火煮15分钟。', '大火收汁，汁水裹满鸡翅即可。'] },
  { t: '酸辣土豆丝', ing: [['土豆', '2个'], ['干辣椒', '5个'], ['白醋', '2勺'], ['花椒', '一小把'], ['蒜', '2瓣']], steps: ['土豆切细丝，用清水冲洗掉表面淀粉。', '热油爆香花椒、干辣椒和蒜末。', '下土豆丝大火快炒，沿锅边淋入白醋。', '加盐调味，炒至断生即可，保持脆爽。'] },
  { t: '戚风蛋糕（8寸）', ing: [['鸡蛋', '5个'], ['低筋面粉', '85克'], ['牛奶', '50克'], ['玉米油', '40克'], ['细砂糖', '50克']], steps: ['蛋黄和蛋白分离，蛋黄中加入牛奶、玉米油搅匀，筛入低筋面粉。', '蛋白分三次加糖打发至硬性发泡。', '取三分之一蛋白霜与蛋黄糊翻拌，再倒回剩余蛋白霜中拌匀。', '倒入模具震出气泡，烤箱150度烤55分钟。', '出炉后立即倒扣晾凉再脱模。'] },
];
const recipe: Kind = {
  id: 'recipe',
  make(r, i) {
    const rc = RECIPES[i % RECIPES.length]!;
    const siteName = r.pick(['下厨日记', '美食天下汇', '家常菜谱网', '厨房小白']);
    const site: Site = { name: siteName, host: `${r.pick(['www', 'm', 'home'])}.${r.pick(['xcrj', 'mstxh', 'jccp', 'cfxb'])}.example` };
    const author = r.pick(NICKS);
    const variant = r.int(0, 2);
    const html = nav(r, ['首页', '菜谱', '食材', '专题', '作品', '课堂'], site) +
      `<main class="recipe"><h1>${rc.t}${r.pick(['的家常做法', '（超详细步骤）', '', '｜零失败版'])}</h1><div class="author">by <a href="/u/${r.digits(7)}">${author}</a> · ${r.int(1000, 900000)}人看过 · ${r.int(10, 9000)}人收藏</div><img src="/recipe/${r.digits(8)}.jpg" alt="${rc.t}" width="600" height="400"><p class="intro">${r.pick(['家里人都爱吃的一道菜，做法简单，新手也能一次成功。', '下饭神器，每次做都不够吃。', '周末给孩子做的，吃得一干二净。'])}</p><div class="tags">难度：${r.pick(['简单', '普通', '较难'])}　时间：${r.pick(['15分钟', '30分钟', '1小时', '1.5小时'])}　口味：${r.pick(['咸鲜', '酸甜', '香辣'])}</div><h2>用料</h2><table class="ing">${rc.ing.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table><h2>做法步骤</h2><ol class="steps">${rc.steps.map((s) => `<li><p>${s}</p></li>`).join('')}</ol><h3>小贴士</h3><p>${r.pick(['糖色不要炒过头，否则会发苦。', '火候很关键，大火快炒才好吃。', '调料可以按自己的口味增减。'])}</p>${variant !== 0 ? `<div class="buy-ing">${r.pick(['本菜谱所用的锅：', '同款厨具：'])}<a href="https://item.youpin.example/item/${r.digits(9)}.html">${r.pick(['不粘炒锅 32cm', '珐琅铸铁锅 24cm'])}</a> ¥${r.int(89, 399)}</div>` : ''}${share(r)}${comments(r, ['照着做了，家人都说好吃', '请问冰糖可以用白糖代替吗？', '步骤写得很清楚，谢谢分享', '收藏了，周末试试', '第一次做就成功了！'], r.int(2, 4))}</main><aside><h4>相关菜谱</h4><ul>${r.some(RECIPES, 3).map((x) => `<li><a href="/recipe/${r.digits(7)}/">${x.t}</a></li>`).join('')}</ul>${variant === 2 ? `<div class="app"><img src="/static/app.png" alt="下载APP" width="80" height="80"><p>扫码下载APP，菜谱随身看</p></div>` : ''}</aside>` + footer(r, site);
    return { desc: `a recipe page (${rc.t}) on ${siteName}`, url: `https://${site.host}/recipe/${r.digits(7)}${String(i).padStart(3, '0')}/`, title: `${rc.t}的做法_${rc.t}怎么做_${siteName}`, body: html, cls: 'recipe' };
  },
};

// Video pages.
const VIDEO_TITLES = ['【4K】{city}夜景延时摄影，太美了', '十分钟学会手机摄影构图', '我花了三个月，复刻了一台老式收音机', '{game}新版本全英雄强度排行', '挑战一周只花100元生活费', '第一次带爸妈坐飞机去{city}', '【开箱】这台洗衣机到底值不值'];
const VIDEO_COMMENTS = ['前排！', 'up主更新好快', '看完了，学到了', '这个BGM叫什么？', '弹幕护体', '三连了', '求出下一期', '太真实了哈哈哈', '已关注，期待更多作品'];
const video: Kind = {
  id: 'video',
  make(r, i) {
    const siteName = r.pick(['哔站视频', '小鹿视频', '看看TV', '青柠视频']);
    const site: Site = { name: siteName, host: `${r.pick(['www', 'v', 'm'])}.${r.pick(['bizhan', 'xiaolu', 'kankan', 'qingning'])}.example` };
    const title = fill(VIDEO_TITLES[i % VIDEO_TITLES.length]!, { city: r.pick(CITIES), game: r.pick(GAMES) });
    const up = r.pick(NICKS);
    const variant = r.int(0, 2);
    const vip = variant === 1 ? `<div class="vip-tip">开通大会员，享1080P高码率画质 <a href="/vip">立即开通</a></div>` : '';
    const html = nav(r, ['首页', '番剧', '直播', '游戏', '会员购', '漫画'], site) +
      `<main class="video-page"><h1>${title}</h1><div class="video-data">${r.int(1, 900)}.${r.int(0, 9)}万播放 · ${r.int(10, 9000)}弹幕 · ${r.date()} ${r.time()}</div><div class="player"><video src="/media/${r.digits(10)}.mp4" poster="/cover/${r.digits(8)}.jpg" controls width="800" height="450"></video></div>${vip}<div class="toolbar"><button type="button">点赞 ${r.int(10, 90000)}</button><button type="button">投币 ${r.int(10, 9000)}</button><button type="button">收藏 ${r.int(10, 9000)}</button><button type="button">分享</button></div><div class="desc">${r.pick(['本视频素材均为本人拍摄，转载请注明出处。', '感谢大家的支持，有问题欢迎在评论区留言。', '拍摄设备：手机+稳定器。'])}</div><div class="up"><a href="/space/${r.digits(8)}">${up}</a> <span>粉丝 ${r.int(1, 900)}万</span> <button type="button">+ 关注</button> ${variant === 2 ? '<button type="button">充电</button>' : ''}</div>${comments(r, VIDEO_COMMENTS, r.int(3, 5))}</main><aside class="rec"><h4>接下来播放</h4><ul>${[0, 1, 2, 3].map(() => `<li><a href="/video/BV${r.digits(9)}">${fill(r.pick(VIDEO_TITLES), { city: r.pick(CITIES), game: r.pick(GAMES) })}</a><span>${r.int(1, 300)}万播放</span></li>`).join('')}</ul></aside>` + footer(r, site);
    return { desc: `a video page by ${up} on ${siteName}`, url: `https://${site.host}/video/BV1${r.digits(8)}${String(i).padStart(3, '0')}`, title: `${title}_哔哩哔哩_${siteName}`, body: html, cls: 'video' };
  },
};

// Company home pages.
const COMPANY_BIZ = [['科技', '软件开发、信息系统集成和物联网解决方案'], ['食品', '休闲食品的研发、生产和销售'], ['建材', '新型环保建材的生产与施工'], ['物流', '城市配送、仓储和供应链管理'], ['教育科技', '职业教育在线平台和企业培训'], ['医疗器械', '家用医疗器械的研发和生产']];
const company: Kind = {
  id: 'company',
  make(r, i) {
    const [biz, what] = r.pick(COMPANY_BIZ);
    const city = r.pick(CITIES);
    const brand = r.pick(['恒远', '启明', '华越', '众诚', '云帆', '瑞丰', '嘉禾', '卓越']);
    const name = `${city}${brand}${biz}有限公司`;
    const site: Site = { name, host: `www.${r.pick(['hengyuan', 'qiming', 'huayue', 'zhongcheng', 'yunfan', 'ruifeng', 'jiahe'])}-${r.pick(['tech', 'group', 'co'])}.example` };
    const uscc = inventedUscc(r);
    const variant = r.int(0, 2);
    const html = nav(r, ['首页', '关于我们', '产品中心', '解决方案', '新闻动态', '招贤纳士', '联系我们'], site, false) +
      `<section class="banner"><h1>${r.pick(['专注品质，成就未来', '以科技驱动产业升级', '诚信 创新 共赢'])}</h1><p>${name}致力于${what}。</p><a class="btn" href="/contact">${r.pick(['立即咨询', '联系我们', '预约演示'])}</a></section>` +
      `<section class="about"><h2>关于我们</h2><p>${name}成立于${r.int(1998, 2020)}年，注册资本${r.int(100, 5000)}万元，总部位于${city}，是一家集研发、生产、销售为一体的${r.pick(['高新技术企业', '专精特新企业', '民营企业'])}。公司现有员工${r.int(50, 2000)}人，在全国设有${r.int(3, 30)}个办事处。</p></section>` +
      `<section class="products"><h2>产品中心</h2><ul>${[1, 2, 3].map((k) => `<li><img src="/uploads/p${k}.jpg" alt="" width="240" height="160"><h3>${biz}产品 ${String.fromCharCode(64 + k)}${r.int(10, 99)} 系列</h3><p>${r.pick(['性能稳定，节能环保', '已服务上千家客户', '支持定制化开发'])}</p><a href="/product/${k}">了解更多</a></li>`).join('')}</ul></section>` +
      `<section class="news"><h2>新闻动态</h2><ul><li><a href="/news/1">${name}荣获“${city}市优秀民营企业”称号</a><span>${r.date()}</span></li><li><a href="/news/2">公司顺利通过ISO9001质量管理体系复审</a><span>${r.date()}</span></li></ul></section>` +
      (variant !== 1 ? `<section class="contact"><h2>联系我们</h2><p>地址：${city}市${r.pick(['高新区', '经开区', '滨江区', '天河区'])}${r.pick(['科技路', '创业大道', '软件园'])}${r.int(1, 300)}号</p><p>电话：400-${r.digits(3)}-${r.digits(4)}　邮箱：service@${site.host.replace(/^www\./, '')}</p></section>` : '') +
      footer(r, site, `<p>${name}　统一社会信用代码：${uscc}　<a href="/license">营业执照</a>${variant === 2 ? `　<a href="/gongshang">电子营业执照亮照</a>` : ''}</p>`);
    return { desc: `a company home page of ${name}`, url: `https://${site.host}/${variant === 0 ? '' : `index-${String(i).padStart(3, '0')}.html`}${variant === 0 ? `?from=${String(i).padStart(3, '0')}` : ''}`, title: `${name}-官网`, body: html, cls: 'home' };
  },
};

// Q&A pages.
const QA_QUESTIONS: Array<{ q: string; a: string[] }> = [
  { q: '给孩子买游戏点券，怎么充值才安全？', a: ['最稳妥的就是在游戏里的商城直接充，或者在游戏官网的充值中心充。微信、QQ里的官方小程序也可以。', '千万不要去搜什么“低价点券”，那些网站让你扫个人收款码付款，十个有九个是骗子。我表弟就被骗过两百多块。', '另外建议家长把支付密码设置好，开启未成年人消费提醒。'] },
  { q: '刚毕业月薪8000元在{city}怎么攒钱？', a: ['先记账，看看钱都花在哪了。房租控制在工资的三分之一以内。', '每月发工资先存2000元，剩下的再花，这叫“先储蓄后消费”。', '别碰什么高收益理财，更别借网贷。'] },
  { q: '{city}有哪些值得去的小众景点？', a: ['推荐老城区的几条巷子，早上去人少，可以吃到很地道的早点。', '郊区有个水库，秋天去特别漂亮，自驾一个小时。', '博物馆免费，但需要提前在公众号预约。'] },
  { q: '手机话费怎么充最划算？', a: ['运营商App经常有充值优惠，比如充100元送5元话费券，偶尔还有银行卡满减活动。', '电商平台的话费充值也可以，但要认准官方旗舰店，不要贪便宜找个人代充。', '如果你每个月流量不够用，与其充话费不如换个套餐，营业厅或者App都能办。'] },
  { q: '程序员35岁以后怎么办？', a: ['技术路线和管理路线都可以，关键是持续学习。', '我身边有转产品的，也有自己做独立开发的，过得都还行。', '最重要的是身体，别熬夜。'] },
];
const qa: Kind = {
  id: 'qa',
  make(r, i) {
    const siteName = r.pick(['知识湾', '问答社区', '知了问答', '百晓生']);
    const site: Site = { name: siteName, host: `www.${r.pick(['zhishiwan', 'wdsq', 'zhiliao', 'bxs'])}.example` };
    const item = QA_QUESTIONS[i % QA_QUESTIONS.length]!;
    const city = r.pick(CITIES);
    const q = fill(item.q, { city });
    const answers = item.a.map((a) => `<div class="answer"><div class="author"><img src="/avatar/${r.digits(6)}.jpg" alt="" width="32" height="32"><a href="/people/${r.digits(8)}">${r.pick(NICKS)}</a> <span>${r.pick(['互联网从业者', '家长', '理财爱好者', '本地人', '资深玩家'])}</span></div><div class="vote">${r.int(1, 9000)} 人赞同了该回答</div><div class="rich">${a}</div><div class="ops"><button type="button">赞同 ${r.int(1, 9000)}</button><button type="button">${r.int(0, 900)} 条评论</button><button type="button">分享</button><button type="button">收藏</button></div><time>发布于 ${r.date()}</time></div>`).join('');
    const html = nav(r, ['首页', '会员', '发现', '等你来答'], site) +
      `<main class="question"><div class="q-tags">${r.some(['生活', '理财', '游戏', '旅行', '职场', '话费'], 2).map((t) => `<a href="/topic/${r.digits(6)}">${t}</a>`).join(' ')}</div><h1>${q}</h1><div class="q-detail">${r.pick(['如题，求大家支招。', '网上说法太多了，想听听有经验的人怎么说。', ''])}</div><div class="q-ops"><button type="button">关注问题</button><button type="button">写回答</button><button type="button">邀请回答</button></div><div class="q-stat">关注者 ${r.int(10, 90000)}　被浏览 ${r.int(1000, 9000000)}</div><div class="answers"><h3>${item.a.length + r.int(0, 300)} 个回答</h3>${answers}</div>${pagination(r, '/question/' + r.digits(8))}</main><aside><h4>相关问题</h4><ul>${r.some(QA_QUESTIONS, 3).map((x) => `<li><a href="/question/${r.digits(9)}">${fill(x.q, { city })}</a> ${r.int(1, 900)} 个回答</li>`).join('')}</ul>${r.chance(0.5) ? '<div class="app-download"><a href="/app">下载App</a></div>' : ''}</aside>` + footer(r, site);
    return { desc: `a Q and A page on ${siteName}`, url: `https://${site.host}/question/${r.digits(8)}${String(i).padStart(3, '0')}`, title: `${q} - ${siteName}`, body: html, cls: 'question-page' };
  },
};

// Job listings.
const JOBS: Array<{ t: string; duty: string[]; req: string[] }> = [
  { t: '游戏运营专员', duty: ['负责游戏日常活动策划与执行，包括节日活动、充值返利活动等；', '跟踪游戏数据，分析付费率、留存等指标并提出优化方案；', '维护玩家社区，收集玩家反馈。'], req: ['本科及以上学历，热爱游戏；', '有手游运营经验者优先；', '熟练使用Excel进行数据分析。'] },
  { t: '前端开发工程师', duty: ['负责公司Web产品的前端开发与维护；', '与设计、后端协作完成需求；', '优化页面性能和用户体验。'], req: ['熟悉HTML/CSS/JavaScript，掌握React或Vue；', '3年以上前端开发经验；', '有良好的沟通能力。'] },
  { t: '电商客服', duty: ['通过在线平台解答顾客咨询，处理订单、退换货问题；', '跟进物流异常，维护店铺评分；', '整理常见问题。'], req: ['中专及以上学历，打字速度每分钟50字以上；', '耐心细致，能接受排班；', '有电商客服经验优先。'] },
  { t: '会计', duty: ['负责公司日常账务处理、凭证审核；', '编制月度、年度财务报表；', '办理纳税申报。'], req: ['财务相关专业，持有初级会计证书；', '2年以上工作经验；', '熟练使用财务软件。'] },
  { t: '送餐骑手（兼职/全职）', duty: ['负责指定区域内的外卖配送；', '保证准时送达，服务态度良好。'], req: ['18-50周岁，身体健康；', '会使用智能手机导航；', '公司提供电动车租赁，无需押金。'] },
];
const jobs: Kind = {
  id: 'jobs',
  make(r, i) {
    const job = JOBS[i % JOBS.length]!;
    const siteName = r.pick(['智聘网', '前程直聘', '猎才网', '找工作吧']);
    const site: Site = { name: siteName, host: `${r.pick(['www', 'jobs', 'm'])}.${r.pick(['zhipin-x', 'qcdp', 'liecai', 'zgzb'])}.example` };
    const city = r.pick(CITIES);
    const lo = r.int(4, 20);
    const salary = r.chance(0.5) ? `${lo}-${lo + r.int(3, 15)}K·${r.pick([12, 13, 14, 15])}薪` : `${lo * 1000}-${(lo + r.int(2, 10)) * 1000}元/月`;
    const comp = `${city}${r.pick(['星云', '蓝海', '卓越', '乐游', '鑫源'])}${r.pick(['网络科技', '信息技术', '贸易', '餐饮管理'])}有限公司`;
    const variant = r.int(0, 2);
    const html = nav(r, ['首页', '职位', '公司', '校园', 'APP'], site) +
      `<main class="job-detail"><div class="job-banner"><h1>${job.t}</h1><span class="salary">${salary}</span><p>${city} · ${r.pick(['1-3年', '3-5年', '经验不限'])} · ${r.pick(['本科', '大专', '学历不限'])}</p><div class="btns"><a class="btn" href="/geek/apply?jid=${r.digits(8)}">立即沟通</a> <a class="btn" href="/geek/resume">投递简历</a> <button type="button">感兴趣</button></div></div><div class="job-sec"><h3>职位描述</h3><p>岗位职责：</p><ol>${job.duty.map((d) => `<li>${d}</li>`).join('')}</ol><p>任职要求：</p><ol>${job.req.map((d) => `<li>${d}</li>`).join('')}</ol><p>福利待遇：${r.some(['五险一金', '带薪年假', '节日福利', '餐补', '交通补贴', '年终奖', '弹性工作', '定期体检'], 4).join('、')}</p></div><div class="job-sec"><h3>工作地址</h3><p>${city}${r.pick(['高新区', '经开区', '滨江区'])}${r.pick(['创新大厦', '软件园', '科技广场'])}${r.int(1, 30)}栋</p></div>${variant === 1 ? `<div class="safe-tip"><h4>安全提示</h4><p>求职过程中，凡是要求缴纳押金、培训费、服装费，或让你刷单、办理银行卡、出借收款码的，均可能涉嫌诈骗，请立即举报。</p></div>` : ''}</main><aside class="company"><h4>${comp}</h4><p>${r.pick(['互联网', '游戏', '电子商务', '企业服务', '餐饮'])} · ${r.pick(['0-20人', '20-99人', '100-499人', '1000人以上'])} · ${r.pick(['不需要融资', 'A轮', '已上市'])}</p><a href="/gongsi/${r.digits(8)}.html">查看公司</a><h4>相似职位</h4><ul>${r.some(JOBS, 3).map((x) => `<li><a href="/job_detail/${r.digits(8)}.html">${x.t}</a> <span>${r.int(4, 15)}-${r.int(16, 30)}K</span></li>`).join('')}</ul></aside>` + footer(r, site, `<p>人力资源服务许可证　${r.pick(['京', '沪', '粤'])}人服证字〔${r.int(2018, 2024)}〕第${r.digits(10)}号</p>`);
    return { desc: `a job listing (${job.t}) on ${siteName}`, url: `https://${site.host}/job_detail/${r.digits(9)}${String(i).padStart(3, '0')}.html`, title: `【${city}${job.t}招聘_${salary}】-${siteName}`, body: html, cls: 'job' };
  },
};

// App download pages.
const APPS = [{ n: '轻记账', d: '简单好用的记账App，支持语音记账、预算提醒和多账本。', cat: '财务' }, { n: '云图相册', d: '自动备份手机照片，智能分类，家人共享相册。', cat: '工具' }, { n: '跑步圈', d: '记录每一次跑步，训练计划、配速分析、跑友社区。', cat: '运动' }, { n: '识字乐园', d: '3-8岁儿童识字启蒙，动画+游戏边玩边学。', cat: '教育' }, { n: '星海远征', d: '大型太空策略手游，组建舰队征服星辰大海。', cat: '游戏' }, { n: '城市公交通', d: '实时公交到站查询，覆盖全国300多个城市。', cat: '出行' }];
const appdl: Kind = {
  id: 'app-download',
  make(r, i) {
    const app = APPS[i % APPS.length]!;
    const siteName = r.pick(['安卓应用园', '软件下载站', app.n + '官网']);
    const site: Site = { name: siteName, host: `${r.pick(['www', 'dl', 'app'])}.${r.pick(['azyyy', 'rjxzz', 'appsite', 'soft-dl'])}.example` };
    const ver = `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`;
    const variant = r.int(0, 2);
    const iap = app.cat === '游戏' || variant === 2 ? `<div class="iap"><h3>应用内购买</h3><table><tr><td>${app.cat === '游戏' ? '60钻石' : '高级会员（月）'}</td><td>¥${app.cat === '游戏' ? 6 : r.int(8, 25)}.00</td></tr><tr><td>${app.cat === '游戏' ? '月卡' : '高级会员（年）'}</td><td>¥${app.cat === '游戏' ? 30 : r.int(68, 198)}.00</td></tr></table></div>` : '';
    const html = nav(r, ['首页', '软件', '游戏', '专题', '排行榜'], site) +
      `<main class="app-detail"><div class="app-head"><img src="/icon/${r.digits(6)}.png" alt="${app.n}" width="96" height="96"><div><h1>${app.n}</h1><p>${app.cat} · v${ver} · ${r.int(12, 300)}MB · 更新于${r.date()}</p><p>开发者：${r.pick(CITIES)}${r.pick(['轻量', '云图', '卓越', '乐游'])}网络科技有限公司</p><div class="btns"><a class="btn-dl" href="/download/${r.digits(6)}.apk">立即下载</a> <a class="btn-ios" href="/ios/${r.digits(6)}">App Store 下载</a> <img src="/qr/${r.digits(6)}.png" alt="扫码下载" width="96" height="96"></div></div></div><div class="screens">${[1, 2, 3].map((k) => `<img src="/shot/${r.digits(6)}_${k}.jpg" alt="截图${k}" width="180" height="320">`).join('')}</div><h3>应用介绍</h3><p>${app.d}</p><h3>更新内容</h3><ul><li>修复了部分机型闪退的问题</li><li>优化启动速度</li>${r.chance(0.5) ? '<li>新增深色模式</li>' : ''}</ul>${iap}<table class="app-info"><tr><th>权限</th><td><a href="/perm">查看权限说明</a></td></tr><tr><th>隐私政策</th><td><a href="/privacy">查看</a></td></tr><tr><th>备案号</th><td>${filings(r).icp}A</td></tr></table>${comments(r, ['很好用，推荐', '更新后流畅多了', '广告有点多', '界面简洁，适合老人用', '希望增加桌面小组件'], r.int(2, 4))}</main>` + footer(r, site);
    return { desc: `an app download page for ${app.n}`, url: `https://${site.host}/soft/${r.digits(6)}${String(i).padStart(3, '0')}.html`, title: `${app.n}下载_${app.n}安卓版v${ver}_${siteName}`, body: html, cls: 'app' };
  },
};

// Bank / payment-company security notices.
const BANK_NOTICES: Array<{ t: string; p: string[] }> = [
  { t: '关于防范个人收款码被用于违法犯罪活动的风险提示', p: ['近期，不法分子以“兼职刷单”“高额回报”为诱饵，诱骗群众出租、出借个人收款码，用于转移诈骗资金（俗称“跑分”）。', '个人收款码仅限个人之间的小额转账和日常收款，不得用于经营活动或出租、出借给他人使用。', '根据《中华人民共和国反电信网络诈骗法》，任何单位和个人不得非法买卖、出租、出借支付账户。参与“跑分”可能构成帮助信息网络犯罪活动罪。', '如发现收款码被他人冒用，请立即联系我行客服冻结账户。'] },
  { t: '警惕冒充客服退款诈骗 转账前请多方核实', p: ['近期有不法分子冒充电商平台、快递公司客服，以“商品质量问题退款”“快递丢失理赔”为由，诱导客户开启屏幕共享或向所谓“安全账户”转账。', '我行郑重提示：我行工作人员不会要求您提供短信验证码，也不会要求您向任何个人账户转账。', '转账时请仔细核对收款人姓名和账号，大额转账建议通过柜台或电话核实对方身份。', '如已转账，请立即拨打110报警并联系我行客服。'] },
  { t: '关于调整个人账户转账限额的公告', p: ['为保障客户资金安全，自{date}起，我行对手机银行个人账户向他人转账的日累计限额进行调整：新开户客户默认日累计限额为{lim}元，可持本人身份证到网点申请提高。', '向本人名下账户转账不受影响。', '如有疑问，请致电我行客服热线。'] },
  { t: '支付安全小课堂：什么是“免签支付”？', p: ['一些不正规的网站宣称采用“免签支付”“个人收款接口”，其本质是把买家的钱直接打到个人收款码上，再由监控软件读取到账通知。', '这类收款方式没有持牌支付机构的交易保障，一旦发生纠纷，消费者很难追回资金。', '正规商户使用的是经过签约的商户收款码，付款页面会显示商户全称。付款前请留意收款方名称，如显示为个人昵称，请谨慎付款。'] },
];
const bank: Kind = {
  id: 'bank-notice',
  make(r, i) {
    const bankName = r.pick(['华兴银行', '东岳农商银行', '海峡商业银行', '通汇支付', '云付科技（持牌支付机构）', '江南银行']);
    const site: Site = { name: bankName, host: `${r.pick(['www', 'bank', 'pay'])}.${r.pick(['huaxing', 'dongyue', 'haixia', 'tonghui', 'yunfu', 'jiangnan'])}-${r.pick(['bank', 'pay'])}.example` };
    const n = BANK_NOTICES[i % BANK_NOTICES.length]!;
    const v = { date: r.date(), lim: String(r.pick([5000, 10000, 20000, 50000])) };
    const title = fill(n.t, v);
    const variant = r.int(0, 2);
    const html = nav(r, ['首页', '个人金融', '公司金融', '信用卡', '网上银行', '安全中心'], site, false) +
      `<div class="ebank"><a href="/ebank/login" class="btn">个人网银登录</a> <a href="/ebank/corp">企业网银登录</a> <a href="/app">手机银行下载</a></div><main><div class="crumb">首页 &gt; 安全中心 &gt; 风险提示</div><article><h1>${title}</h1><p class="date">${v.date}</p>${para(n.p.map((p) => fill(p, v)))}${variant === 1 ? `<table class="limits"><caption>手机银行转账限额（单位：元）</caption><tr><th>认证方式</th><th>单笔限额</th><th>日累计限额</th></tr><tr><td>短信验证码</td><td>5,000</td><td>5,000</td></tr><tr><td>数字证书</td><td>50,000</td><td>200,000</td></tr><tr><td>U盾</td><td>500,000</td><td>1,000,000</td></tr></table>` : ''}<p>客服热线：95${r.digits(3)}　官方网站：${site.host}</p><p class="sign">${bankName}<br>${v.date}</p></article></main><aside><h4>安全中心</h4><ul><li><a href="/safe/1">防范电信诈骗</a></li><li><a href="/safe/2">网银安全须知</a></li><li><a href="/safe/3">个人信息保护</a></li></ul></aside>` +
      footer(r, site, `<p>${bankName}版权所有　客服热线：95${r.digits(3)}</p>`);
    return { desc: `a security notice by ${bankName} about personal receipt codes and transfers`, url: `https://${site.host}/safe/notice/${r.digits(6)}${String(i).padStart(3, '0')}.html`, title: `${title}-${bankName}`, body: html, cls: 'bank' };
  },
};

// School / university pages.
const SCHOOL_NOTICES: Array<{ t: string; p: string[] }> = [
  { t: '关于2027届毕业生就业双选会的通知', p: ['为促进我校2027届毕业生充分就业，学校定于{date}在体育馆举办大型就业双选会，预计参会企业{n}家，提供岗位{k}个。', '请各学院组织毕业生携带简历准时参加。参会企业名单将在就业信息网公布。', '温馨提示：正规招聘单位不会收取任何费用，请同学们提高警惕。'] },
  { t: '关于校园一卡通系统升级的通知', p: ['为提升服务质量，学校将于{date}晚22:00至次日6:00对校园一卡通系统进行升级，期间食堂消费、门禁和图书借阅暂停使用。', '升级完成后，校园卡可通过“智慧校园”App或微信公众号在线充值，也可到一卡通服务中心现场办理。', '请勿通过陌生链接或他人代充，谨防诈骗。'] },
  { t: '关于做好寒假离校学生安全教育工作的通知', p: ['寒假将至，为确保学生假期安全，请各学院认真做好以下工作：', '一、开展交通安全、消防安全和防范电信诈骗教育；', '二、提醒学生不要出租、出借银行卡和手机卡，不参与网络刷单；', '三、做好离校登记。'] },
  { t: '图书馆关于调整开放时间的通知', p: ['自{date}起，图书馆开放时间调整为每天8:00至22:30，考试周延长至23:30。', '自习座位实行预约制，请通过图书馆公众号预约。', '逾期未还图书每册每天收取滞纳金0.1元。'] },
];
const school: Kind = {
  id: 'school',
  make(r, i) {
    const name = `${r.pick(CITIES)}${r.pick(['理工大学', '师范大学', '职业技术学院', '第一中学', '外国语学校', '财经大学'])}`;
    const site: Site = { name, host: `${r.pick(['www', 'jwc', 'tsg', 'xsc'])}.${r.pick(['ligong', 'shifan', 'zhiyuan', 'yizhong', 'waiguoyu', 'caijing'])}${r.int(1, 20)}.edu.example` };
    const n = SCHOOL_NOTICES[i % SCHOOL_NOTICES.length]!;
    const v = { date: r.date(), n: String(r.int(100, 600)), k: String(r.int(3000, 20000)) };
    const title = fill(n.t, v);
    const variant = r.int(0, 2);
    const list = variant === 1 ? `<section class="list"><h3>通知公告</h3><ul>${r.some(SCHOOL_NOTICES, 4).map((x) => `<li><a href="/info/${r.digits(4)}/${r.digits(5)}.htm">${fill(x.t, v)}</a><span>${r.date()}</span></li>`).join('')}</ul>${pagination(r, '/tzgg.htm')}</section>` : '';
    const html = `<div class="topbar"><a href="/">学校首页</a> <a href="https://mail.${site.host}">邮箱</a> <a href="/vpn">VPN</a> <a href="/cas/login">统一身份认证</a></div>` + nav(r, ['学校概况', '院系设置', '教育教学', '科学研究', '招生就业', '校园生活'], site, false) +
      `<main><div class="crumb">当前位置：首页 &gt; 通知公告 &gt; 正文</div><article><h1>${title}</h1><div class="info">发布者：${r.pick(['学生工作处', '教务处', '图书馆', '网络信息中心', '就业指导中心'])}　发布时间：${v.date}　点击数：${r.int(100, 20000)}</div>${para(n.p.map((p) => fill(p, v)))}</article>${list}</main>` +
      footer(r, site, `<p>地址：${name}${r.pick(['新校区', '本部'])}　邮编：${r.digits(6)}</p>`);
    return { desc: `a school notice page of ${name}`, url: `https://${site.host}/info/${r.int(1000, 9999)}/${r.digits(5)}${String(i).padStart(3, '0')}.htm`, title: `${title}-${name}`, body: html, cls: 'school' };
  },
};

// Weather pages.
const weather: Kind = {
  id: 'weather',
  make(r, i) {
    const city = CITIES[i % CITIES.length]!;
    const siteName = r.pick(['天气预报网', '中华天气', '气象台在线']);
    const site: Site = { name: siteName, host: `${r.pick(['www', 'm', 'tianqi'])}.${r.pick(['tqyb', 'zhtq', 'qxt'])}.example` };
    const w = ['晴', '多云', '阴', '小雨', '中雨', '雷阵雨', '小雪', '雾'];
    const days = Array.from({ length: 7 }, (_, k) => { const hi = r.int(-5, 33); return `<tr><td>${k === 0 ? '今天' : k === 1 ? '明天' : `周${'一二三四五六日'[k % 7]}`}</td><td>${r.pick(w)}</td><td>${hi}℃ / ${hi - r.int(4, 12)}℃</td><td>${r.pick(['东北风', '南风', '西北风', '东风'])}${r.int(1, 5)}级</td></tr>`; }).join('');
    const aqi = r.int(20, 220);
    const variant = r.int(0, 2);
    const html = nav(r, ['首页', '预报', '实况', '雷达', '空气质量', '生活指数'], site, variant !== 0) +
      `<main><h1>${city}天气预报</h1><div class="now"><span class="temp">${r.int(-5, 35)}℃</span><span>${r.pick(w)}</span><span>湿度 ${r.int(20, 95)}%</span><span>空气质量 ${aqi} ${aqi < 50 ? '优' : aqi < 100 ? '良' : '轻度污染'}</span><span>更新时间 ${r.time()}</span></div>${r.chance(0.4) ? `<div class="alert">【${r.pick(['大风蓝色预警', '暴雨黄色预警', '寒潮蓝色预警', '大雾黄色预警'])}】${city}市气象台${r.date()}发布，请注意防范。</div>` : ''}<table class="forecast"><caption>7天天气预报</caption><tr><th>日期</th><th>天气</th><th>气温</th><th>风力</th></tr>${days}</table><section class="index"><h3>生活指数</h3><ul><li>穿衣：${r.pick(['建议穿薄外套', '建议穿羽绒服', '建议穿短袖'])}</li><li>洗车：${r.pick(['适宜', '不宜'])}</li><li>紫外线：${r.pick(['弱', '中等', '强'])}</li><li>感冒：${r.pick(['少发', '较易发'])}</li><li>运动：${r.pick(['适宜', '较适宜', '不宜'])}</li></ul></section>${variant === 2 ? `<section class="around"><h3>周边城市</h3><ul>${r.some(CITIES, 5).map((c) => `<li><a href="/weather/${encodeURIComponent(c)}">${c}</a> ${r.int(-3, 30)}℃</li>`).join('')}</ul></section>` : ''}</main>` + footer(r, site, '<p>数据来源：气象部门　仅供参考</p>');
    return { desc: `a weather forecast page for ${city}`, url: `https://${site.host}/weather/${r.digits(9)}${String(i).padStart(3, '0')}.shtml`, title: `【${city}天气】${city}天气预报,天气预报一周,天气预报15天查询`, body: html, cls: 'weather' };
  },
};

// Map / place pages.
const PLACES = ['人民公园', '市图书馆', '火车东站', '第一人民医院', '万达广场', '科技馆', '体育中心', '老街步行街'];
const map: Kind = {
  id: 'map',
  make(r, i) {
    const city = r.pick(CITIES);
    const place = PLACES[i % PLACES.length]!;
    const siteName = r.pick(['途途地图', '行者地图', '城市导航']);
    const site: Site = { name: siteName, host: `${r.pick(['map', 'ditu', 'www'])}.${r.pick(['tutu', 'xingzhe', 'csdh'])}.example` };
    const variant = r.int(0, 2);
    const html = `<header class="map-top"><a href="/">${siteName}</a><form action="/search"><input name="wd" value="${city}${place}"><button type="submit">搜索</button></form><a href="/route">路线</a> <a href="/login">登录</a></header><main class="map"><div id="map-canvas" style="width:100%;height:420px" data-lng="${(100 + r.f() * 20).toFixed(6)}" data-lat="${(22 + r.f() * 16).toFixed(6)}"></div><div class="poi-card"><h1>${city}${place}</h1><p>地址：${city}市${r.pick(['中山路', '人民路', '解放路', '建设大道'])}${r.int(1, 500)}号</p><p>电话：0${r.int(10, 29)}-${r.digits(8)}</p><p>营业时间：${r.pick(['全天开放', '09:00-17:00（周一闭馆）', '06:00-22:00'])}</p><div class="poi-btns"><a href="/route?to=${r.digits(8)}">到这去</a> <a href="/nearby">搜周边</a> <a href="/share">分享</a> <button type="button">收藏</button></div></div><section class="nearby"><h3>周边</h3><ul>${r.some(['停车场', '地铁站', '公交站', '便利店', '餐厅', '酒店', '加油站'], 4).map((x) => `<li>${x} · ${r.int(50, 1500)}米</li>`).join('')}</ul></section>${variant !== 0 ? `<section class="route"><h3>公交/地铁</h3><p>地铁${r.int(1, 12)}号线${r.pick(['人民公园', '市中心', '东站'])}站${r.pick(['A', 'B', 'C'])}口出，步行${r.int(100, 800)}米。</p><p>公交：${r.int(1, 300)}路、${r.int(1, 300)}路</p><p>打车约${r.int(12, 60)}元</p></section>` : ''}${variant === 2 ? comments(r, ['周末人很多，建议早点去', '停车方便', '环境不错', '地铁直达很方便'], 2) : ''}</main>` + footer(r, site, `<p>审图号：GS(2026)${r.digits(4)}号　测绘资质证书：甲测资字${r.digits(8)}</p>`);
    return { desc: `a map place page for ${city}${place}`, url: `https://${site.host}/poi/${r.digits(10)}${String(i).padStart(3, '0')}`, title: `${city}${place}-${siteName}`, body: html, cls: 'map' };
  },
};

// Travel guides.
const travel: Kind = {
  id: 'travel',
  make(r, i) {
    const city = CITIES[i % CITIES.length]!;
    const siteName = r.pick(['游记攻略网', '出发吧旅行', '背包客栈']);
    const site: Site = { name: siteName, host: `${r.pick(['www', 'you', 'gl'])}.${r.pick(['yjgl', 'chufaba', 'bbkz'])}.example` };
    const days = r.int(2, 5);
    const variant = r.int(0, 2);
    const budget = `<table class="budget"><caption>费用参考（人均）</caption><tr><th>项目</th><th>费用</th></tr><tr><td>往返高铁</td><td>${r.int(200, 1200)}元</td></tr><tr><td>住宿（${days - 1}晚）</td><td>${r.int(200, 600) * (days - 1)}元</td></tr><tr><td>门票</td><td>${r.int(0, 300)}元</td></tr><tr><td>餐饮</td><td>${r.int(100, 200) * days}元</td></tr><tr><td>市内交通</td><td>${r.int(30, 200)}元</td></tr></table>`;
    const plan = Array.from({ length: days }, (_, k) => `<h3>Day ${k + 1}</h3><p>${r.pick([`上午去${city}博物馆（免费，需提前预约），下午逛老街，晚上吃当地小吃。`, '早起看日出，中午在景区附近吃农家菜，下午坐船游湖，门票含船票。', '睡到自然醒，去网红咖啡店打卡，下午逛商场买伴手礼。', '包车去郊区古镇，司机兼导游，讲了很多当地的故事。', '去夜市吃了一圈，推荐烤串和糖水，人均不到50元。'])}</p>`).join('');
    const html = nav(r, ['首页', '目的地', '攻略', '游记', '酒店', '问答'], site) +
      `<main><article><h1>${city}${days}天${days - 1}晚自由行攻略｜${r.pick(['吃住行全攻略', '人均2000玩转', '带娃出游版', '第一次去看这篇就够了'])}</h1><div class="meta">作者：${r.pick(NICKS)}　出发时间：${r.date()}　浏览 ${r.int(1000, 900000)}</div><p>${r.pick(['这次是和闺蜜一起去的，总体体验很好。', '带着爸妈一起，行程安排得比较轻松。', '一个人的旅行，自由自在。'])}</p>${plan}${variant !== 0 ? budget : ''}<h3>住宿建议</h3><p>${r.pick(['建议住在地铁站附近，出行方便。', '老城区的民宿很有特色，但要注意隔音。', '连锁酒店性价比高，干净省心。'])}</p><h3>注意事项</h3><ul><li>热门景点节假日需提前预约</li><li>景区门票请在官方渠道购买，不要找黄牛</li>${variant === 2 ? '<li>当地打车建议使用正规平台</li>' : ''}</ul>${share(r)}</article>${comments(r, ['好详细，收藏了', '下个月也要去，参考一下', '博主那家民宿叫什么？', '人均花费好实在'], r.int(1, 3))}</main><aside><h4>${city}热门酒店</h4><ul>${[1, 2, 3].map(() => `<li><a href="https://hotel.${r.pick(['lvxing', 'zhusu'])}.example/hotel/${r.digits(7)}.html">${city}${r.pick(['悦居', '锦江', '如家', '亚朵', '维也纳'])}酒店（${r.pick(['火车站店', '市中心店', '景区店'])}）</a> ¥${r.int(150, 800)}起</li>`).join('')}</ul></aside>` + footer(r, site);
    return { desc: `a travel guide for ${city}`, url: `https://${site.host}/gonglve/${r.digits(7)}${String(i).padStart(3, '0')}.html`, title: `${city}旅游攻略_${city}自由行_${siteName}`, body: html, cls: 'travel' };
  },
};

// Hotel booking with prices.
const hotel: Kind = {
  id: 'hotel',
  make(r, i) {
    const city = r.pick(CITIES);
    const brand = r.pick(['悦居', '云栖', '澜庭', '木棉花', '星程', '青竹']);
    const hname = `${brand}酒店（${city}${r.pick(['火车站', '市中心', '国际会展中心', '大学城', '机场'])}店）`;
    const siteName = r.pick(['旅行订房网', '住哪儿', '假日行']);
    const site: Site = { name: siteName, host: `${r.pick(['hotel', 'www', 'm'])}.${r.pick(['lvxing', 'zhuna', 'jiarixing'])}.example` };
    const rooms = r.some(['高级大床房', '商务双床房', '豪华大床房', '家庭套房', '行政大床房', '标准间'], r.int(3, 5));
    const variant = r.int(0, 3);
    const roomRows = rooms.map((rm) => { const p = r.int(180, 1200); return `<tr><td>${rm}</td><td>${r.pick(['含双早', '含单早', '无早'])}</td><td>${r.pick(['免费取消', '不可取消', '限时取消'])}</td><td class="price">¥${p}</td><td><a class="btn-book" href="/book?room=${r.digits(8)}">${r.pick(['预订', '立即预订', '预订'])}</a><span>${r.pick(['在线付', '到店付'])}</span></td></tr>`; }).join('');
    const html = nav(r, ['首页', '酒店', '机票', '火车票', '门票', '攻略'], site) +
      `<main class="hotel"><h1>${hname}</h1><p>${r.pick(['四星级', '舒适型', '高档型', '经济型'])} · ${r.int(2012, 2024)}年开业 · 评分 ${(r.int(40, 50) / 10).toFixed(1)}</p><p>地址：${city}${r.pick(['中山路', '人民路', '解放路', '建设大道'])}${r.int(1, 500)}号 <a href="/map">查看地图</a></p><div class="search-bar">入住 <input type="text" name="checkin" value="2026-12-${String(r.int(10, 20))}"> 离店 <input type="text" name="checkout" value="2026-12-${String(r.int(21, 28))}"> <button type="button">修改日期</button></div><table class="rooms"><tr><th>房型</th><th>早餐</th><th>取消政策</th><th>价格</th><th></th></tr>${roomRows}</table>${variant === 1 ? `<p class="member">登录后可享会员价，最高再减${r.int(5, 15)}%</p>` : ''}<section class="facility"><h3>设施服务</h3><p>${r.some(['免费WiFi', '停车场', '餐厅', '健身房', '行李寄存', '24小时前台', '洗衣服务', '接机服务'], 5).join(' · ')}</p></section><section class="policy"><h3>入住须知</h3><p>入住时间：14:00以后　离店时间：12:00以前</p><p>入住时需出示有效身份证件。${r.pick(['酒店不接受宠物。', '可携带宠物，需提前告知。'])}</p></section><section class="reviews"><h3>住客点评（${r.int(100, 9000)}条）</h3>${r.some(['位置很方便，出门就是地铁站。', '房间干净，早餐种类多。', '前台服务热情，还帮忙叫了车。', '隔音一般，其他都挺好。', '性价比高，下次还会来。'], 3).map((c) => `<div class="rv"><span>${r.pick(NICKS)}</span> ${(r.int(40, 50) / 10).toFixed(1)}分<p>${c}</p></div>`).join('')}</section></main>` + footer(r, site, `<p>旅行社业务经营许可证：L-${r.pick(['BJ', 'SH', 'GD', 'ZJ'])}-${r.digits(5)}</p>`);
    return { desc: `a hotel booking page for ${hname} with room prices`, url: `https://${site.host}/hotel/${r.digits(7)}${String(i).padStart(3, '0')}.html`, title: `${hname}预订价格,联系电话,位置地址_${siteName}`, body: html, cls: 'hotel' };
  },
};

// ---------------------------------------------------------------------------------------------------------------

const KINDS: Kind[] = [newsKind(false), newsKind(true), forum, docs, blog, product, fraudKind(false), fraudKind(true), wiki, gov, recipe, video, company, qa, jobs, appdl, bank, school, weather, map, travel, hotel];

function main(): void {
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.html')) rmSync(join(OUT, f));
  const urls = new Set<string>();
  let bytes = 0;
  let n = 0;
  KINDS.forEach((kind, k) => {
    for (let i = 0; i < PER_KIND; i++) {
      // One stream per page: a page does not change when another kind is edited.
      const r = new R(mulberry32((SEED ^ Math.imul(k + 1, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0));
      const p = kind.make(r, i);
      const key = new URL(p.url).host + new URL(p.url).pathname + new URL(p.url).search;
      if (urls.has(key)) throw new Error(`duplicate url ${p.url}`);
      urls.add(key);
      const html = header(p.desc, SEED, p.url) + '\n' + doc(esc(p.title), p.cls, p.body, r, p.meta);
      writeFileSync(join(OUT, `${kind.id}-${String(i + 1).padStart(3, '0')}.html`), html);
      bytes += Buffer.byteLength(html);
      n++;
    }
  });
  console.log(`${n} pages, ${KINDS.length} kinds, ${(bytes / 1024).toFixed(0)} KB in ${OUT}`);
}

main();
