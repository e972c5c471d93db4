import type { Verdict } from '../../lib/core/types';
import { headlineText, t, type Locale } from '../../lib/i18n';
import { AdviceList } from '../advice-list/advice-list';
import { SignalList } from '../signal-list/signal-list';
import { SourceStatus } from '../source-status/source-status';
import { VerdictHeader } from '../verdict-header/verdict-header';

export type VerdictViewProps = { locale: Locale; verdict: Verdict; onShow?: (blockId: number) => void };

export function VerdictView({ locale, verdict, onShow }: VerdictViewProps) {
  return (
    <article className="verdict" data-light={verdict.light}>
      <VerdictHeader locale={locale} light={verdict.light} headline={headlineText(locale, verdict)} domain={verdict.domain} checkedAt={verdict.checkedAt} />
      {verdict.truncated && <p className="verdict-truncated">{t(locale, 'ui.truncated')}</p>}
      <h2 className="reasons-title">{t(locale, 'ui.reasons')}</h2>
      <SignalList locale={locale} signals={verdict.signals} onShow={onShow} />
      <AdviceList locale={locale} advice={verdict.advice} />
      <SourceStatus locale={locale} sources={verdict.sources} checkedAt={verdict.checkedAt} />
    </article>
  );
}
