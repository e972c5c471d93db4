// Texts for the community-list and the person's own override signals (design.md "Signal ids": List).
// Params come from lib/risk-list/signals.ts. `category` and `kind` are ids; listParamLabels gives their names.
import type { SignalTextPart } from './types';

const APPEAL_ZH = '如果你是这个网站的经营者，或认为这是误报，可以在卡盾里提交“误报申诉”：卡盾会打开社区名单的预填申诉页面（在 GitHub 上，需要账号），由你自己确认后提交（卡盾不会自动发送任何内容），维护者核实后会更正名单。';
const APPEAL_EN = 'If you run this site or think this is a mistake, use "Report a false positive" (误报申诉) in KaDun: it opens a pre-filled issue on the list\'s repository that you submit yourself (KaDun sends nothing automatically), and the maintainers correct the list once they have checked.';

export const listTexts = {
  zh: {
    'list-confirmed': {
      title: '社区风险名单：已确认的风险网站（{category}）',
      explain: '卡盾社区风险名单（第 {listVersion} 版）把 {domain} 列为“已确认”，类别：{category}。名单的说明：{note}。首次发现于 {firstSeen}，最近一次发现于 {lastSeen}，名单附有 {evidenceCount} 条证据链接（见下方）。“已确认”表示名单维护者核对过这些证据，但名单也可能出错。' + APPEAL_ZH,
      action: '不要在这个网站付款。如已付款，保留订单、聊天和付款记录，向 12321 举报，必要时拨打 110 报警。',
    },
    'list-reported': {
      title: '社区风险名单：有人举报过这个网站（{category}）',
      explain: '卡盾社区风险名单（第 {listVersion} 版）收录了对 {domain} 的举报，类别：{category}，尚未经维护者确认。举报的内容：{note}。首次发现于 {firstSeen}，最近一次发现于 {lastSeen}。举报可能有误，但说明可能有人在这里遇到过问题。' + APPEAL_ZH,
      action: '先不要大额付款：只通过有担保的平台或正规商户收款渠道付款，先小额试单，并保留订单和付款记录。',
    },
    'list-allowed': {
      title: '社区名单：{domain} 列为可信域名（{kind}）',
      explain: '卡盾社区名单（第 {listVersion} 版）把 {domain} 列为可信，原因：{reason}。这只说明这个域名属于该官方商家或已通过核查，不保证页面上每个商品、每个第三方卖家都可靠。如果你认为这一条有误，也可以通过“误报申诉”告诉维护者。',
      action: '核对地址栏里的域名确实是 {domain} 或它的子域名，只通过页面上的官方收款渠道付款。',
    },
    'user-trusted': {
      title: '你把这个网站标记为“信任”',
      explain: '这是你自己的设置，不是卡盾的核实。没有发现危险时卡盾显示绿色；仍有危险时保持黄色，付款时仍会提醒你。其他检查结果仍列在下面。',
      action: '如果改变主意，可以在卡盾里撤销这个标记。',
    },
    'user-blocked': {
      title: '你把这个网站标记为“拦截”',
      explain: '这是你自己的设置，卡盾因此显示红色，不论其他检查结果如何。',
      action: '如果改变主意，可以在卡盾里撤销这个标记。',
    },
  } satisfies SignalTextPart,
  en: {
    'list-confirmed': {
      title: 'Community risk list: confirmed risky site ({category})',
      explain: 'The KaDun community risk list (version {listVersion}) lists {domain} as confirmed, category: {category}. The list says: {note}. First seen {firstSeen}, last seen {lastSeen}; the list gives {evidenceCount} evidence link(s), shown below. "Confirmed" means the list maintainers checked that evidence, but a list can still be wrong. ' + APPEAL_EN,
      action: 'Do not pay on this site. If you already paid, keep the order, chat and payment records, report it to 12321 and call 110 if needed.',
    },
    'list-reported': {
      title: 'Community risk list: this site has been reported ({category})',
      explain: 'The KaDun community risk list (version {listVersion}) holds a report about {domain}, category: {category}, not yet confirmed by the maintainers. The report says: {note}. First seen {firstSeen}, last seen {lastSeen}. A report may be mistaken, but it suggests someone may have had trouble here. ' + APPEAL_EN,
      action: 'Do not pay large amounts: pay only through escrow or licensed merchant channels, test with a small order and keep your order and payment records.',
    },
    'list-allowed': {
      title: 'Community list: {domain} is listed as trusted ({kind})',
      explain: 'The KaDun community list (version {listVersion}) lists {domain} as trusted because: {reason}. This only says the domain belongs to that official vendor or has been checked; it does not vouch for every product or third-party seller on it. If you think this entry is wrong, tell the maintainers through "Report a false positive" (误报申诉).',
      action: 'Check that the address bar really shows {domain} or one of its subdomains, and pay only through the site\'s official payment channels.',
    },
    'user-trusted': {
      title: 'You marked this site as trusted',
      explain: 'This is your own setting, not a check by KaDun. Without danger KaDun shows green; while it still finds danger it stays amber and still warns you when you pay. The other findings are listed below.',
      action: 'You can remove the mark in KaDun if you change your mind.',
    },
    'user-blocked': {
      title: 'You marked this site as blocked',
      explain: 'This is your own setting, so KaDun shows red whatever the other checks found.',
      action: 'You can remove the mark in KaDun if you change your mind.',
    },
  } satisfies SignalTextPart,
};

/** Names for the `category` and `kind` ids in list signal params (fill them in before rendering). */
export const listParamLabels = {
  zh: {
    category: {
      'personal-payment': '个人收款', 'fake-filing': '虚假备案', 'non-delivery': '付款不发货 / 跑路', 'illegal-goods': '违法商品',
      impersonation: '冒充官方', other: '其他',
    },
    kind: { 'official-vendor': '官方商家', cleared: '已核查' },
  },
  en: {
    category: {
      'personal-payment': 'payment to a personal account', 'fake-filing': 'fake filing', 'non-delivery': 'paid but not delivered',
      'illegal-goods': 'illegal goods', impersonation: 'impersonation', other: 'other',
    },
    kind: { 'official-vendor': 'official vendor', cleared: 'checked and cleared' },
  },
} as const;

type Params = Record<string, string | number>;

/** Params with `category` / `kind` ids replaced by their names, for fill(); other params are kept. */
export function withListLabels(lang: 'zh' | 'en', params: Params): Params {
  const labels = listParamLabels[lang];
  const out = { ...params };
  if (typeof params.category === 'string' && params.category in labels.category) out.category = labels.category[params.category as keyof typeof labels.category];
  if (typeof params.kind === 'string' && params.kind in labels.kind) out.kind = labels.kind[params.kind as keyof typeof labels.kind];
  return out;
}
