import type { Severity, Signal } from '../../lib/core/types';
import { signalText, t, type Locale } from '../../lib/i18n';

const ORDER: Severity[] = ['danger', 'warn', 'good', 'info'];

export type SignalListProps = {
  locale: Locale;
  signals: Signal[];
  /** "在页面上显示": scroll the shop page to the block and outline it (absent: no button). */
  onShow?: (blockId: number) => void;
};

function sourceLine(locale: Locale, s: Signal): string {
  if (s.source.kind === 'page') return t(locale, 'source.from-page');
  if (s.source.kind === 'user') return t(locale, 'source.from-user');
  return t(locale, 'source.from-provider', { provider: s.source.provider, time: new Date(s.source.fetchedAt).toLocaleString(locale) });
}

/** Reasons grouped danger → warn → good → info; each with its explanation, evidence quotes and source. */
export function SignalList({ locale, signals, onShow }: SignalListProps) {
  if (signals.length === 0) return <p className="signals-empty">{t(locale, 'ui.no-signals')}</p>;
  return (
    <div className="signals">
      {ORDER.map((severity) => {
        const group = signals.filter((s) => s.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`signal-group severity-${severity}`} data-severity={severity}>
            <h2>{t(locale, `severity.${severity}`)} ({group.length})</h2>
            <ul>
              {group.map((s, i) => {
                const text = signalText(locale, s);
                return (
                  <li key={`${s.id}-${i}`} className="signal" data-signal-id={s.id}>
                    <details>
                      <summary className="signal-title">{text.title}</summary>
                      {text.explain && <p className="signal-explain">{text.explain}</p>}
                      {text.action && <p className="signal-action">{text.action}</p>}
                    </details>
                    {s.evidence.length > 0 && (
                      <ul className="signal-evidence" aria-label={t(locale, 'ui.evidence')}>
                        {s.evidence.slice(0, 3).map((e, k) => (
                          <li key={k}>
                            <q>{e.quote}</q>
                            {onShow && e.blockId !== undefined && (
                              <button type="button" className="show-on-page" data-block-id={e.blockId} onClick={() => onShow(e.blockId!)}>
                                {t(locale, 'ui.show-on-page')}
                              </button>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                    <p className="signal-source">{sourceLine(locale, s)}</p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
