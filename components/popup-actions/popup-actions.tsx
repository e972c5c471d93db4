import { t, type Locale } from '../../lib/i18n';

export type PopupActionsProps = {
  locale: Locale;
  /** Site actions only make sense when there is a verdict for a site. */
  hasSite: boolean;
  override: 'trusted' | 'blocked' | null;
  onRecheck: () => void;
  onReport: () => void;
  onAppeal: () => void;
  onTrust: (kind: 'trusted' | null) => void;
  onHistory: () => void;
  /** Opens the MIIT query page with this site filled in (the person solves the captcha themselves). */
  onIcpAssist: () => void;
  onOptions: () => void;
};

export function PopupActions({ locale, hasSite, override, onRecheck, onReport, onAppeal, onTrust, onHistory, onIcpAssist, onOptions }: PopupActionsProps) {
  return (
    <div className="actions">
      <button type="button" name="recheck" onClick={onRecheck}>{t(locale, 'ui.recheck')}</button>
      {hasSite && (
        <>
          <button type="button" name="report" onClick={onReport}>{t(locale, 'ui.report')}</button>
          <button type="button" name="appeal" onClick={onAppeal}>{t(locale, 'ui.appeal')}</button>
          <button type="button" name="icp-assist" onClick={onIcpAssist}>{t(locale, 'ui.icp-assist')}</button>
          {override === 'trusted'
            ? <button type="button" name="untrust" onClick={() => onTrust(null)}>{t(locale, 'ui.untrust')}</button>
            : <button type="button" name="trust" onClick={() => onTrust('trusted')}>{t(locale, 'ui.trust')}</button>}
        </>
      )}
      <button type="button" name="history" onClick={onHistory}>{t(locale, 'ui.history')}</button>
      <button type="button" name="options" onClick={onOptions}>{t(locale, 'options.open')}</button>
    </div>
  );
}
