import { sizeText } from '../../lib/core/report-fields';
import type { Report } from '../../lib/core/types';
import { t, type Locale } from '../../lib/i18n';

const when = (locale: Locale, ms: number) => new Date(ms).toLocaleString(locale);

/** One saved report or appeal, read-only: the facts the person entered, thumbnails, and a link to open it again. */
export function ReportRow({ locale, report: r }: { locale: Locale; report: Report }) {
  const facts = [
    ['report.heading.amount', r.amount ? t(locale, 'report.amount.value', { amount: r.amount }) : ''],
    ['report.heading.payee', r.payee ?? ''],
    ['report.heading.order', r.orderNo ?? ''],
    ['report.heading.paid-at', (r.paidAt ?? '').replace('T', ' ')],
  ] as const;
  const shots = r.screenshots ?? [];
  return (
    <li data-report-id={r.id}>
      <b>{t(locale, `history.kind.${r.kind}`)}</b> {r.domain} · {t(locale, `category.${r.category}`)} · {when(locale, r.createdAt)} · {t(locale, `history.status.${r.status}`)}{' '}
      <a href={`report.html?id=${r.id}`} target="_blank" rel="noreferrer">{t(locale, 'report.open-saved')}</a>
      {facts.some(([, v]) => v) && (
        <dl className="report-facts">
          {facts.filter(([, v]) => v).map(([k, v]) => <div key={k} data-fact={k.slice('report.heading.'.length)}><dt>{t(locale, k)}</dt><dd>{v}</dd></div>)}
        </dl>
      )}
      {r.text && <p className="text">{r.text}</p>}
      {shots.length > 0 && (
        <div className="report-shots">
          <span>{t(locale, 'report.records.shots', { n: shots.length, sizes: shots.map((s) => sizeText(s.size)).join('、') })}</span>
          {shots.map((s) => <img key={s.id} src={s.thumb} alt={t(locale, 'report.shots.alt', { name: s.name })} />)}
        </div>
      )}
    </li>
  );
}
