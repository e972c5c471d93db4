import { REPORT_CATEGORIES } from '../../lib/core/schemas';
import type { ReportCategory, ReportDraft } from '../../lib/core/types';
import { signalText, t, type Locale } from '../../lib/i18n';

export type ReportFormProps = {
  locale: Locale;
  draft: ReportDraft;
  savedId: number | null;
  issueHref: string | null;
  notice: string | null;
  onChange: (draft: ReportDraft) => void;
  onSave: () => void;
  onOpenIssue: () => void;
  onCopy: () => void;
};

/** The report / appeal form: pre-filled, editable, and the three ways to go on once it is saved. */
export function ReportForm({ locale, draft, savedId, issueHref, notice, onChange, onSave, onOpenIssue, onCopy }: ReportFormProps) {
  const kind = draft.kind;
  return (
    <form className="report-form" data-kind={kind} onSubmit={(e) => { e.preventDefault(); onSave(); }}>
      <h1>{t(locale, `report.title.${kind}`, { domain: draft.domain })}</h1>
      <p className="intro">{t(locale, `report.intro.${kind}`)}</p>
      <dl className="facts">
        <dt>{t(locale, 'report.field.site')}</dt><dd data-field="domain">{draft.domain}</dd>
        <dt>{t(locale, 'report.field.url')}</dt><dd className="url">{draft.url}</dd>
      </dl>
      <label className="check">
        <input type="checkbox" checked={draft.includeUrl} onChange={(e) => onChange({ ...draft, includeUrl: e.target.checked })} />
        {t(locale, 'report.field.include-url')}
      </label>
      {kind === 'report' && (
        <label>
          {t(locale, 'report.field.category')}
          <select name="category" value={draft.category} onChange={(e) => onChange({ ...draft, category: e.target.value as ReportCategory })}>
            {REPORT_CATEGORIES.map((c) => <option key={c} value={c}>{t(locale, `category.${c}`)}</option>)}
          </select>
        </label>
      )}
      <label>
        {t(locale, 'report.field.text')}
        <textarea name="text" rows={5} maxLength={4000} value={draft.text} placeholder={t(locale, 'report.field.text.placeholder')}
          onChange={(e) => onChange({ ...draft, text: e.target.value })} />
      </label>
      {draft.evidence.length > 0 && (
        <fieldset className="evidence">
          <legend>{t(locale, 'report.field.evidence')}</legend>
          <ul>{draft.evidence.map((e, i) => <li key={i}><b>{signalText(locale, { id: e.signalId, params: e.params ?? {} }).title}</b> <q>{e.quote}</q></li>)}</ul>
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" name="save">{t(locale, 'report.save')}</button>
        {savedId !== null && (
          <>
            <button type="button" name="open-issue" disabled={!issueHref} onClick={onOpenIssue}>{t(locale, 'report.open-issue')}</button>
            <button type="button" name="copy" onClick={onCopy}>{t(locale, 'report.copy')}</button>
          </>
        )}
      </div>
      {savedId !== null && <p className="saved" role="status">{t(locale, 'report.saved', { id: savedId })}</p>}
      {notice && <p className="notice" role="status">{notice}</p>}
      <p className="where">{t(locale, 'report.where')}</p>
    </form>
  );
}
