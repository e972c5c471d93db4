// The in-page warning banner. Plain DOM in a CLOSED shadow root (no React here): the shop's CSS cannot reach
// inside, its scripts cannot get at the shadow root, and the host's own style is inline !important and restored if
// the page removes or restyles it. It sits at the top and never blocks the page: the page stays usable below it.

export type BannerSpec = {
  tone: 'red' | 'amber';
  /** One sentence, already in the person's language (the background writes it). */
  text: string;
  reasonsLabel: string;
  dismissLabel: string;
  title: string;
};

const HOST_STYLE: Record<string, string> = {
  all: 'initial', position: 'fixed', top: '0', left: '0', right: '0', 'z-index': '2147483647', display: 'block',
  visibility: 'visible', opacity: '1', transform: 'none', filter: 'none', 'clip-path': 'none', 'pointer-events': 'auto',
  margin: '0', padding: '0', width: 'auto', height: 'auto', 'max-height': 'none', overflow: 'visible',
};

const CSS = `
.bar { box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; padding: 10px 16px;
  font: 15px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.red { background: #b91c1c; } .amber { background: #92400e; }
.shape { font-size: 20px; line-height: 1; } .brand { font-weight: 700; }
.text { flex: 1 1 260px; min-width: 0; overflow-wrap: anywhere; }
button { font: inherit; font-size: 14px; padding: 4px 12px; border-radius: 6px; cursor: pointer; border: 1px solid #fff; }
.reasons { background: #fff; color: #111827; } .dismiss { background: transparent; color: #fff; }
button:focus-visible { outline: 3px solid #fde68a; outline-offset: 2px; }
`;

export type MountedBanner = { remove(): void; readonly host: HTMLElement };

export function mountBanner(doc: Document, spec: BannerSpec, on: { reasons(): void; dismiss(): void }): MountedBanner {
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
  const reasons = doc.createElement('button');
  reasons.className = 'reasons';
  reasons.type = 'button';
  reasons.textContent = spec.reasonsLabel;
  const dismiss = doc.createElement('button');
  dismiss.className = 'dismiss';
  dismiss.type = 'button';
  dismiss.textContent = spec.dismissLabel;
  bar.append(shape, brand, text, reasons, dismiss);
  shadow.append(style, bar);

  const applyStyle = () => {
    for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  };
  applyStyle();
  const attach = () => (doc.body ?? doc.documentElement).prepend(host);
  attach();

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
  });
  let lastStyle = host.getAttribute('style');
  guard.observe(doc.documentElement, { childList: true, subtree: true });
  guard.observe(host, { attributes: true });

  const remove = () => {
    removed = true;
    guard.disconnect();
    host.remove();
  };
  // Only trusted (real user) clicks count: a page script cannot click "我已了解" for the person.
  reasons.addEventListener('click', (e) => e.isTrusted && on.reasons());
  dismiss.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    remove();
    on.dismiss();
  });
  return { remove, host };
}
