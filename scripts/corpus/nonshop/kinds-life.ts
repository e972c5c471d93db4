// Non-shop page kinds: wikis, government, recipes, video, company, Q&A, jobs, app downloads, bank, school, weather,
// maps, travel, hotels.
import { CITIES, GAMES, NICKS } from './banks-news';
import { APPS, BANK_NOTICES, COMPANY_BIZ, GOV_NOTICES, JOBS, PLACES, QA_QUESTIONS, RECIPES, SCHOOL_NOTICES, VIDEO_COMMENTS, VIDEO_TITLES } from './banks-life';
import { comments, filings, fill, footer, inventedUscc, nav, pagination, para, share, type Kind, type Site } from './parts';

// Game wikis listing item prices.
export const wiki: Kind = {
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
export const gov: Kind = {
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
export const recipe: Kind = {
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
export const video: Kind = {
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
export const company: Kind = {
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
export const qa: Kind = {
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
export const jobs: Kind = {
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
export const appdl: Kind = {
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
export const bank: Kind = {
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
export const school: Kind = {
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
export const weather: Kind = {
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
export const map: Kind = {
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
export const travel: Kind = {
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
export const hotel: Kind = {
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
