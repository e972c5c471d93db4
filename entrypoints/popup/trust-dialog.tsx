// "信任此网站" on a page with danger: a confirmation that names the dangers (issue 11 item 1). A scammer's "插件误报，
// 点信任就行" must meet the dangers in plain words first. The safe choice comes first and holds the focus, so Enter or
// Esc keeps the site untrusted. Loaded lazily: most popups never open it.
import { useEffect, useRef } from 'react';
import { t, type Locale } from '../../lib/i18n';

export type TrustDialogProps = { locale: Locale; dangers: string[]; onCancel: () => void; onConfirm: () => void };

export default function TrustDialog({ locale, dangers, onCancel, onConfirm }: TrustDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    safe.current?.focus();
  }, []);
  return (
    <dialog ref={dialog} className="trust-dialog" aria-labelledby="trust-dialog-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id="trust-dialog-title">{t(locale, 'popup.trust-confirm.title')}</h2>
      <p>{t(locale, 'popup.trust-confirm.intro', { count: dangers.length })}</p>
      <ul className="trust-dangers">{dangers.map((d) => <li key={d}>{d}</li>)}</ul>
      <p className="trust-after">{t(locale, 'popup.trust-confirm.after')}</p>
      <div className="dialog-buttons">
        <button ref={safe} type="button" name="trust-cancel" className="primary" onClick={onCancel}>{t(locale, 'popup.trust-confirm.cancel')}</button>
        <button type="button" name="trust-confirm" className="quiet" onClick={onConfirm}>{t(locale, 'popup.trust-confirm.ok')}</button>
      </div>
    </dialog>
  );
}
