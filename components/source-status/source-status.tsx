import type { Verdict } from '../../lib/core/types';
import { reasonText, t, type Locale } from '../../lib/i18n';

const SOURCES = ['page', 'icp', 'rdap', 'list'] as const;

export type SourceStatusProps = { locale: Locale; sources: Verdict['sources'] };

/** One row per data source: ok, not found, unavailable with why, off — so a gap is visible, never silent. */
export function SourceStatus({ locale, sources }: SourceStatusProps) {
  return (
    <section className="sources">
      <h2>{t(locale, 'ui.sources')}</h2>
      <dl>
        {SOURCES.map((id) => {
          const s = sources[id];
          const reason = s.reason ? reasonText(locale, s.reason) : undefined;
          return (
            <div key={id} className={`source source-${s.state}`} data-source={id} data-state={s.state}>
              <dt>{t(locale, `source.${id}`)}</dt>
              <dd>
                {t(locale, `source.state.${s.state}`)}
                {reason ? (locale === 'en' ? ` (${reason})` : `（${reason}）`) : ''}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
