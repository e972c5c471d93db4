import type { Light, Verdict } from '../../lib/core/types';
import { LIGHT_SHAPE, lightLabel, t, type Locale } from '../../lib/i18n';

export type VerdictHeaderProps = {
  locale: Locale;
  light: Light;
  headline: string;
  /** "另有 N 项同类问题", or '' — told apart from the headline, never chained onto it. */
  more: string;
  /** Which headline decided: the person's own trust makes the header neutral, labelled "你选择了信任" (lightLabel). */
  decidedBy: Verdict['headline'];
  domain: string;
  checkedAt: number;
};

export function VerdictHeader({ locale, light, headline, more, decidedBy, domain, checkedAt }: VerdictHeaderProps) {
  const label = lightLabel(locale, { light, headline: decidedBy });
  const trusted = decidedBy.key.startsWith('headline.user-trusted');
  return (
    <header className={`verdict-header light-${trusted ? 'trusted' : light}`} data-light={light}>
      <div className="verdict-light" role="img" aria-label={label}>
        <span className="verdict-shape" aria-hidden="true">{LIGHT_SHAPE[light]}</span>
        <span className="verdict-light-text">{label}</span>
      </div>
      <h1 className="verdict-headline" elementtiming="kadun-headline">{headline}</h1>
      {more && <p className="verdict-more">{more}</p>}
      <p className="verdict-meta">
        <span>{t(locale, 'ui.domain')}{t(locale, 'ui.colon')}<b>{domain}</b></span>
        <span> · {t(locale, 'ui.checked-at', { time: new Date(checkedAt).toLocaleTimeString(locale) })}</span>
      </p>
    </header>
  );
}
