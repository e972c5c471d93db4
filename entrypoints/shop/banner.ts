// The in-page warning banner. Plain DOM in a CLOSED shadow root (no React here): the shop's CSS cannot reach
// inside, its scripts cannot get at the shadow root, and the host's own style is inline !important and restored if
// the page removes or restyles it. It sits at the top and takes its own space there (banner-space.ts pushes the page
// down), so the shop's header stays visible; compact (one line and its buttons, ≤ 64 px at 480 px wide).
// Where the browser has popovers it is shown in the top layer, above anything the page stacks with z-index and out
// of reach of <body>'s clip-path or transform; banner-visibility.ts checks it is really seen, and when it is not,
// `on.hidden` hands the warning to surfaces the page cannot touch (the toolbar, an extension page).
import { reserveSpace } from './banner-space';
import { cheapHiddenReason, clickLandedOn, inTopLayer, trackVisibility, type HiddenReason } from './banner-visibility';

export type BannerSpec = {
  tone: 'red' | 'amber';
  /** One sentence, already in the person's language (the background writes it). */
  text: string;
  reasonsLabel: string;
  dismissLabel: string;
  /** 离开此网站; empty: no such button (an older background). */
  leaveLabel: string;
  title: string;
  /** It warns about a payment step: a dismissal of the page's earlier banner does not hold for it. */
  paymentStep: boolean;
};

const HOST_STYLE: Record<string, string> = {
  all: 'initial', position: 'fixed', top: '0', left: '0', right: '0', 'z-index': '2147483647', display: 'block',
  visibility: 'visible', opacity: '1', transform: 'none', filter: 'none', 'clip-path': 'none', 'pointer-events': 'auto',
  margin: '0', padding: '0', width: 'auto', height: 'auto', 'max-height': 'none', overflow: 'visible',
  // The popover UA style (inset: 0, border, background) must not turn the bar into a full-screen sheet.
  bottom: 'auto', inset: '0 0 auto 0', border: '0', background: 'transparent', color: 'inherit',
};

/** When checks run after mounting (ms), then every CHECK_EVERY_MS: cheap (a hit test and a few computed styles). */
const CHECK_AT = [300, 1000, 2500];
const CHECK_EVERY_MS = 1000;
/** How often the banner re-raises itself over another top-layer element before it reports itself hidden. */
const RAISE_BUDGET = 3;

// One line (shape, name, sentence) and the buttons; the buttons wrap under it on a narrow window, and the sentence
// is cut with an ellipsis rather than taking more lines (its whole text is the line's tooltip and is in the popup).
const CSS = `
.bar { box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; padding: 5px 12px;
  font: 14px/20px system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: #fff; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
.red { background: #b91c1c; } .amber { background: #92400e; }
.line { display: flex; align-items: center; gap: 8px; flex: 1 1 320px; min-width: 0; }
.shape { font-size: 18px; line-height: 1; } .brand { font-weight: 700; white-space: nowrap; }
.text { flex: 1 1 auto; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.actions { display: flex; gap: 6px; margin-left: auto; }
button { font: inherit; font-size: 13px; line-height: 18px; padding: 2px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #fff; white-space: nowrap; }
.leave { background: #fff; color: #111827; font-weight: 700; } .reasons, .dismiss { background: transparent; color: #fff; }
.dismiss { border-color: transparent; text-decoration: underline; }
button:focus-visible { outline: 3px solid #fde68a; outline-offset: 2px; }
`;

export type MountedBanner = { remove(): void; readonly host: HTMLElement };

export type BannerEvents = {
  reasons(): void;
  dismiss(): void;
  /** The banner is not actually visible (once per mount). */
  hidden?(reason: HiddenReason): void;
  /** A trusted click on 我已了解 that did not land on it with nothing drawn over it: refused. */
  refusedDismiss?(): void;
  /** 离开此网站 (a trusted click). */
  leave?(): void;
};

export function mountBanner(doc: Document, spec: BannerSpec, on: BannerEvents): MountedBanner {
  const host = doc.createElement(`kadun-banner-${Math.random().toString(36).slice(2, 8)}`);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const bar = doc.createElement('div');
  bar.className = `bar ${spec.tone}`;
  bar.setAttribute('role', 'alert');
  bar.dataset.tone = spec.tone;
  const shape = doc.createElement('span');
  shape.className = 'shape';
  shape.setAttribute('aria-hidden', 'true');
  shape.textContent = spec.tone === 'red' ? '⬣' : '▲';
  const brand = doc.createElement('span');
  brand.className = 'brand';
  brand.textContent = spec.title;
  const text = doc.createElement('span');
  text.className = 'text';
  text.textContent = spec.text;
  text.title = spec.text;
  const line = doc.createElement('div');
  line.className = 'line';
  line.append(shape, brand, text);
  const button = (cls: string, label: string) => {
    const b = doc.createElement('button');
    b.className = cls;
    b.type = 'button';
    b.textContent = label;
    return b;
  };
  const reasons = button('reasons', spec.reasonsLabel);
  const dismiss = button('dismiss', spec.dismissLabel);
  const leave = spec.leaveLabel ? button('leave', spec.leaveLabel) : null;
  const actions = doc.createElement('div');
  actions.className = 'actions';
  actions.append(...(leave ? [leave] : []), reasons, dismiss);
  bar.append(line, actions);
  shadow.append(style, bar);

  const applyStyle = () => {
    for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  };
  applyStyle();
  const canPopover = typeof host.showPopover === 'function';
  if (canPopover) host.setAttribute('popover', 'manual');
  // Showing it again moves it to the top of the top layer, over a popover the page opened after it.
  const raise = () => {
    if (!canPopover || !host.isConnected) return;
    try {
      if (inTopLayer(host)) host.hidePopover();
      host.showPopover();
    } catch {
      // Not allowed right now (e.g. a modal dialog blocks it): the visibility checks report it.
    }
  };
  const attach = () => {
    (doc.body ?? doc.documentElement).prepend(host);
    raise();
  };
  attach();
  const space = reserveSpace(doc, bar);

  let removed = false;
  // The page may remove the host or restyle it: put it back, as long as the person has not dismissed it.
  const guard = new MutationObserver(() => {
    if (removed) return;
    if (!host.isConnected) attach();
    if (host.getAttribute('style') !== lastStyle) {
      applyStyle();
      lastStyle = host.getAttribute('style');
    }
    if (host.hidden) host.hidden = false;
    if (canPopover && host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    space.update();
  });
  // The page may call hidePopover() on the host (no mutation is seen): show it again — a bounded number of times, so a
  // page that hides it on every toggle gets no endless loop; then the visibility checks report it hidden.
  let toggleRaises = 0;
  host.addEventListener('toggle', () => {
    if (!removed && canPopover && !inTopLayer(host) && toggleRaises++ < 20) queueMicrotask(raise);
  });
  let lastStyle = host.getAttribute('style');
  guard.observe(doc.documentElement, { childList: true, subtree: true });
  guard.observe(host, { attributes: true });
  // <html>'s own style (our top margin) on its own observer: observe() again on the same node would replace the
  // subtree options above, and a subtree style filter would wake us for every animation on the page.
  const marginGuard = new MutationObserver(() => !removed && space.update());
  marginGuard.observe(doc.documentElement, { attributes: true, attributeFilter: ['style'] });

  // Visibility: IntersectionObserver v2 where the browser has it, and the cheap checks on a schedule.
  let raises = 0;
  let misses = 0;
  let reported = false;
  const visibility = trackVisibility(bar, () => undefined);
  const check = () => {
    if (removed || reported || !host.isConnected) return;
    let reason = cheapHiddenReason(doc, host, bar) ?? (visibility.latest() === false ? 'occluded' : null);
    // Another element took the top of the top layer (or covers us): take it back, a few times.
    if (reason && reason !== 'ancestor-style' && reason !== 'off-screen' && canPopover && raises < RAISE_BUDGET) {
      raises++;
      raise();
      reason = cheapHiddenReason(doc, host, bar);
    }
    misses = reason ? misses + 1 : 0;
    // Two checks in a row: a transition or a late layout does not count as hiding.
    if (reason && misses >= 2) {
      reported = true;
      on.hidden?.(reason);
    }
  };
  const win = doc.defaultView;
  const timers = CHECK_AT.map((ms) => win?.setTimeout(check, ms));
  const interval = win?.setInterval(check, CHECK_EVERY_MS);

  const remove = () => {
    removed = true;
    guard.disconnect();
    marginGuard.disconnect();
    space.release();
    visibility.stop();
    for (const t of timers) if (t !== undefined) win?.clearTimeout(t);
    if (interval !== undefined) win?.clearInterval(interval);
    host.remove();
  };
  // Only trusted (real user) clicks count: a page script cannot click "我已了解" for the person.
  reasons.addEventListener('click', (e) => e.isTrusted && on.reasons());
  leave?.addEventListener('click', (e) => e.isTrusted && on.leave?.());
  dismiss.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    // The click must have landed on this button with nothing of the page drawn over it: a decoy over 我已了解
    // (pointer-events: none lets the click through) must not turn a click on something else into a dismissal.
    if (!clickLandedOn(doc, host, dismiss, e.clientX, e.clientY, visibility.latest())) {
      on.refusedDismiss?.();
      raise();
      return;
    }
    remove();
    on.dismiss();
  });
  return { remove, host };
}
