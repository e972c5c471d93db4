import type { DetectorText } from '../../core/types';
import type { Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageDetector } from './context';
import { usccCandidates, usccProblem } from './shared/uscc';

const MAX_SIGNALS = 3;

/** usccInvalid's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const usccInvalidText: DetectorText = {
  'zh-CN': {
    title: '统一社会信用代码可能有误：{code}',
    explain: '页面上的统一社会信用代码 {code} 没有通过国家标准 GB 32100-2015 的校验（长度、字符或校验码不对）。真实代码几乎都能通过校验，所以这是代码被编造或抄错的强烈迹象，但不是定论（有极少数真实代码例外）。电子商务法第十五条要求网店在首页显著位置公示营业执照信息，公示虚假信息本身就有问题。',
    action: '到国家企业信用信息公示系统（gsxt.gov.cn）查询这个代码和公司名称；查不到或对不上时不要付款。',
  },
  en: {
    title: 'The unified social credit code may be wrong: {code}',
    explain: 'The unified social credit code (统一社会信用代码) {code} on this page fails the GB 32100-2015 check (length, characters or check character). Real codes almost always pass, so this strongly suggests an invented or mistyped code, though it is not proof (a very few real codes fail). The E-commerce Law (art. 15) requires shops to show their business licence information prominently on the home page; showing false information is a problem in itself.',
    action: 'Search the code and the company name at gsxt.gov.cn. If nothing matches, do not pay.',
  },
};

/**
 * `uscc-invalid` (warn): a 统一社会信用代码 on the page fails GB 32100 (length, charset, check character) or the
 * GB 11714 check inside it. Warn, not danger: a real code can fail (one is whitelisted in uscc.ts), and a typo is
 * possible — but a made-up code is the usual reason. Length / charset are judged only for codes labelled
 * 统一社会信用代码; a bare 18-character token is judged only on its checksums.
 */
export const usccInvalid: PageDetector = {
  id: 'uscc-invalid',
  detect(ctx) {
    const out: Signal[] = [];
    const done = new Set<string>();
    for (const c of usccCandidates(ctx)) {
      if (done.has(c.code)) continue;
      done.add(c.code);
      const problem = usccProblem(c.code);
      if (!problem) continue;
      const evidence = [blockEvidence(c.block, c.start, c.end)];
      out.push(pageSignal('uscc-invalid', 'warn', evidence, { code: c.code, problem }));
      if (out.length >= MAX_SIGNALS) break;
    }
    return out;
  },
  text: usccInvalidText,
};
