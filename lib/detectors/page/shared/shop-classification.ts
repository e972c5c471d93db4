import { classifyShop, type ShopClass } from '../../../extract/shop-classifier';
import type { PageContext } from '../context';
import { pageSoftware } from '../shop-software';

/** The page's shop classification on the full snapshot, computed once and shared by every detector that needs it. */
export function shopClass(ctx: PageContext): ShopClass {
  return ctx.memo('shop-class', () => {
    const s = ctx.snapshot;
    const cls = classifyShop({
      title: s.title,
      text: ctx.blocks.map((b) => b.norm).join(' ').slice(0, 20_000),
      actions: ctx.blocks.filter((b) => b.tag === 'button' || b.tag === 'a' || b.tag === 'input').map((b) => b.norm),
      shortTexts: ctx.blocks.filter((b) => b.norm.length <= 6).map((b) => b.norm),
      code: [...s.scripts.srcs, ...s.links.map((l) => l.href), ...s.forms.map((f) => f.action), ...s.scripts.inline],
      formFields: s.forms.flatMap((f) => f.fields),
      // Pay buttons that are only icons name their wallet in a value (彩虹代刷's reg.php: button[name=type][value=alipay]).
      payControls: ctx.controls.filter((c) => c.where === 'value' || c.where === 'label').map((c) => c.norm),
    });
    // A card-shop system's own page (a 卡密社区 home whose tiles link to a login, a sub-site sign-up) is a shop page
    // even without a buy button: the software says what the site is.
    const software = pageSoftware(ctx).filter((m) => CARD_SHOP_SOFTWARE.has(m.software));
    if (cls.isShop || software.length === 0 || !cls.reasons.some((r) => r.startsWith('product:'))) return cls;
    return { isShop: true, reasons: [...cls.reasons, `software:${software[0]!.software}`] };
  });
}

/** Systems that only ever run shops (a payment gateway's pages are judged by the payment rules instead). */
const CARD_SHOP_SOFTWARE = new Set<string>(['dujiaoka', 'acg-faka', 'mcy-shop', 'daishua', 'zfaka']);
