import type { DetectorText } from '../../core/types';
import type { Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageDetector } from './context';
import { isValidUscc, usccCandidates } from './shared/uscc';

/** usccSoleProprietor's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const usccSoleProprietorText: DetectorText = {
  'zh-CN': {
    title: '经营者是个体工商户',
    explain: '页面上的统一社会信用代码 {code} 以“92”开头，表示个体工商户，而不是公司。个体工商户可以合法经营，但拿不到 ICP 经营许可证（许可证只发给企业），出了问题时能追偿的范围也有限。',
    action: '在国家企业信用信息公示系统（gsxt.gov.cn）核对经营者名称和经营范围；付款只走有担保的平台或正规商户收款。',
  },
  en: {
    title: 'The seller is a sole proprietor',
    explain: 'The unified social credit code {code} on this page starts with 92, which means an individual business (个体工商户), not a company. That is legal, but an individual business cannot hold an ICP operating licence (only companies can), and what you can recover if something goes wrong is limited.',
    action: 'Check the name and business scope at gsxt.gov.cn, and pay only through escrow platforms or licensed merchant channels.',
  },
};

/**
 * `uscc-sole-proprietor` (info): a valid 统一社会信用代码 starting `92` — department 9 (市场监管), type 2 个体工商户
 * (domain-facts.md §3). Legal, but not a company: it cannot hold an ICP经营许可证 and liability is personal.
 */
export const usccSoleProprietor: PageDetector = {
  id: 'uscc-sole-proprietor',
  detect(ctx) {
    const out: Signal[] = [];
    const done = new Set<string>();
    for (const c of usccCandidates(ctx)) {
      if (done.has(c.code) || !c.code.startsWith('92') || !isValidUscc(c.code)) continue;
      done.add(c.code);
      out.push(pageSignal('uscc-sole-proprietor', 'info', [blockEvidence(c.block, c.start, c.end)], { code: c.code }));
    }
    return out.slice(0, 3);
  },
  text: usccSoleProprietorText,
};
