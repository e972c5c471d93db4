import { t, type Locale } from '../../lib/i18n';
import type { UiKey } from '../../lib/i18n/ui.zh-CN';

export type AdviceListProps = { locale: Locale; advice: string[] };

export function AdviceList({ locale, advice }: AdviceListProps) {
  if (advice.length === 0) return null;
  return (
    <section className="advice">
      <h2>{t(locale, 'ui.advice')}</h2>
      <ul>{advice.map((key) => <li key={key}>{t(locale, key as UiKey)}</li>)}</ul>
    </section>
  );
}
