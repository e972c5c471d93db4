import type { Light } from '../../lib/core/types';
import { LIGHT_SHAPE, t, type Locale } from '../../lib/i18n';

export type VerdictHeaderProps = {
  locale: Locale;
  light: Light;
  headline: string;
  /** "另有 N 项同类问题", or '' — told apart from the headline, never chained onto it. */
  more: string;
  /**
   * The person's own trust decided the light: the header is neutral and says "你选择了信任", never the green light's
   * "已核实" — green means verified positive evidence, and a click is not evidence.
   */
  trusted: boolean;
  domain: string;
  checkedAt: number;
};

export function VerdictHeader({ locale, light, headline, more, trusted, domain, checkedAt }: VerdictHeaderProps) {
  const label = trusted ? t(locale, 'popup.light.trusted') : t(locale, `light.${light}`);
  return (
    <header className={`verdict-header light-${trusted ? 'trusted' : light}`} data-light={light}>
      <div className="verdict-light" role="img" aria-label={label}>
        <span className="verdict-shape" aria-hidden="true">{LIGHT_SHAPE[light]}</span>
        <span className="verdict-light-text">{label}</span>
      </div>
      <h1 className="verdict-headline">{headline}</h1>
      {more && <p className="verdict-more">{more}</p>}
      <p className="verdict-meta">
        <span>{t(locale, 'ui.domain')}{t(locale, 'ui.colon')}<b>{domain}</b></span>
        <span> · {t(locale, 'ui.checked-at', { time: new Date(checkedAt).toLocaleTimeString(locale) })}</span>
      </p>
    </header>
  );
}
