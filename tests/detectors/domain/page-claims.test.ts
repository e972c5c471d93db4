// pageClaims: what a page says about itself, from the page parsers, with evidence pointing at the block it came from.
import { describe, expect, it } from 'vitest';
import { icpNumberForLookup, pageClaims } from '../../../lib/detectors/domain/page-claims';
import { contextFor } from '../../helpers/fixtures';

const page = (body: string) => contextFor(`<!doctype html><html><head><title>卡密商城</title></head><body>${body}</body></html>`);

describe('pageClaims', () => {
  it('collects well-formed ICP numbers, valid credit codes and operator names, each with its block', () => {
    const ctx = page(`
      <main><p>QQ会员月卡 20元 立即购买</p><p>我们是一家靠谱的有限公司</p><p>某某科技有限公司是我们的合作伙伴</p></main>
      <footer>
        <p>Copyright © 2024 北京示例网络科技有限公司 版权所有</p>
        <p>京ICP备2019036842号-1 京ICP证030173号 京公网安备11010802020000号</p>
        <p>统一社会信用代码：91110108551385082Q</p>
        <p>主办单位：深圳市示例贸易有限责任公司</p>
      </footer>`);
    const c = pageClaims(ctx);
    expect(c.icpNumbers).toEqual(['京ICP备2019036842号-1', '京ICP证030173号']);
    expect(c.usccs).toEqual(['91110108551385082Q']);
    expect(c.companies).toEqual(['北京示例网络科技有限公司', '深圳市示例贸易有限责任公司']);
    for (const key of [...c.icpNumbers, ...c.usccs, ...c.companies]) {
      const e = c.evidence[key]!;
      expect(e.quote).toContain(key.slice(0, 4));
      expect(ctx.blocks.some((b) => b.id === e.blockId)).toBe(true);
    }
    expect(icpNumberForLookup(c)).toBe('京ICP备2019036842号-1');
  });

  it('leaves out impossible numbers, failed codes and names without operator wording nearby', () => {
    const c = pageClaims(page(`
      <p>京ICP备12345678号-1</p><p>萌ICP备20240001号</p><p>京ICP备2099123456号</p>
      <p>统一社会信用代码：91110108551385082A</p>
      <p>QQ会员月卡 20元 立即购买</p>
      <p>无需营业执照 示例网络有限公司 代理加盟</p>
      <p>我们和示例科技有限公司合作</p>`));
    expect(c).toMatchObject({ icpNumbers: [], companies: [], usccs: [], licences: [], copyrightHolders: [] });
  });

  it('reads a name glued to its label or year, full-width brackets included', () => {
    const c = pageClaims(page('<p>©2023示例网络科技（北京）有限公司</p><p>经营者示例通讯经营部</p>'));
    expect(c.companies).toEqual(['示例网络科技(北京)有限公司', '示例通讯经营部']);
    expect(c.evidence['示例网络科技(北京)有限公司']!.quote).toContain('示例网络科技（北京）有限公司');
  });

  it('asks the number lookup about the filing number before a licence', () => {
    expect(icpNumberForLookup({ icpNumbers: ['京ICP证030173号', '京ICP备2019036842号-1'], companies: [], usccs: [], evidence: {} }))
      .toBe('京ICP备2019036842号-1');
    expect(icpNumberForLookup({ icpNumbers: [], companies: [], usccs: [], evidence: {} })).toBeUndefined();
  });
});
