import type { ReactNode } from 'react';
import { nowAdviceFor } from '../../lib/core/advice';
import type { Verdict } from '../../lib/core/types';
import { headlineMore, headlineText, skippedText, t, type Locale } from '../../lib/i18n';
import type { UiKey } from '../../lib/i18n/ui.zh-CN';
import { AdviceList } from '../advice-list/advice-list';
import { SignalList, type SignalListProps } from '../signal-list/signal-list';
import { SourceStatus } from '../source-status/source-status';
import { VerdictHeader } from '../verdict-header/verdict-header';

export type VerdictViewProps = {
  locale: Locale;
  verdict: Verdict;
  onShow?: SignalListProps['onShow'];
  /** The light's one primary action, right under the advice line (离开此网站, the way to certainty…). */
  primary?: ReactNode;
};

/**
 * The first 600 px decide (issue 11): the light and a plain headline, one line of what to do now, the primary action,
 * then the danger and warn cards. Good news follows, other information, the sources and technical details are
 * collapsed below.
 */
export function VerdictView({ locale, verdict, onShow, primary }: VerdictViewProps) {
  const now = nowAdviceFor(verdict.light, verdict.rule);
  const skipped = verdict.skipped?.length ? skippedText(locale, verdict.skipped) : [];
  return (
    <article className="verdict" data-light={verdict.light} data-rule={verdict.rule}>
      <VerdictHeader
        locale={locale} light={verdict.light} headline={headlineText(locale, verdict)} more={headlineMore(locale, verdict)}
        decidedBy={verdict.headline} domain={verdict.domain} checkedAt={verdict.checkedAt}
      />
      <div className="verdict-body">
        <div className="verdict-main">
          {now && (
            <p className="now-advice" elementtiming="kadun-advice">
              <b>{t(locale, 'popup.now')}{t(locale, 'ui.colon')}</b>{t(locale, now as UiKey)}
            </p>
          )}
          {primary}
          {verdict.truncated && <p className="verdict-truncated">{t(locale, 'ui.truncated')}</p>}
          <SignalList locale={locale} signals={verdict.signals} onShow={onShow} />
        </div>
        {/* Beside the reasons on a wide page, below them in the popup. */}
        <aside className="verdict-side">
          <AdviceList locale={locale} advice={verdict.advice} />
          <SourceStatus locale={locale} sources={verdict.sources} checkedAt={verdict.checkedAt} />
          {skipped.length > 0 && (
            <details className="tech tech-skipped">
              <summary>{t(locale, 'popup.tech')}</summary>
              <p>{t(locale, 'popup.skipped.intro')}</p>
              <ul>{skipped.map((line) => <li key={line}>{line}</li>)}</ul>
            </details>
          )}
        </aside>
      </div>
    </article>
  );
}
