import type { DetectorText } from '../../core/types';
import type { Signal } from '../../core/types';
import { blockEvidence, pageSignal, type PageDetector } from './context';
import { filingProblems, groupByNumber, parseFilingNumbers } from './shared/filing-numbers';

const MAX_SIGNALS = 3;

/** icpLicenseClaimed's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const icpLicenseClaimedText: DetectorText = {
  'zh-CN': {
    title: '网店声称持有经营许可证：{number}',
    explain: '页面上写有 ICP 经营许可证或增值电信业务经营许可证号 {number}。经营性互联网信息服务须取得许可（互联网信息服务管理办法 第四条），许可证只发给企业。卡盾没有核实这个编号：冒用别人的真实编号是常见手法，只有在工信部系统里查到它属于这个网站，才说明问题。',
    action: '在工信部政务服务平台（tsm.miit.gov.cn）查询该许可证，核对持证企业名称和网店、营业执照上的是否一致。',
  },
  en: {
    title: 'The shop claims an operating licence: {number}',
    explain: "The page shows an ICP operating licence or value-added telecom licence number {number}. Commercial internet information services need a licence (Measures on Internet Information Services, art. 4), and only companies get one. KaDun has not verified this number: showing someone else's real number is a common trick, and it only counts if the MIIT system says it belongs to this site.",
    action: 'Look the licence up at tsm.miit.gov.cn and check that the holder matches the company named by the shop and on its business licence.',
  },
};

/**
 * `icp-license-claimed` (info): the page claims an ICP经营许可证 (`京ICP证030173号`) or a 增值电信业务经营许可证
 * (`浙B2-20080224`, cross-province `B2-20080207`, old `B2-2004-0851`). Not verified here: showing someone else's
 * real number is the commonest fraud, so only a registry check (tsm.miit.gov.cn) can make it count. Impossible
 * numbers are left to `icp-filing-invalid`.
 */
export const icpLicenseClaimed: PageDetector = {
  id: 'icp-license-claimed',
  detect(ctx) {
    const year = new Date(ctx.now).getFullYear();
    const nums = parseFilingNumbers(ctx).filter((n) => n.kind === 'icp-licence' || n.kind === 'vas-licence');
    const out: Signal[] = [];
    for (const [number, group] of groupByNumber(nums)) {
      if (filingProblems(group[0]!, year).length > 0) continue;
      const evidence = group.slice(0, 5).map((n) => blockEvidence(n.block, n.start, n.end));
      out.push(pageSignal('icp-license-claimed', 'info', evidence, { number, kind: group[0]!.kind }));
      if (out.length >= MAX_SIGNALS) break;
    }
    return out;
  },
  text: icpLicenseClaimedText,
};
