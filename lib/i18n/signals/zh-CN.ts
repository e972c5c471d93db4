import { domainTexts } from './domain';
import { listTexts } from './list';
import { pageGoodTexts } from './page-good';
import { paymentTexts } from './payment';
import type { SignalTexts } from './types';
import { vocabularyTexts } from './vocabulary';

export const signalsZh: SignalTexts = {
  'shop-detected': {
    title: '这是一个卡密 / 充值类网店',
    explain: '页面上有商品、价格和购买入口（或发卡系统的特征）。卡盾会按网店的标准检查它的备案、收款方式和风险名单。',
  },
  'icp-filing-missing': {
    title: '页面上没有看到 ICP 备案号',
    explain: '这个网店的页面（包括页脚）上没有找到 ICP 备案号或 ICP 经营许可证号。在中国大陆提供互联网信息服务须先备案或取得许可（互联网信息服务管理办法 第四条），备案号应标在首页底部中央并链接到工信部备案系统（非经营性互联网信息服务备案管理办法 第十三条）。没有备案的发卡站多托管在境外，收款后关站“跑路”时很难追查。备案号也可能以图片显示，卡盾读不到图片里的文字。',
    action: '在工信部备案查询（beian.miit.gov.cn）按域名查一下；查不到时不要大额付款，只通过有担保的正规渠道付款，先小额试单并保留订单和付款记录。',
  },
  'icp-filing-invalid': {
    title: '疑似伪造的备案号：{number}',
    explain: '页面上显示的备案 / 许可证号 {number} 不可能是工信部发放的编号：省份简称不对（如“萌ICP备”是娱乐性质的“萌备”，不是工信部备案；港澳台不发放工信部备案号），位数不对（备案号为 6、8 或 10 位数字），年份在未来，或者是模板里的示例号码（如 京ICP备12345678号）。显示假备案号的网站通常根本没有备案（互联网信息服务管理办法 第四条），出问题后无法通过备案主体追责。',
    action: '不要在这个网店付款。如已付款，保留订单、聊天和付款记录，向 12321 举报，必要时拨打 110 报警。',
  },
  'icp-license-claimed': {
    title: '网店声称持有经营许可证：{number}',
    explain: '页面上写有 ICP 经营许可证或增值电信业务经营许可证号 {number}。经营性互联网信息服务须取得许可（互联网信息服务管理办法 第四条），许可证只发给企业。卡盾没有核实这个编号：冒用别人的真实编号是常见手法，只有在工信部系统里查到它属于这个网站，才说明问题。',
    action: '在工信部政务服务平台（tsm.miit.gov.cn）查询该许可证，核对持证企业名称和网店、营业执照上的是否一致。',
  },
  'police-filing-invalid': {
    title: '公安备案号可能是编造的：{number}',
    explain: '公安备案号的格式是“省份简称 + 公网安备 + 14 位数字”，前 6 位是备案公安机关所在地的行政区划代码（GB/T 2260，例如 11 开头是北京、42 开头是湖北）。页面上的 {number} 位数不对、开头不是有效的省级代码，或者和前面的省份 / 城市简称对不上，可能是随手编造的。',
    action: '在全国互联网安全管理服务平台（beian.mps.gov.cn）查询这个编号；查不到或对不上时不要付款。',
  },
  'uscc-invalid': {
    title: '统一社会信用代码可能有误：{code}',
    explain: '页面上的统一社会信用代码 {code} 没有通过国家标准 GB 32100-2015 的校验（长度、字符或校验码不对）。真实代码几乎都能通过校验，所以这是代码被编造或抄错的强烈迹象，但不是定论（有极少数真实代码例外）。电子商务法第十五条要求网店在首页显著位置公示营业执照信息，公示虚假信息本身就有问题。',
    action: '到国家企业信用信息公示系统（gsxt.gov.cn）查询这个代码和公司名称；查不到或对不上时不要付款。',
  },
  'uscc-sole-proprietor': {
    title: '经营者是个体工商户',
    explain: '页面上的统一社会信用代码 {code} 以“92”开头，表示个体工商户，而不是公司。个体工商户可以合法经营，但拿不到 ICP 经营许可证（许可证只发给企业），出了问题时能追偿的范围也有限。',
    action: '在国家企业信用信息公示系统（gsxt.gov.cn）核对经营者名称和经营范围；付款只走有担保的平台或正规商户收款。',
  },
  ...paymentTexts.zh,
  ...vocabularyTexts.zh,
  ...pageGoodTexts.zh,
  ...domainTexts.zh,
  ...listTexts.zh,
};
