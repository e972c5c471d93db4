// Non-shop page kinds: news, finance news, forums, software docs, blogs, product pages, anti-fraud notices.
import { esc } from './random';
import { BLOG_COMMENTS, BLOG_TOPICS, CITIES, DOC_PRODUCTS, DOC_SECTIONS, FIN_TOPICS, FORUM_POSTS, FORUM_TITLES, FRAUD_CASES, FRAUD_TIPS, GAMES, GOODS, MALLS, NEWS_COMMENTS, NEWS_SITES, NEWS_TOPICS, NICKS, SCAM_QUOTES, SURNAMES } from './banks-news';
import { comments, fill, footer, nav, pagination, para, person, share, type Kind, type Site } from './parts';

export function newsKind(finance: boolean): Kind {
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
export const forum: Kind = {
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
export const docs: Kind = {
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
export const blog: Kind = {
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
export const product: Kind = {
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
export function fraudKind(police: boolean): Kind {
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
