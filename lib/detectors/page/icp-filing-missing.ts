import type { DetectorText } from '../../core/types';
import type { Evidence } from '../../core/types';
import { pageSignal, type NormBlock, type PageContext, type PageDetector } from './context';
import { parseFilingNumbers } from './shared/filing-numbers';
import { shopClass } from './shared/shop-classification';

/** Where a filing number belongs: the page footer (非经营性互联网信息服务备案管理办法 §13: bottom centre of the home page). */
const FOOTERISH = /版权|©|\(c\)|copyright|all rights reserved|powered by|备案|联系我们|关于我们/i;

/** icpFilingMissing's texts (zh-CN first): here beside the logic, exported apart so the pages can take them without it. */
export const icpFilingMissingText: DetectorText = {
  'zh-CN': {
    title: '页面上没有看到 ICP 备案号',
    explain: '这个网店的页面（包括页脚）上没有找到 ICP 备案号或 ICP 经营许可证号。在中国大陆提供互联网信息服务须先备案或取得许可（互联网信息服务管理办法 第四条），备案号应标在首页底部中央并链接到工信部备案系统（非经营性互联网信息服务备案管理办法 第十三条）。没有备案的发卡站多托管在境外，收款后关站“跑路”时很难追查。备案号也可能以图片显示，卡盾读不到图片里的文字。',
    action: '在工信部备案查询（beian.miit.gov.cn）按域名查一下；查不到时不要大额付款，只通过有担保的正规渠道付款，先小额试单并保留订单和付款记录。',
  },
  en: {
    title: 'No ICP filing number on this page',
    explain: 'No ICP filing (备案) number or ICP licence number was found on this shop page, footer included. Internet information services in mainland China must be filed or licensed (Measures on Internet Information Services, art. 4), and the number must be shown at the bottom centre of the home page with a link to the MIIT system (Measures on Non-commercial Internet Information Service Filing, art. 13). Unfiled card shops are usually hosted abroad and are hard to trace when they take the money and vanish. The number might be shown as an image, which KaDun cannot read.',
    action: 'Look the domain up at beian.miit.gov.cn. If nothing is found, do not pay large amounts: pay only through escrow or licensed merchant channels, test with a small order and keep your order and payment records.',
  },
};

/**
 * `icp-filing-missing` (warn): a shop shows no ICP备 / ICP证 number at all. Any number counts as shown, even an
 * impossible one (`icp-filing-invalid` speaks about those). Text hidden with CSS is not extracted, so a number that
 * only exists in hidden text counts as missing. A number drawn as an image cannot be read, hence the hedged wording.
 */
export const icpFilingMissing: PageDetector = {
  id: 'icp-filing-missing',
  detect(ctx) {
    if (!shopClass(ctx).isShop) return [];
    const shown = parseFilingNumbers(ctx).some((n) => n.kind === 'icp-filing' || n.kind === 'icp-licence');
    if (shown) return [];
    return [pageSignal('icp-filing-missing', 'warn', [whereWeLooked(ctx)])];
  },
  text: icpFilingMissingText,
};

/**
 * Evidence of an absence: where a filing number should have been (the footer, or the end of the page), with an empty
 * quote — the popup words it as absence ("页脚中没有备案号") and "在页面上显示" still points at the footer. Quoting the
 * footer line itself read as if that unrelated line were the evidence.
 */
function whereWeLooked(ctx: PageContext): Evidence {
  const blocks = ctx.blocks;
  const footer: NormBlock | undefined =
    blocks.find((b) => b.tag === 'footer') ?? [...blocks].reverse().slice(0, 8).find((b) => FOOTERISH.test(b.norm));
  const seen = footer ?? blocks[blocks.length - 1];
  if (!seen) return { quote: '', where: 'page' };
  return { quote: '', blockId: seen.id, where: footer ? 'footer' : 'page-end' };
}
