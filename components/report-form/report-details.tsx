import { REPORT_CATEGORIES } from '../../lib/core/schemas';
import type { ReportFieldName } from '../../lib/core/report-fields';
import type { ReportCategory, ReportDraft } from '../../lib/core/types';
import { signalText, t, type Locale } from '../../lib/i18n';

export type DetailsProps = {
  locale: Locale;
  draft: ReportDraft;
  problems: readonly ReportFieldName[];
  payeePrefilled: boolean;
  onChange: (draft: ReportDraft) => void;
};

/** The facts police and 12321 ask for, the category, the person's own account and what KaDun saw. */
export function ReportDetails({ locale, draft, problems, payeePrefilled, onChange }: DetailsProps) {
  const set = (patch: Partial<ReportDraft>) => onChange({ ...draft, ...patch });
  const bad = (f: ReportFieldName) => problems.includes(f);
  const error = (f: ReportFieldName, key: 'report.field.amount.error' | 'report.field.paid-at.error') =>
    bad(f) ? <span className="error" id={`${f}-error`} role="alert">{t(locale, key)}</span> : null;
  return (
    <>
      <div className="grid">
        <label>
          {t(locale, 'report.field.amount')}
          <input name="amount" inputMode="decimal" autoComplete="off" value={draft.amount ?? ''} aria-invalid={bad('amount')}
            aria-describedby={bad('amount') ? 'amount-error' : undefined} onChange={(e) => set({ amount: e.target.value.trim() })} />
          {error('amount', 'report.field.amount.error')}
        </label>
        <label>
          {t(locale, 'report.field.paid-at')}
          <input name="paid-at" type="datetime-local" value={draft.paidAt ?? ''} aria-invalid={bad('paidAt')}
            onChange={(e) => set({ paidAt: e.target.value })} />
          {error('paidAt', 'report.field.paid-at.error')}
        </label>
      </div>
      <label>
        {t(locale, 'report.field.payee')}
        <input name="payee" autoComplete="off" maxLength={300} value={draft.payee ?? ''} onChange={(e) => set({ payee: e.target.value })} />
        {payeePrefilled && <span className="hint">{t(locale, 'report.field.payee.prefilled')}</span>}
      </label>
      <label>
        {t(locale, 'report.field.order')}
        <input name="order" autoComplete="off" maxLength={80} value={draft.orderNo ?? ''} onChange={(e) => set({ orderNo: e.target.value })} />
      </label>
      <label>
        {t(locale, 'report.field.category')}
        <select name="category" value={draft.category} onChange={(e) => set({ category: e.target.value as ReportCategory })}>
          {REPORT_CATEGORIES.map((c) => <option key={c} value={c}>{t(locale, `category.${c}`)}</option>)}
        </select>
      </label>
      <TextField locale={locale} draft={draft} onChange={onChange} />
      <ShareBox locale={locale} draft={draft} onChange={onChange} />
      {draft.evidence.length > 0 && (
        <fieldset className="evidence">
          <legend>{t(locale, 'report.field.evidence')}</legend>
          <ul>{draft.evidence.map((e, i) => <li key={i}><b>{signalText(locale, { id: e.signalId, params: e.params ?? {} }).title}</b> <q>{e.quote}</q></li>)}</ul>
        </fieldset>
      )}
    </>
  );
}

type Small = { locale: Locale; draft: ReportDraft; onChange: (draft: ReportDraft) => void };

export function TextField({ locale, draft, onChange }: Small) {
  return (
    <label>
      {t(locale, 'report.field.text')}
      <textarea name="text" rows={5} maxLength={4000} value={draft.text} placeholder={t(locale, 'report.field.text.placeholder')}
        onChange={(e) => onChange({ ...draft, text: e.target.value })} />
    </label>
  );
}

export function ShareBox({ locale, draft, onChange }: Small) {
  return (
    <label className="check">
      <input type="checkbox" name="include-url" checked={draft.includeUrl} onChange={(e) => onChange({ ...draft, includeUrl: e.target.checked })} />
      {t(locale, 'report.field.share')}
    </label>
  );
}
