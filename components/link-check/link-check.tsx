// Check a link before visiting it: a paste box and the answer. Render only (style.md rule 10): the check page (and,
// later, the popup) holds the state and sends link/check. The answer says what was found and, always, what could
// not be checked without loading the page.
import type { FormEvent } from 'react';
import type { Signal } from '../../lib/core/types';
import { headlineText, LIGHT_SHAPE, signalText, t, type Locale } from '../../lib/i18n';
import type { ResponseOf } from '../../lib/messaging/contracts';
import type { UiKey } from '../../lib/i18n/ui.zh-CN';

export type LinkCheckReply = ResponseOf<'link/check'>;

export type LinkCheckProps = {
  locale: Locale;
  value: string;
  busy: boolean;
  reply: LinkCheckReply | null;
  /** A failed request (not a refused input, which is part of `reply`). */
  error: string | null;
  onChange: (value: string) => void;
  onSubmit: () => void;
  /** Heading level of the result: 2 on the check page; the popup may pass 3. */
  level?: 2 | 3;
};

const SHOWN: ReadonlySet<Signal['severity']> = new Set(['danger', 'warn', 'good']);

export function LinkCheck({ locale, value, busy, reply, error, onChange, onSubmit, level = 2 }: LinkCheckProps) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <div className="link-check">
      <form className="link-check-form" onSubmit={submit} aria-busy={busy}>
        <label htmlFor="link-input">{t(locale, 'check.label')}</label>
        <div className="link-check-row">
          <input id="link-input" name="link" type="text" inputMode="url" spellCheck={false} autoComplete="off" value={value}
            placeholder={t(locale, 'check.placeholder')} onChange={(e) => onChange(e.target.value)} />
          <button type="submit" name="check" disabled={busy}>{t(locale, busy ? 'check.checking' : 'check.submit')}</button>
        </div>
      </form>
      {error !== null && <p className="link-check-error" role="alert">{t(locale, 'check.error', { message: error })}</p>}
      {reply && !reply.ok && <p className="link-check-error" role="alert">{t(locale, `check.error.${reply.reason}`)}</p>}
      {reply?.ok && <LinkResult locale={locale} reply={reply} level={level} />}
    </div>
  );
}

function LinkResult({ locale, reply, level }: { locale: Locale; reply: Extract<LinkCheckReply, { ok: true }>; level: 2 | 3 }) {
  const { verdict } = reply;
  const H = level === 2 ? 'h2' : 'h3';
  const shown = verdict.signals.filter((s) => SHOWN.has(s.severity));
  return (
    <section className="link-check-result" data-light={verdict.light} aria-live="polite">
      <div className={`verdict-header light-${verdict.light}`}>
        <H className="verdict-light"><span className="verdict-shape" aria-hidden="true">{LIGHT_SHAPE[verdict.light]}</span>
          {t(locale, `light.${verdict.light}`)} · {t(locale, 'check.result', { domain: reply.domain })}</H>
        <p className="verdict-headline">{headlineText(locale, verdict)}</p>
      </div>
      {shown.length === 0 && <p className="link-check-nothing">{t(locale, 'check.nothing')}</p>}
      <ul className="link-check-signals">
        {shown.map((s, i) => {
          const text = signalText(locale, s);
          return (
            <li key={`${s.id}-${i}`} className={`signal severity-${s.severity}`} data-signal={s.id}>
              <p className="signal-title">{text.title}</p>
              <p className="signal-explain">{text.explain}</p>
              {text.action && <p className="signal-action">{text.action}</p>}
              {s.evidence.length > 0 && (
                <ul className="signal-evidence" aria-label={t(locale, 'check.evidence')}>
                  {s.evidence.slice(0, 5).map((e, j) => <li key={j}>{e.quote}</li>)}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <H className="link-check-unchecked-title">{t(locale, 'check.unchecked.heading')}</H>
      <ul className="link-check-unchecked">
        {reply.unchecked.map((u) => (
          <li key={u.part} data-part={u.part}>
            {t(locale, (u.part === 'page' ? 'check.unchecked.page' : `check.unchecked.${u.part}.${u.state}`) as UiKey)}
          </li>
        ))}
      </ul>
    </section>
  );
}
