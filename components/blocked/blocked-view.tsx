// The interstitial for a site the community list confirms (docs/interstitial.md), modelled on Safe Browsing's
// warning: what, why, since when and the evidence; "离开" is the one prominent button, and "仍要访问" sits inside
// a details toggle with the risk spelt out. Render only: entrypoints/blocked holds the state.
import type { Signal } from '../../lib/core/types';
import { t, type Locale } from '../../lib/i18n';
import { listParamLabels } from '../../lib/i18n/signals/list';

export type BlockedState =
  | { kind: 'loading' }
  | { kind: 'bad-url' }
  | { kind: 'left' }
  /** Not (or no longer) a confirmed entry, or bypassed before: nothing to warn about, the way on is plain. */
  | { kind: 'gone'; domain: string }
  | { kind: 'listed'; domain: string; signal: Signal };

export type BlockedViewProps = { locale: Locale; state: BlockedState; busy: boolean; onLeave: () => void; onProceed: () => void };

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export function BlockedView({ locale, state, busy, onLeave, onProceed }: BlockedViewProps) {
  if (state.kind === 'loading') return <main className="blocked" aria-busy="true"><p>{t(locale, 'ui.loading')}</p></main>;
  if (state.kind === 'bad-url') return <main className="blocked"><p role="alert">{t(locale, 'blocked.bad-url')}</p></main>;
  if (state.kind === 'left') return <main className="blocked"><p role="status">{t(locale, 'blocked.left')}</p></main>;
  if (state.kind === 'gone') {
    return (
      <main className="blocked blocked-gone">
        <p>{t(locale, 'blocked.gone', { domain: state.domain })}</p>
        <button type="button" name="continue" onClick={onProceed} disabled={busy}>{t(locale, 'blocked.continue', { domain: state.domain })}</button>
      </main>
    );
  }
  const p = state.signal.params;
  const labels = listParamLabels[locale === 'en' ? 'en' : 'zh'].category;
  const category = labels[str(p.category) as keyof typeof labels] ?? str(p.category);
  return (
    <main className="blocked" data-domain={state.domain}>
      <div className="blocked-banner" role="alert">
        <p className="blocked-shape" aria-hidden="true">⬣</p>
        <h1>{t(locale, 'blocked.title')}</h1>
        <p className="blocked-lead">{t(locale, 'blocked.lead', { domain: state.domain })}</p>
      </div>
      <section aria-labelledby="blocked-why">
        <h2 id="blocked-why">{t(locale, 'blocked.why')}</h2>
        <ul className="blocked-facts">
          <li data-fact="category">{t(locale, 'blocked.category', { category })}</li>
          <li data-fact="note">{t(locale, 'blocked.note', { note: str(p.note) })}</li>
          <li data-fact="since">{t(locale, 'blocked.since', { firstSeen: str(p.firstSeen), lastSeen: str(p.lastSeen) })}</li>
          <li data-fact="list">{t(locale, 'blocked.list', { listVersion: str(p.listVersion) })}</li>
        </ul>
        {state.signal.evidence.length > 0 && (
          <>
            <h2>{t(locale, 'blocked.evidence', { count: state.signal.evidence.length })}</h2>
            <ul className="blocked-evidence">
              {state.signal.evidence.map((e, i) => (
                <li key={i}>{/^https:\/\//.test(e.quote) ? <a href={e.quote} target="_blank" rel="noopener noreferrer">{e.quote}</a> : e.quote}</li>
              ))}
            </ul>
          </>
        )}
        <p className="blocked-advice">{t(locale, 'blocked.advice')}</p>
      </section>
      <div className="blocked-actions">
        <button type="button" name="leave" className="primary" onClick={onLeave} autoFocus>{t(locale, 'blocked.leave')}</button>
      </div>
      <details className="blocked-details">
        <summary>{t(locale, 'blocked.details')}</summary>
        <p>{t(locale, 'blocked.risk')}</p>
        <p>{t(locale, 'blocked.appeal')}</p>
        <button type="button" name="proceed" className="proceed" onClick={onProceed} disabled={busy}>{t(locale, 'blocked.proceed', { domain: state.domain })}</button>
      </details>
    </main>
  );
}
