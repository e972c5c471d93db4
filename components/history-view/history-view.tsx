import type { HistoryEntry, Report } from '../../lib/core/types';
import { headlineText, LIGHT_SHAPE, lightLabel, t, type Locale } from '../../lib/i18n';
import { ReportRow } from './report-row';

export type OverrideItem = { domain: string; kind: 'trusted' | 'blocked'; setAt: number };

export type HistoryViewProps = {
  locale: Locale;
  history: HistoryEntry[];
  reports: Report[];
  overrides: OverrideItem[];
  notice: string | null;
  onExport: () => void;
  onClear: () => void;
  onRemoveOverride: (domain: string) => void;
};

const when = (locale: Locale, ms: number) => new Date(ms).toLocaleString(locale);

export function HistoryView({ locale, history, reports, overrides, notice, onExport, onClear, onRemoveOverride }: HistoryViewProps) {
  return (
    <main className="history">
      <h1>{t(locale, 'history.title')}</h1>
      <div className="actions">
        <button type="button" name="export" onClick={onExport}>{t(locale, 'history.export')}</button>
        <button type="button" name="clear" onClick={onClear}>{t(locale, 'history.clear')}</button>
      </div>
      {notice && <p role="status">{notice}</p>}

      <section>
        <h2>{t(locale, 'history.reports')}</h2>
        {reports.length === 0 ? <p>{t(locale, 'history.empty')}</p> : (
          <ul className="rows">
            {reports.map((r) => <ReportRow key={r.id} locale={locale} report={r} />)}
          </ul>
        )}
      </section>

      <section>
        <h2>{t(locale, 'history.overrides')}</h2>
        {overrides.length === 0 ? <p>{t(locale, 'history.empty')}</p> : (
          <ul className="rows">
            {overrides.map((o) => (
              <li key={o.domain}>
                {o.domain} · {t(locale, `history.override.${o.kind}`)} · {when(locale, o.setAt)}{' '}
                <button type="button" onClick={() => onRemoveOverride(o.domain)}>{t(locale, 'history.remove')}</button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h2>{t(locale, 'history.checked')}</h2>
        {history.length === 0 ? <p>{t(locale, 'history.empty')}</p> : (
          <ul className="rows">
            {history.map((h) => (
              <li key={h.id} className={`light-text-${h.light}`} data-light={h.light}>
                <span aria-hidden="true">{LIGHT_SHAPE[h.light]}</span> <b>{lightLabel(locale, h)}</b> {h.domain} · {when(locale, h.checkedAt)}
                <p className="text">{headlineText(locale, h)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
