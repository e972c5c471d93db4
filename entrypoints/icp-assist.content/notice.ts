// The small notice on the MIIT page: plain DOM in a CLOSED shadow root (the page's CSS cannot reach it, its scripts
// cannot read it). It says what KaDun did and that the person does the query; it never covers the page's captcha.

const HOST_STYLE: Record<string, string> = {
  all: 'initial', position: 'fixed', right: '16px', bottom: '16px', 'z-index': '2147483647', display: 'block',
  'max-width': '360px', margin: '0', padding: '0',
};

const CSS = `
.box { box-sizing: border-box; display: flex; gap: 10px; align-items: flex-start; padding: 10px 12px; border-radius: 8px;
  font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: #fff; background: #0f766e; box-shadow: 0 2px 10px rgba(0,0,0,.3); }
.box[data-tone="warn"] { background: #92400e; }
.text { flex: 1 1 auto; overflow-wrap: anywhere; }
button { flex: none; white-space: nowrap; font: inherit; font-size: 13px; padding: 2px 8px; border-radius: 6px; border: 1px solid #fff; background: transparent;
  color: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #fde68a; outline-offset: 2px; }
`;

export type Notice = { show(text: string, tone?: 'info' | 'warn'): void; remove(): void; readonly host: HTMLElement };

export function mountNotice(doc: Document, closeLabel: string): Notice {
  const host = doc.createElement('kadun-assist-notice');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  const text = doc.createElement('span');
  text.className = 'text';
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = closeLabel;
  box.append(text, close);
  shadow.append(style, box);
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  close.addEventListener('click', (e) => e.isTrusted && host.remove());
  return {
    host,
    show(message, tone = 'info') {
      text.textContent = message;
      box.dataset.tone = tone;
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    },
    remove: () => host.remove(),
  };
}
