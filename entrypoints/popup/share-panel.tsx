// "复制警告": the hedged text for a chat group (lib/core/share.ts), copied to the clipboard and also shown in a
// read-only box — the clipboard can be refused (focus, policy), and a person may want to see what they share.
import { useEffect, useRef, useState } from 'react';
import { shareText } from '../../lib/core/share';
import type { Light, Verdict } from '../../lib/core/types';
import { signalHeadline, t, type Locale } from '../../lib/i18n';

export function warningText(locale: Locale, verdict: Verdict): string {
  return shareText(verdict, {
    heading: (light: Light, params) => t(locale, `share.${light}`, params),
    reason: (id) => signalHeadline(locale, id),
    footer: t(locale, 'share.footer'),
  });
}

export function SharePanel({ locale, verdict }: { locale: Locale; verdict: Verdict }) {
  const text = warningText(locale, verdict);
  const [copied, setCopied] = useState<boolean | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    navigator.clipboard.writeText(text).then(() => setCopied(true), () => {
      setCopied(false);
      box.current?.select();
    });
  }, [text]);
  return (
    <section className="share-panel" aria-live="polite">
      {copied !== null && <p className="share-status" data-copied={copied}>{t(locale, copied ? 'popup.share.copied' : 'popup.share.fallback')}</p>}
      <textarea ref={box} name="share-text" readOnly value={text} rows={Math.min(8, text.split('\n').length + 1)} />
    </section>
  );
}
