import type { ReactNode } from 'react';
import type { Verdict } from '../../lib/core/types';
import { t, type Locale } from '../../lib/i18n';

export type PrimaryActionProps = {
  locale: Locale;
  verdict: Pick<Verdict, 'light' | 'rule'>;
  onLeave: () => void;
  /** Opens the MIIT query page with this site filled in (the person solves the captcha themselves). */
  onIcpAssist: () => void;
  onOptions: () => void;
};

/**
 * One primary action per light: red → leave the site; amber → the way to certainty (look the filing up on the MIIT
 * site, or turn on a data source); green and grey → nothing loud. A trusted site is never pushed further.
 */
export function PrimaryAction({ locale, verdict, onLeave, onIcpAssist, onOptions }: PrimaryActionProps) {
  if (verdict.light === 'red') {
    return <div className="primary-action"><button type="button" name="leave" className="primary danger" onClick={onLeave}>{t(locale, 'popup.leave')}</button></div>;
  }
  if (verdict.light === 'amber' && verdict.rule !== 'user-override') {
    return (
      <div className="primary-action">
        <button type="button" name="icp-assist" className="primary" onClick={onIcpAssist}>{t(locale, 'ui.icp-assist')}</button>
        {verdict.rule === 'unverified' && <button type="button" name="enable-sources" className="link" onClick={onOptions}>{t(locale, 'popup.enable-sources')}</button>}
      </div>
    );
  }
  return null;
}

export type MoreActionsProps = {
  locale: Locale;
  /** Site actions only make sense when there is a verdict for a site. */
  hasSite: boolean;
  /** Whether the primary action already offers the MIIT check (then it is not repeated here). */
  icpAssistShown: boolean;
  override: 'trusted' | 'blocked' | null;
  onRecheck: () => void;
  onShare: () => void;
  onReport: () => void;
  onAppeal: () => void;
  /** Trusting asks first when the page shows danger (the container opens the confirmation). */
  onTrust: (kind: 'trusted' | null) => void;
  onHistory: () => void;
  onIcpAssist: () => void;
  onOptions: () => void;
  /** Room for tools other parts add here (a link check). */
  extra?: ReactNode;
};

/** Everything but the primary action, under "更多". */
export function MoreActions(p: MoreActionsProps) {
  const { locale } = p;
  return (
    <section className="actions more-actions" aria-label={t(locale, 'popup.more')}>
      <h2>{t(locale, 'popup.more')}</h2>
      <div className="action-row">
        <button type="button" name="recheck" onClick={p.onRecheck}>{t(locale, 'ui.recheck')}</button>
        {p.hasSite && (
          <>
            <button type="button" name="share" onClick={p.onShare}>{t(locale, 'popup.share')}</button>
            <button type="button" name="report" onClick={p.onReport}>{t(locale, 'ui.report')}</button>
            <button type="button" name="appeal" onClick={p.onAppeal}>{t(locale, 'ui.appeal')}</button>
            {!p.icpAssistShown && <button type="button" name="icp-assist" onClick={p.onIcpAssist}>{t(locale, 'ui.icp-assist')}</button>}
            {p.override === 'trusted'
              ? <button type="button" name="untrust" onClick={() => p.onTrust(null)}>{t(locale, 'ui.untrust')}</button>
              : <button type="button" name="trust" onClick={() => p.onTrust('trusted')}>{t(locale, 'ui.trust')}</button>}
          </>
        )}
        {p.extra}
        <button type="button" name="history" onClick={p.onHistory}>{t(locale, 'ui.history')}</button>
        <button type="button" name="options" onClick={p.onOptions}>{t(locale, 'options.open')}</button>
      </div>
    </section>
  );
}
