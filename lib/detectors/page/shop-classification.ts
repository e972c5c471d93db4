import { classifyShop, type ShopClass } from '../../extract/shop-classifier';
import type { PageContext } from './context';

/** The page's shop classification on the full snapshot, computed once and shared by every detector that needs it. */
export function shopClass(ctx: PageContext): ShopClass {
  return ctx.memo('shop-class', () => {
    const s = ctx.snapshot;
    return classifyShop({
      title: s.title,
      text: ctx.blocks.map((b) => b.norm).join(' ').slice(0, 20_000),
      actions: ctx.blocks.filter((b) => b.tag === 'button' || b.tag === 'a' || b.tag === 'input').map((b) => b.norm),
      code: [...s.scripts.srcs, ...s.links.map((l) => l.href), ...s.forms.map((f) => f.action), ...s.scripts.inline],
      formFields: s.forms.flatMap((f) => f.fields),
    });
  });
}
