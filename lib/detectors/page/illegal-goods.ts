import type { DetectorText } from '../../core/types';
import { originalSlice } from '../../core/text';
import type { Evidence, Severity, Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageDetector } from './context';
import { isNegated, isNotice, isOffered } from './shared/vocabulary';

/** illegalGoods's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const illegalGoodsText: DetectorText = {
  'zh-CN': {
    title: '疑似出售违法商品或服务：{term}',
    explain: '页面把“{term}”当作商品或服务出售（出现在商品标题、价格、购买按钮或分类链接处），可能涉及{law}。参考：买卖、出租电话卡、银行账户、支付账户和互联网账号，以及替人办理实名，违反反电信网络诈骗法第三十一条；跑分、出租收款码、代收款可能构成帮助信息网络犯罪活动罪（刑法第二百八十七条之二）；外挂和破解工具可能触犯刑法第二百八十五条、第二百八十六条；短信轰炸、“呼死你”骚扰他人，可能触犯刑法；来路不明的卡密回收可能涉及掩饰、隐瞒犯罪所得（刑法第三百一十二条）。卖这些东西的网店本身就在违法经营，被骗、被封号或被卷入案件时很难维权。',
    action: '不要在这里购买、出租或出售任何账号和收款码。发现违法犯罪线索可向 12321 举报，或拨打 96110 反诈专线咨询。',
  },
  en: {
    title: 'May be selling illegal goods or services: {term}',
    explain: 'The page offers “{term}” for sale (in a product title, next to a price or a buy button, or as a shop category), which may fall under {law}. For reference: buying, selling or renting SIM cards, bank and payment accounts and internet accounts, or completing real-name registration for others, breaches the Anti-Telecom and Online Fraud Law (art. 31); 跑分, renting out payment QR codes and collecting payments for others may be the crime of helping information-network crime (Criminal Law art. 287-2); game cheats and cracking tools may breach Criminal Law arts. 285 and 286; SMS / call bombing harasses people and may be a crime; recycling card codes of unknown origin may amount to concealing the proceeds of crime (Criminal Law art. 312). A shop selling these is itself operating illegally: if it cheats you, gets your account banned or drags you into a case, you have little recourse.',
    action: 'Do not buy, rent out or sell any account or payment code here. Report crime leads to 12321, or call the 96110 anti-fraud line for advice.',
  },
};

/**
 * `illegal-goods` (danger): the shop OFFERS goods or services whose sale is illegal (domain-facts.md §7; the laws are
 * [V], the vocabulary is [U]). A word counts only on a product title with a price or buy control in its card, a
 * buy button or a category link of a selling page — never in a warning, a news paragraph or a shop rule
 * ("谨防…", "严禁…", "本站不出售…"), and never negated ("防外挂"). One signal per category.
 *
 * Card recycling (卡密回收) is `warn`, not `danger`: licensed recycling platforms exist, and the risk — cards bought
 * with stolen money being laundered (刑法 §312) — is a possibility, not something the page proves.
 */
export const illegalGoods: PageDetector = {
  id: 'illegal-goods',
  detect(ctx) {
    const out: Signal[] = [];
    for (const cat of ILLEGAL_CATEGORIES) {
      const evidence: Evidence[] = [];
      let term = '';
      ctx.blocks.forEach((b, i) => {
        for (const m of b.norm.matchAll(cat.re)) {
          if (isNegated(b.norm, m.index) || isNotice(ctx, i) || !isOffered(ctx, i)) continue;
          term ||= originalSlice(b.text, b, m.index, m.index + m[0].length);
          evidence.push(blockEvidence(b, m.index, m.index + m[0].length));
          break;
        }
      });
      if (evidence.length === 0) continue;
      out.push(pageSignal('illegal-goods', cat.severity, evidence.slice(0, 5), { category: cat.key, term, law: cat.law, count: evidence.length }));
    }
    return out;
  },
  text: illegalGoodsText,
};

export type IllegalCategory = { key: string; severity: Severity; law: string; re: RegExp };

export const ILLEGAL_CATEGORIES: readonly IllegalCategory[] = [
  {
    // Selling / renting accounts, SIM cards and bank accounts; registering them for others (代实名).
    key: 'account-trading',
    severity: 'danger',
    law: '《反电信网络诈骗法》第三十一条',
    re: /(?<!拉)黑号(?!码)|实名(?:QQ|微信|VX|WX|支付宝|抖音|快手|微博)?号(?!码)|(?<!空)白号(?!码)|(?<![对连])接码(?!器)|代实名|代过实名|代过人脸|过人脸|免实名|(?:出售|批发|代售)(?:QQ|微信|VX|支付宝|抖音|快手|微博)(?:号|账号|帐号)|(?:QQ|微信|VX|支付宝|抖音|快手|微博)(?:号|账号|帐号)(?:出售|批发)|(?:银行卡|对公)四件套|(?:出售|批发)(?:电话卡|手机卡|物联网卡|银行卡|对公账户)|(?:电话卡|物联网卡|银行卡|对公账户)(?:出售|批发|出租)/gi,
  },
  {
    // Moving other people's money through your accounts: 跑分, renting out receipt codes, collecting for others.
    key: 'payment-laundering',
    severity: 'danger',
    law: '《刑法》第二百八十七条之二（帮助信息网络犯罪活动罪）',
    re: /(?<!安兔兔|鲁大师|手机|性能|显卡|处理器|CPU|GPU)跑分(?!测试|成绩|排行|榜|软件)|(?<![扫条])码商(?![城品户家])|(?:出租|租用|收购)(?:收款码|二维码|微信|支付宝|银行卡)|收款码(?:出租|租用|租赁|代收)|代收款|代收通道/gi,
  },
  {
    key: 'sms-bombing',
    severity: 'danger',
    // [U] which article applies; cases have been charged as 破坏计算机信息系统罪 — hedged in the text ("可能").
    law: '《刑法》第二百八十六条（破坏计算机信息系统罪）',
    re: /(?:短信|电话|呼叫|语音) ?轰炸|呼死你|短信炸弹|轰炸机 ?(?:卡密|天卡|周卡|月卡|永久)/gi,
  },
  {
    // Game cheats and cracking tools. Bare 辅助 / 透视 are ordinary words ("游戏辅助功能", "数据透视"), so only their
    // cheat-market forms count.
    key: 'cheats',
    severity: 'danger',
    law: '《刑法》第二百八十五条、第二百八十六条',
    re: /外挂(?! ?(?:字幕|式|硬盘|音箱|电池|空调|楼梯))|自瞄|透视 ?(?:自瞄|辅助|挂|锁头)|锁头挂|无后座|(?:内部|透视|外挂|科技) ?辅助(?! ?(?:功能|说明|设置|工具栏))|辅助 ?(?:卡密|天卡|周卡|月卡|年卡|永久卡|激活码)|破解 ?(?:版|软件|补丁|工具)|注入器/gi,
  },
  {
    key: 'card-recycling',
    severity: 'warn',
    law: '《刑法》第三百一十二条（掩饰、隐瞒犯罪所得罪）',
    re: /卡密 ?回收|回收 ?卡密|(?:礼品卡|购物卡|E卡|点卡|话费卡|充值卡|油卡|加油卡|游戏卡) ?回收|回收 ?(?:礼品卡|购物卡|京东E卡|E卡|点卡|话费卡|充值卡|油卡|加油卡|游戏卡)/gi,
  },
];
