import type { Verdict } from '../../lib/core/types';
import { ageText, providerName, reasonText, t, type Locale } from '../../lib/i18n';

const SOURCES = ['page', 'icp', 'rdap', 'list'] as const;

export type SourceStatusProps = {
  locale: Locale;
  sources: Verdict['sources'];
  /** When the verdict was made: a source's age is told relative to it. */
  checkedAt: number;
};

/** Collapsed at the foot of the popup. One row per data source: ok, not found, unavailable with why, off — so a gap is visible, never silent. */
export function SourceStatus({ locale, sources, checkedAt }: SourceStatusProps) {
  return (
    <details className="sources">
      <summary>{t(locale, 'ui.sources')}</summary>
      <dl>
        {SOURCES.map((id) => {
          const s = sources[id];
          const detail = [
            s.provider ? providerName(locale, s.provider) : undefined,
            s.reason ? reasonText(locale, s.reason) : undefined,
            s.fetchedAt && s.fetchedAt > 0 ? ageText(locale, checkedAt - s.fetchedAt) : undefined,
          ].filter(Boolean).join(locale === 'en' ? ', ' : '，');
          return (
            <div key={id} className={`source source-${s.state}`} data-source={id} data-state={s.state}>
              <dt>{t(locale, `source.${id}`)}</dt>
              <dd>
                {t(locale, `source.state.${s.state}`)}
                {detail ? (locale === 'en' ? ` (${detail})` : `（${detail}）`) : ''}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
