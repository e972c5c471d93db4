// Texts for the domain and data-source signals (lib/detectors/domain), zh-CN first. Placeholders match the detectors'
// params and are the same in both languages (tests/detectors/domain/registry.test.ts checks it):
// domain-young {domain} {registeredAt} {ageDays} {registrar}; domain-established {domain} {registeredAt} {years};
// domain-on-hold {domain} {status}; icp-record-verified {domain} {licence} {unit} {nature};
// icp-number-not-registered {domain} {number}; icp-record-mismatch {domain} {number} {recordDomain} {licence} {unit};
// icp-record-missing {domain}; icp-record-personal {domain} {licence} {nature}; icp-unit-mismatch {domain} {company}
// {unit}; icp-access-limited {domain} {licence} {unit}; impersonation {domain} {vendor} {claim} {official};
// official-vendor {domain} {vendor}; source-unavailable {source} {reason} (the source's name and the reason's words
// are filled in by lib/i18n signalText; the provider id stays in the params for the CLI's JSON).
import type { SignalTextPart } from './types';

const MIIT = 'https://beian.miit.gov.cn/#/Integrated/recordQuery';

const zh = {
  'domain-young': {
    title: '域名注册不久：{registeredAt} 注册，约 {ageDays} 天',
    explain: '根据域名注册信息，{domain} 在 {registeredAt} 注册（注册商：{registrar}），到现在不到半年。骗子发卡站往往用新注册的域名开张，收一阵钱就关站“跑路”，再换一个域名重来。新域名本身不违法，但它说明这个网店还没有可以参考的经营历史。',
    action: '对新网店多一分小心：只通过有担保的平台或正规商户收款付款，先小额试单，保留订单和付款记录。',
  },
  'domain-established': {
    title: '域名已注册 {years} 年以上',
    explain: '根据域名注册信息，{domain} 在 {registeredAt} 注册，已经用了 {years} 年以上。老域名比“打一枪换一个地方”的新域名可信一些，但这不能证明网店可靠：域名可以转手或过期后被别人重新注册，所以卡盾不会仅凭这一项亮绿灯。',
  },
  'domain-on-hold': {
    title: '域名已被暂停解析（{status}）',
    explain: '根据域名注册信息，{domain} 的状态是 {status}：注册商或注册局已经暂停了这个域名，常见原因是被举报用于钓鱼、诈骗等滥用行为，或者没有续费。你还能打开它，可能是因为缓存或者网店改用了别的解析方式。',
    action: '不要在这个网店付款。如已付款，保留订单、聊天和付款记录，向 12321 举报，被骗后拨打 110 报警。',
  },
  'icp-record-verified': {
    title: '备案信息已核实：{unit}（{nature}）',
    explain: `工信部 ICP 备案系统中查到 {domain} 的备案：备案号 {licence}，主办单位 {unit}，单位性质 {nature}，且页面上显示的备案号与备案记录一致（或页面没有显示别的备案号）。在中国大陆提供互联网信息服务须备案或取得许可（互联网信息服务管理办法 第四条；非经营性互联网信息服务备案管理办法），备案主体是可以追责的单位。这说明网站有人负责，不等于商品和收款方式都没有问题。`,
    action: `如需再确认，可在工信部备案查询（${MIIT}）按域名核对；付款仍请使用正规商户收款或有担保的渠道。`,
  },
  'icp-number-not-registered': {
    title: '页面上的备案号疑似不属于这个网站：{number}',
    explain: `页面上显示备案号 {number}，但备案数据源回答：{domain} 没有任何备案记录。也就是说，这个号码很可能是抄来的或编造的。在中国大陆提供互联网信息服务须先备案（互联网信息服务管理办法 第四条；非经营性互联网信息服务备案管理办法），冒用别人的备案号是骗子网店最常见的手法之一。数据源也可能尚未收录最新的备案，所以请自己再核对一次。`,
    action: `到工信部备案查询（${MIIT}）按域名 {domain} 查询；查不到时不要付款。已付款的，保留记录并向 12321 举报。`,
  },
  'icp-record-mismatch': {
    title: '疑似冒用备案号：{number} 登记的是 {recordDomain}',
    explain: `页面上显示备案号 {number}，但备案系统中的记录对不上：{recordDomain} 的备案号是 {licence}，主办单位 {unit}。要么这个号码登记在别的网站名下（被这个网店“借用”），要么这个域名自己的备案号是另一个。把真实公司的备案号挂在自己网站上冒充正规经营，是骗子发卡站的常见手法；备案号只属于备案的那个网站（非经营性互联网信息服务备案管理办法）。`,
    action: `不要在这个网店付款。可在工信部备案查询（${MIIT}）分别查询域名 {domain} 和备案号，核对结果；如已付款，保留记录并向 12321 举报，被骗后拨打 110 报警。`,
  },
  'icp-record-missing': {
    title: '备案系统中查不到这个网店',
    explain: '备案数据源回答：{domain} 没有 ICP 备案记录，页面上也没有显示备案号。在中国大陆提供互联网信息服务须先备案或取得许可（互联网信息服务管理办法 第四条）。没有备案的发卡站多托管在境外，收款后关站“跑路”时很难追查。面向境外用户的网站可能不需要备案，所以这只是提醒，不是定论。',
    action: `可在工信部备案查询（${MIIT}）再查一次；查不到时不要大额付款，只通过有担保的平台付款，先小额试单并保留记录。`,
  },
  'icp-record-personal': {
    title: '网店以个人名义备案（{nature}）',
    explain: '备案系统中 {domain} 的备案号是 {licence}，主办单位性质是“{nature}”。个人可以为非经营性网站备案，但卖卡密、充值属于经营性互联网信息服务，需要 ICP 经营许可证，而许可证只发给企业（互联网信息服务管理办法 第四条）。个人备案的网站卖货，出了问题能追责的范围很有限，也可能收款进了个人账户。',
    action: '只通过有担保的平台或正规商户收款付款，不要扫个人收款码或转账到个人账户；先小额试单，保留记录。',
  },
  'icp-unit-mismatch': {
    title: '页面上的公司与备案主办单位不一致',
    explain: '页面上写的经营者是 {company}，但备案系统中 {domain} 的主办单位是 {unit}。正规网站公示的经营者一般就是备案主体；两者对不上，可能是网店借用了别的公司名义，也可能只是集团内的关联公司备案。',
    action: '到国家企业信用信息公示系统（gsxt.gov.cn）查询这两家单位，看它们是否有关联；弄清楚之前不要大额付款。',
  },
  'icp-access-limited': {
    title: '备案被标记为“限制接入”',
    explain: '备案系统中 {domain} 的备案（{licence}，主办单位 {unit}）标记为“限制接入：是”。这表示该备案受到限制，境内接入服务商不应再为这个网站提供接入。一个被限制接入的网站还在收款卖货，说明它在备案之外经营。',
    action: `不要在这个网店付款。可在工信部备案查询（${MIIT}）核对；如已付款，保留记录并向 12321 举报。`,
  },
  'impersonation': {
    title: '疑似冒充 {vendor}：{domain}',
    explain: '这个网站以 {vendor} 的身份出现（“{claim}”）：域名和 {vendor} 的品牌相同或相似（用形近字符替换字母、加上 pay、kami、cz 之类的词，或者把官方域名放在前面），或者页面亮出 {vendor} 的备案号/许可证号、把 {vendor} 写成版权所有者、自称“官方充值中心”。但 {domain} 不是 {vendor} 的官方域名（{official} 等）。冒充官方的网站常被用来骗取付款或账号密码。如果只是同名、后缀不同，也可能是官方在其他国家或地区注册的域名，请自己核实。',
    action: '不要在这里付款或输入账号密码。请手动输入官方网址（如 {official}）或从官方 App 进入购买；如已付款，保留记录并向 12321 举报。',
  },
  'official-vendor': {
    title: '这是 {vendor} 的官方域名',
    explain: '{domain} 在卡盾内置的官方商家域名名单中，属于 {vendor}。在官方渠道购买卡密、会员或充值，出了问题有官方客服和正规的售后。请留意地址栏里的域名确实是它，而不是形似的仿冒域名。',
  },
  'source-unavailable': {
    title: '未能查询：{source}',
    explain: '{source}的数据源这次没有给出答案（原因：{reason}）。查询失败不等于“查无记录”，也不说明网站有问题或没问题：卡盾对这一项什么都没核实，所以不会因此亮绿灯。',
    action: `可以稍后重试，或自己在工信部备案查询（${MIIT}）按域名核对。`,
  },
} satisfies SignalTextPart;

const en = {
  'domain-young': {
    title: 'Recently registered domain: {registeredAt}, about {ageDays} days ago',
    explain: 'According to the registration data (RDAP), {domain} was registered on {registeredAt} (registrar: {registrar}), less than six months ago. Scam card shops often open on a freshly registered domain, take money for a while, then vanish (跑路) and start again under a new one. A new domain is not illegal in itself, but it means this shop has no track record to judge.',
    action: 'Be extra careful with a new shop: pay only through escrow or licensed merchant channels, test with a small order and keep your order and payment records.',
  },
  'domain-established': {
    title: 'Domain registered more than {years} years ago',
    explain: 'According to the registration data (RDAP), {domain} was registered on {registeredAt}, more than {years} years ago. An old domain is somewhat more trustworthy than a throw-away one, but it proves nothing about the shop: domains change hands or are re-registered after they lapse, so KaDun never turns green on this alone.',
  },
  'domain-on-hold': {
    title: 'The domain is suspended ({status})',
    explain: 'According to the registration data (RDAP), {domain} has the status {status}: the registrar or the registry has suspended it, usually after reports of abuse such as phishing or fraud, or for non-payment. If the page still opens, it is probably served from a cache or a changed resolver.',
    action: 'Do not pay this shop. If you already paid, keep your order, chat and payment records, report it to 12321, and call 110 if you were defrauded.',
  },
  'icp-record-verified': {
    title: 'ICP filing verified: {unit} ({nature})',
    explain: `The MIIT ICP filing system has a record for {domain}: number {licence}, holder {unit}, nature {nature}, and the number the page shows matches the record (or the page shows no other number). Internet information services in mainland China must be filed or licensed (Measures on Internet Information Services, art. 4; Measures on Non-commercial Internet Information Service Filing), and the filing holder is an accountable body. This shows someone answers for the site; it does not vouch for every product or payment method.`,
    action: `To double-check, look the domain up at ${MIIT}; still pay only through licensed merchant channels or escrow.`,
  },
  'icp-number-not-registered': {
    title: 'The filing number on the page probably does not belong to this site: {number}',
    explain: `The page shows the filing number {number}, but the filing source answered that {domain} has no filing record at all. The number was most likely copied or made up. Internet information services in mainland China must be filed first (Measures on Internet Information Services, art. 4; Measures on Non-commercial Internet Information Service Filing), and showing someone else's number is one of the commonest tricks of scam shops. The source may not have the newest filings yet, so check it yourself.`,
    action: `Look up {domain} at ${MIIT}. If nothing is found, do not pay. If you already paid, keep your records and report the shop to 12321.`,
  },
  'icp-record-mismatch': {
    title: 'Probably a borrowed filing number: {number} is registered to {recordDomain}',
    explain: `The page shows the filing number {number}, but the filing records disagree: {recordDomain} is filed under {licence}, holder {unit}. Either the number is registered to another website (and this shop borrows it), or this domain's own record carries a different number. Showing a real company's number to look legitimate is a common trick of scam card shops; a filing number belongs only to the site it was filed for (Measures on Non-commercial Internet Information Service Filing).`,
    action: `Do not pay this shop. Look up both the domain {domain} and the number at ${MIIT} and compare. If you already paid, keep your records, report it to 12321 and call 110 if you were defrauded.`,
  },
  'icp-record-missing': {
    title: 'The filing system does not know this shop',
    explain: 'The filing source answered that {domain} has no ICP filing record, and the page shows no filing number either. Internet information services in mainland China must be filed or licensed (Measures on Internet Information Services, art. 4). Unfiled card shops are usually hosted abroad and are hard to trace when they take the money and vanish. A site aimed at buyers outside the mainland may not need a filing, so this is a warning, not a conclusion.',
    action: `Look the domain up again at ${MIIT}. If nothing is found, do not pay large amounts: use escrow, test with a small order and keep your records.`,
  },
  'icp-record-personal': {
    title: 'The shop is filed by an individual ({nature})',
    explain: 'The filing system lists {domain} under {licence} with holder nature "{nature}". Individuals may file non-commercial sites, but selling card keys and top-ups is a commercial internet information service that needs an ICP operating licence, and only companies can get one (Measures on Internet Information Services, art. 4). If something goes wrong with a shop filed by an individual, there is little to hold to account, and the money may well go to a personal account.',
    action: 'Pay only through escrow or licensed merchant channels; never scan a personal receipt code or transfer to a personal account. Test with a small order and keep your records.',
  },
  'icp-unit-mismatch': {
    title: 'The company on the page is not the filing holder',
    explain: 'The page names its operator as {company}, but the filing system lists {unit} as the holder of the filing for {domain}. A legitimate site normally names the filing holder as its operator; a mismatch may mean the shop borrows another company\'s name, or simply that a related company in the same group filed the site.',
    action: 'Look up both names at gsxt.gov.cn and see whether they are related; do not pay large amounts until you know.',
  },
  'icp-access-limited': {
    title: 'The filing is marked "access restricted"',
    explain: 'The filing for {domain} ({licence}, holder {unit}) is marked 限制接入: 是 (access restricted). Hosting providers in mainland China should no longer serve this site. A restricted site that still takes orders is operating outside its filing.',
    action: `Do not pay this shop. Check it at ${MIIT}; if you already paid, keep your records and report it to 12321.`,
  },
  'impersonation': {
    title: 'Possibly posing as {vendor}: {domain}',
    explain: 'This site presents itself as {vendor} ("{claim}"): its domain uses or imitates a {vendor} brand (look-alike characters, words such as pay, kami or cz added, or the official domain put in front), or the page shows {vendor}\'s filing or licence number, names {vendor} as its copyright holder, or calls itself an official top-up centre. But {domain} is not one of {vendor}\'s official domains ({official} and others). Sites posing as official ones are used to take payments or steal account passwords. If it is only the same name under another ending, it could also be an official regional domain: check before trusting it.',
    action: 'Do not pay or enter passwords here. Type the official address (such as {official}) yourself or buy in the official app; if you already paid, keep your records and report it to 12321.',
  },
  'official-vendor': {
    title: 'This is an official {vendor} domain',
    explain: '{domain} is in KaDun\'s built-in list of official vendor domains and belongs to {vendor}. Buying cards, memberships or top-ups from the official channel gives you official support and after-sale service. Make sure the address bar really shows this domain and not a look-alike.',
  },
  'source-unavailable': {
    title: 'Could not check: {source}',
    explain: 'The data source for {source} gave no answer this time (reason: {reason}). A failed lookup is not "no record", and it says nothing good or bad about the site: KaDun verified nothing here, so it never turns green because of it.',
    action: `Try again later, or look the domain up yourself at ${MIIT}.`,
  },
} satisfies SignalTextPart;

export const domainTexts = { zh, en };
