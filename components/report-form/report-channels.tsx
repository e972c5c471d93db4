import { CHANNEL_URLS } from '../../lib/core/report-channels';
import type { ReportDraft } from '../../lib/core/types';
import { t, type Locale } from '../../lib/i18n';

export type ChannelsProps = {
  locale: Locale;
  draft: ReportDraft;
  shotCount: number;
  issueHref: string | null;
  giteeHref: string | null;
  copyText: string;
  onOpenIssue: () => void;
  onOpenGitee: () => void;
  onCopy: () => void;
};

const ext = { target: '_blank', rel: 'noreferrer' } as const;

/** The state's channels first (12321, the anti-fraud app, 110, 12315), then the community list, then the copy text. */
export function ReportChannels(p: ChannelsProps) {
  const { locale, draft } = p;
  const filled = (v: string | undefined | boolean) => (v ? <span className="filled"> {t(locale, 'report.ch.110.filled')}</span> : null);
  return (
    <section className="channels" aria-labelledby="channels-title">
      <h2 id="channels-title">{t(locale, 'report.channels.title')}</h2>
      <ol>
        <li data-channel="12321">
          <h3>{t(locale, 'report.ch.12321.title')}</h3>
          <p>{t(locale, 'report.ch.12321.body')}</p>
          <a className="go" href={CHANNEL_URLS['12321']} {...ext}>{t(locale, 'report.ch.12321.open')}</a>
        </li>
        <li data-channel="antifraud-app">
          <h3>{t(locale, 'report.ch.app.title')}</h3>
          <ol className="steps">
            {(['step1', 'step2', 'step3', 'step4'] as const).map((s) => <li key={s}>{t(locale, `report.ch.app.${s}`)}</li>)}
          </ol>
        </li>
        <li data-channel="110">
          <h3>{t(locale, 'report.ch.110.title')}</h3>
          <p>{t(locale, 'report.ch.110.body')}</p>
          <ul className="bring">
            <li>{t(locale, 'report.ch.110.record')}</li>
            <li>{t(locale, 'report.ch.110.payee')}{filled(draft.payee?.trim())}</li>
            <li>{t(locale, 'report.ch.110.order')}{filled(draft.orderNo?.trim())}</li>
            <li>{t(locale, 'report.ch.110.time')}{filled(Boolean(draft.amount && draft.paidAt))}</li>
            <li>{t(locale, 'report.ch.110.shots')}{filled(p.shotCount > 0)}</li>
          </ul>
        </li>
        <li data-channel="12315">
          <h3>{t(locale, 'report.ch.12315.title')}</h3>
          <p>{t(locale, 'report.ch.12315.body')}</p>
          <a className="go" href={CHANNEL_URLS['12315']} {...ext}>{t(locale, 'report.ch.12315.open')}</a>
        </li>
        <CommunityChannel {...p} />
        <CopyChannel {...p} />
      </ol>
    </section>
  );
}

export function CommunityChannel({ locale, draft, issueHref, giteeHref, onOpenIssue, onOpenGitee }: ChannelsProps) {
  return (
    <li data-channel="community">
      <h3>{t(locale, 'report.ch.community.title')} <span className="needs">{t(locale, 'report.ch.community.account')}</span></h3>
      <p>{t(locale, draft.kind === 'appeal' ? 'report.ch.community.appeal-body' : 'report.ch.community.body')}</p>
      <div className="actions">
        <button type="button" name="open-issue" disabled={!issueHref} onClick={onOpenIssue}>{t(locale, 'report.ch.community.github')}</button>
        <button type="button" name="open-gitee" disabled={!giteeHref} onClick={onOpenGitee}>{t(locale, 'report.ch.community.gitee')}</button>
      </div>
      <p className="hint">{t(locale, 'report.ch.community.gitee-how')}</p>
    </li>
  );
}

export function CopyChannel({ locale, copyText, onCopy }: ChannelsProps) {
  return (
    <li data-channel="copy">
      <h3>{t(locale, 'report.ch.copy.title')}</h3>
      <p>{t(locale, 'report.ch.copy.body')}</p>
      <label className="preview">
        {t(locale, 'report.ch.copy.preview')}
        <textarea name="copy-text" readOnly rows={8} value={copyText} />
      </label>
      <div className="actions">
        <button type="button" name="copy" onClick={onCopy}>{t(locale, 'report.ch.copy.title')}</button>
      </div>
    </li>
  );
}
