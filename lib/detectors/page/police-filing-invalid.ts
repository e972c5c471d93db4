import type { DetectorText } from '../../core/types';
import type { Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageDetector } from './context';
import { filingProblems, groupByNumber, parseFilingNumbers } from './shared/filing-numbers';

const MAX_SIGNALS = 3;

/** policeFilingInvalid's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const policeFilingInvalidText: DetectorText = {
  'zh-CN': {
    title: '公安备案号可能是编造的：{number}',
    explain: '公安备案号的格式是“省份简称 + 公网安备 + 14 位数字”，前 6 位是备案公安机关所在地的行政区划代码（GB/T 2260，例如 11 开头是北京、42 开头是湖北）。页面上的 {number} 位数不对、开头不是有效的省级代码，或者和前面的省份 / 城市简称对不上，可能是随手编造的。',
    action: '在全国互联网安全管理服务平台（beian.mps.gov.cn）查询这个编号；查不到或对不上时不要付款。',
  },
  en: {
    title: 'The police filing number may be made up: {number}',
    explain: 'A police (公安) filing number is a province prefix, 公网安备 and 14 digits; the first 6 digits are the area code (GB/T 2260) of the police bureau that took the filing, e.g. 11… for Beijing, 42… for Hubei. The number {number} on this page has the wrong number of digits, does not start with a valid province code, or does not match its province / city prefix, so it may have been invented.',
    action: 'Look the number up at beian.mps.gov.cn. If it is not found or does not match, do not pay.',
  },
};

/**
 * `police-filing-invalid` (warn): a 公安备案号 (`京公网安备11010802020000号`, also city forms such as `武汉网安备…`)
 * whose digits are not 14, whose first two digits are no GB/T 2260 province, or whose province contradicts a clear
 * one-character (or mapped city) prefix. Digits 7–14 are [U] and never flagged (see filing-numbers.ts).
 */
export const policeFilingInvalid: PageDetector = {
  id: 'police-filing-invalid',
  detect(ctx) {
    const year = new Date(ctx.now).getFullYear();
    const nums = parseFilingNumbers(ctx).filter((n) => n.kind === 'police');
    const out: Signal[] = [];
    for (const [number, group] of groupByNumber(nums)) {
      const problem = filingProblems(group[0]!, year)[0];
      if (!problem) continue;
      const evidence = group.slice(0, 5).map((n) => blockEvidence(n.block, n.start, n.end));
      out.push(pageSignal('police-filing-invalid', 'warn', evidence, { number, problem }));
      if (out.length >= MAX_SIGNALS) break;
    }
    return out;
  },
  text: policeFilingInvalidText,
};
