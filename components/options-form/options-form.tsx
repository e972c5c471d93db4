import type { FormEvent } from 'react';
import { t, type Locale } from '../../lib/i18n';
import type { ResponseOf } from '../../lib/messaging/contracts';
import type { FieldIssue, OptionsDraft } from './draft';
import { FieldNote, type Notice } from './field-note';
import { ListSection } from './list-section';
import { SourcesSection } from './sources-section';

export type { Notice } from './field-note';
export type ListStatus = ResponseOf<'list/status'>;

export type OptionsFormProps = {
  locale: Locale;
  draft: OptionsDraft;
  /** The first validation problem, shown next to its field. */
  issue: FieldIssue | null;
  notices: { save?: Notice; rdap?: Notice; list?: Notice; history?: Notice };
  /** null while loading; a string when it could not be read. */
  listStatus: ListStatus | string | null;
  busy: { saving: boolean; updating: boolean };
  now: number;
  onChange: (patch: Partial<OptionsDraft>) => void;
  onRdap: (on: boolean) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onSave: () => void;
  onUpdateList: () => void;
  onExport: () => void;
  onClear: () => void;
};

const AUTO_CHECK = ['shops', 'click'] as const;
const LANGUAGES = ['auto', 'zh-CN', 'en'] as const;

export function OptionsForm(props: OptionsFormProps) {
  const { locale, draft, issue, notices, busy, onChange, onSave } = props;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave();
  };
  const formIssue = issue && (issue.field === 'form' || issue.field === 'icpOrder') ? issue : null;
  return (
    <main className="options">
      <h1>{t(locale, 'options.title')}</h1>
      <p className="no-green-note">{t(locale, 'ui.no-green-in-page')}</p>
      <p className="welcome-links"><a href="/welcome.html" target="_blank">{t(locale, 'welcome.link')}</a> · <a href="/check.html" target="_blank">{t(locale, 'check.title')}</a> · <a href="/privacy.html" target="_blank">{t(locale, 'privacy.link')}</a></p>
      <form className="options-form" onSubmit={submit} noValidate>
        <fieldset className="choice">
          <legend>{t(locale, 'options.check.heading')}</legend>
          {AUTO_CHECK.map((v) => (
            <label key={v}>
              <input type="radio" name="autoCheck" value={v} checked={draft.autoCheck === v} onChange={() => onChange({ autoCheck: v })} />
              {' '}{t(locale, `options.check.${v}`)}
            </label>
          ))}
        </fieldset>

        <fieldset className="choice">
          <legend>{t(locale, 'options.language.heading')}</legend>
          {LANGUAGES.map((v) => (
            <label key={v} lang={v === 'auto' ? undefined : v}>
              <input type="radio" name="language" value={v} checked={draft.language === v} onChange={() => onChange({ language: v })} />
              {' '}{t(locale, `options.language.${v}`)}
            </label>
          ))}
        </fieldset>

        <SourcesSection locale={locale} draft={draft} issue={issue} rdapNotice={notices.rdap} onChange={onChange} onRdap={props.onRdap} onMove={props.onMove} />

        <ListSection
          locale={locale} draft={draft} issue={issue} status={props.listStatus} notice={notices.list}
          updating={busy.updating} now={props.now} onChange={onChange} onUpdate={props.onUpdateList}
        />

        <div className="save-bar">
          <button type="submit" name="save" className="primary" disabled={busy.saving}>
            {t(locale, busy.saving ? 'options.saving' : 'options.save')}
          </button>
          {formIssue && <FieldNote id="form-issue" notice={{ tone: 'error', text: formIssue.text }} />}
          <p className="save-status" role="status" data-tone={notices.save?.tone}>{notices.save?.text ?? ''}</p>
        </div>
      </form>

      <section className="options-section" aria-labelledby="history-heading">
        <h2 id="history-heading">{t(locale, 'options.history.heading')}</h2>
        <div className="actions">
          <button type="button" name="export" onClick={props.onExport}>{t(locale, 'history.export')}</button>
          <button type="button" name="clear" onClick={props.onClear}>{t(locale, 'history.clear')}</button>
          <a className="link-button" href="records.html">{t(locale, 'options.history.open')}</a>
        </div>
        {notices.history && <FieldNote id="history-note" notice={notices.history} live />}
      </section>
    </main>
  );
}
