import type { ReportFieldName } from '../../lib/core/report-fields';
import type { ReportDraft } from '../../lib/core/types';
import { t, type Locale } from '../../lib/i18n';
import { CommunityChannel, CopyChannel, ReportChannels, type ChannelsProps } from './report-channels';
import { ReportDetails, ShareBox, TextField } from './report-details';
import { ReportShots, type ShotsProps } from './report-shots';

/** Where the draft is: nothing typed yet, being written, in the database, held back by a field, or failed. */
export type SaveState = { phase: 'unsaved' | 'saving' | 'invalid' | 'error' } | { phase: 'saved'; id: number };

export type ReportFormProps = Omit<ChannelsProps, 'shotCount'> & {
  save: SaveState;
  problems: readonly ReportFieldName[];
  payeePrefilled: boolean;
  /** The appeal's "submit and trust" was done: the saved report's number. */
  appealedId: number | null;
  notice: string | null;
  shots: Omit<ShotsProps, 'locale'>;
  onChange: (draft: ReportDraft) => void;
  onSaveNow: () => void;
  onAppeal: () => void;
};

/**
 * The report page. A report shows the channels first (Chinese authorities, then the community list, then the copy
 * text) and the details below; an appeal says what submitting it does, then offers the community list.
 */
export function ReportForm(props: ReportFormProps) {
  const { locale, draft, save } = props;
  const kind = draft.kind;
  const channels: ChannelsProps = { ...props, shotCount: props.shots.shots.length };
  return (
    <form className="report-form" data-kind={kind} onSubmit={(e) => { e.preventDefault(); if (kind === 'appeal') props.onAppeal(); else props.onSaveNow(); }}>
      <h1>{t(locale, `report.title.${kind}`, { domain: draft.domain })}</h1>
      <p className="lead">{kind === 'appeal' ? t(locale, 'report.appeal.what', { domain: draft.domain }) : t(locale, 'report.lead.report')}</p>
      <SaveLine locale={locale} save={save} onSaveNow={props.onSaveNow} />
      {props.notice && <p className="notice" role="status">{props.notice}</p>}
      {kind === 'report' ? (
        <>
          <ReportChannels {...channels} />
          <section className="details" aria-labelledby="details-title">
            <h2 id="details-title">{t(locale, 'report.fields.title')}</h2>
            <dl className="facts">
              <dt>{t(locale, 'report.field.site')}</dt><dd data-field="domain">{draft.domain}</dd>
              <dt>{t(locale, 'report.field.url')}</dt><dd className="url">{draft.url}</dd>
            </dl>
            <ReportDetails locale={locale} draft={draft} problems={props.problems} payeePrefilled={props.payeePrefilled} onChange={props.onChange} />
            <ReportShots locale={locale} {...props.shots} />
          </section>
        </>
      ) : (
        <>
          <dl className="facts"><dt>{t(locale, 'report.field.site')}</dt><dd data-field="domain">{draft.domain}</dd></dl>
          <TextField locale={locale} draft={draft} onChange={props.onChange} />
          <ShareBox locale={locale} draft={draft} onChange={props.onChange} />
          <div className="actions">
            <button type="submit" name="save" className="primary">{t(locale, 'report.appeal.submit')}</button>
          </div>
          {props.appealedId !== null && <p className="saved" role="status">{t(locale, 'report.appeal.done', { id: props.appealedId })}</p>}
          <ol className="channels"><CommunityChannel {...channels} /><CopyChannel {...channels} /></ol>
        </>
      )}
    </form>
  );
}

function SaveLine({ locale, save, onSaveNow }: { locale: Locale; save: SaveState; onSaveNow: () => void }) {
  const text = save.phase === 'saved' ? t(locale, 'report.state.saved', { id: save.id }) : t(locale, `report.state.${save.phase}`);
  return (
    <p className="save-state" data-state={save.phase} role="status">
      {text}
      {save.phase === 'unsaved' && <> <button type="button" name="save-now" onClick={onSaveNow}>{t(locale, 'report.save-now')}</button></>}
    </p>
  );
}
