// impersonation from the page: a shop that claims a vendor's identity (its licence number, its copyright line, its
// name as the site's) on a domain the vendor does not own is danger; resellers selling the vendor's goods, articles
// and links stay silent. Pages are parsed by the real pipeline (pageClaims), then judged by the detector.
import { describe, expect, it } from 'vitest';
import { pageClaims } from '../../../lib/detectors/domain/page-claims';
import { impersonation } from '../../../lib/detectors/domain/impersonation';
import { contextFor } from '../../helpers/fixtures';
import { found, inputs, record, site, VENDOR_LIST } from './inputs';

const page = (title: string, body: string, url = 'https://shop.example/') =>
  contextFor(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, url);
const judge = (title: string, body: string, host = 'chongzhi-zx.example', over = {}) =>
  impersonation.detect(inputs({ site: site(host), claims: pageClaims(page(title, body, `https://${host}/`)), ...over }));

type Row = [name: string, title: string, body: string, vendorId?: string, kind?: string];
const FIRES: Row[] = [
  ['Tencent licence number in the footer', 'Q币充值', '<p>QQ币 10元</p><footer><p>增值电信业务经营许可证：粤B2-20090059</p></footer>', 'tencent', 'page-licence'],
  ['JD licence number with -N', '充值', '<footer><p>京ICP证070359号-1</p></footer>', 'jd', 'page-licence'],
  ['JD filing number', '充值', '<footer><p>京ICP备11041704号-3</p></footer>', 'jd', 'page-licence'],
  ['Tencent copyright line (en)', '充值', '<p>Copyright © 1998 - 2026 Tencent. All Rights Reserved.</p>', 'tencent', 'page-copyright'],
  ['Tencent copyright line (zh)', '充值', '<p>腾讯公司 版权所有</p>', 'tencent', 'page-copyright'],
  ['JD copyright line', '充值', '<p>Copyright © 2004 - 2026 京东JD.com 版权所有</p>', 'jd', 'page-copyright'],
  ['title: 腾讯官方充值中心', '腾讯官方充值中心', '<p>Q币 100元</p>', 'tencent', 'page-site-name'],
  ['title: 京东充值中心 - 京东', '京东充值中心 - 京东', '<p>话费 100元</p>', 'jd', 'page-site-name'],
  ['title: Q币官方充值', 'Q币官方充值', '<p>Q币 100元</p>', 'tencent', 'page-site-name'],
  ['h1: 腾讯官方充值中心', '充值', '<h1>腾讯官方充值中心</h1>', 'tencent', 'page-site-name'],
  ['title ends with the vendor name', '话费充值 | 中国移动', '<p>100元</p>', 'china-mobile', 'page-site-name'],
];
const SILENT: [name: string, title: string, body: string][] = [
  ['a card shop selling Q币', '腾讯Q币 100元 - 星辰发卡网', '<p>腾讯Q币 100元</p><p>© 2026 星辰发卡网 版权所有</p>'],
  ['JD E-card for sale', '京东E卡 - 星辰卡网', '<p>京东E卡 500元 立即购买</p>'],
  ['iQIYI membership for sale', '爱奇艺黄金会员月卡', '<p>爱奇艺黄金会员月卡 19元</p>'],
  ['reseller title naming the vendor\'s goods', 'XX发卡网 - 腾讯视频会员低价', '<p>腾讯视频会员</p>'],
  ['reseller says 官方直充', '腾讯Q币官方直充 秒到账', '<h1>Q币官方直充</h1>'],
  ['reseller trademark notice', '星辰卡网', '<p>© 2026 星辰卡网 版权所有 QQ、Q币为腾讯公司注册商标，本站与腾讯公司无关</p>'],
  ['copyright belongs to the shop with a brand-like name', '京东卡密商城', '<p>© 2026 京东卡密商城 版权所有</p>'],
  ['an article about the vendor', '腾讯官方充值中心入口在哪 - 游戏笔记', '<p>腾讯官方充值中心在 pay.qq.com。</p>'],
  ['a link to the vendor', '星辰卡网', '<p><a href="https://pay.qq.com/">去腾讯官方充值中心</a></p>'],
  ['news mentioning the vendor\'s copyright in text', '新闻', '<p>腾讯表示，相关图片版权归腾讯公司所有。</p>'],
  ['a footer holding the shop\'s own numbers', '星辰卡网', '<footer><p>京ICP备2019036842号-1</p><p>© 2026 星辰网络科技有限公司 版权所有</p></footer>'],
];

describe('impersonation from page claims', () => {
  it.each(FIRES)('%s → danger', (_n, title, body, vendorId, kind) => {
    const [s] = judge(title, body);
    expect(s?.severity).toBe('danger');
    expect(s?.params).toMatchObject({ vendorId, kind });
    expect(s?.evidence.some((e) => e.where === `claim:${kind}` && e.quote.length > 0)).toBe(true);
    expect(String(s?.params.claim).length).toBeGreaterThan(0);
  });

  it.each(SILENT)('%s → silent', (_n, title, body) => expect(judge(title, body)).toEqual([]));

  it('claims count on shops only (an article page is not a shop)', () => {
    expect(judge('腾讯官方充值中心', '<p>x</p>', 'chongzhi-zx.example', { isShop: false })).toEqual([]);
  });

  it('a domain the registry files under the number shown is the vendor\'s own (unlisted) site', () => {
    const own = record({ domain: 'chongzhi-zx.example', mainLicence: '粤B2-20090059', serviceLicence: '粤B2-20090059-77' });
    expect(judge('充值', '<footer><p>粤B2-20090059</p></footer>', 'chongzhi-zx.example', { icp: found(own) })).toEqual([]);
  });

  it('a host imitation and a page claim make one danger signal with both as evidence', () => {
    const [s, ...rest] = judge('腾讯官方充值中心', '<p>Q币</p>', 'qq.example');
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ severity: 'danger', params: { kind: 'same-name', pageClaim: 'page-site-name' } });
    expect(s!.evidence.map((e) => e.where)).toEqual(['lookalike:same-name', 'claim:page-site-name']);
  });

  it('never fires on an official vendor domain, whatever its pages claim', () => {
    for (const v of VENDOR_LIST.vendors) {
      const numbers = (v.licences ?? []).map((l) => `<p>${l.number}</p>`).join('');
      const names = [...(v.names?.['zh-CN'] ?? []), ...(v.names?.en ?? [])];
      const body = `<h1>${names[0] ?? v.id}官方充值中心</h1><footer>${numbers}<p>© 2026 ${names[0] ?? v.id} 版权所有</p><p>腾讯公司 版权所有</p></footer>`;
      for (const d of v.domains) {
        for (const host of [d, `www.${d}`, `pay.${d}`]) expect(judge(`${names[0] ?? ''}官方充值 - ${names[0] ?? ''}`, body, host), host).toEqual([]);
      }
    }
  });
});
