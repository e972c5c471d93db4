import type { Light } from '../../lib/core/types';
import { LIGHT_SHAPE, t, type Locale } from '../../lib/i18n';


export type VerdictHeaderProps = { locale: Locale; light: Light; headline: string; domain: string; checkedAt: number };

export function VerdictHeader({ locale, light, headline, domain, checkedAt }: VerdictHeaderProps) {
  return (
    <header className={`verdict-header light-${light}`} data-light={light}>
      <div className="verdict-light" role="img" aria-label={t(locale, `light.${light}`)}>
        <span className="verdict-shape" aria-hidden="true">{LIGHT_SHAPE[light]}</span>
        <span className="verdict-light-text">{t(locale, `light.${light}`)}</span>
      </div>
      <h1 className="verdict-headline">{headline}</h1>
      <p className="verdict-meta">
        <span>{t(locale, 'ui.domain')}{t(locale, 'ui.colon')}<b>{domain}</b></span>
        <span> · {t(locale, 'ui.checked-at', { time: new Date(checkedAt).toLocaleTimeString(locale) })}</span>
      </p>
    </header>
  );
}
