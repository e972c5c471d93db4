import { t, type Locale } from '../../lib/i18n';
import type { FieldIssue, OptionsDraft, OptionsField } from './draft';
import { FieldNote, type Notice } from './field-note';

export type SourcesSectionProps = {
  locale: Locale;
  draft: OptionsDraft;
  issue: FieldIssue | null;
  rdapNotice: Notice | undefined;
  onChange: (patch: Partial<OptionsDraft>) => void;
  onRdap: (on: boolean) => void;
  onMove: (index: number, delta: -1 | 1) => void;
};

/** aria attributes and the message for a field that may carry the current issue. */
export function issueProps(issue: FieldIssue | null, field: OptionsField) {
  const mine = issue?.field === field ? issue : null;
  return {
    input: { 'aria-invalid': mine ? true : undefined, 'aria-describedby': mine ? `${field}-issue` : undefined },
    note: mine ? <FieldNote id={`${field}-issue`} notice={{ tone: 'error', text: mine.text }} /> : null,
  };
}

export function SourcesSection({ locale, draft, issue, rdapNotice, onChange, onRdap, onMove }: SourcesSectionProps) {
  const endpoint = issueProps(issue, 'endpoint');
  const headers = issueProps(issue, 'headers');
  const mapping = issueProps(issue, 'mapping');
  const last = draft.icpOrder.length - 1;
  return (
    <section className="options-section" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t(locale, 'options.sources.heading')}</h2>
      <p className="privacy">{t(locale, 'options.sources.privacy')}</p>

      <div className="toggle">
        <input type="checkbox" role="switch" id="rdap" name="rdap" checked={draft.rdap} onChange={(e) => onRdap(e.target.checked)}
          aria-describedby={rdapNotice ? 'rdap-explain rdap-note' : 'rdap-explain'} />
        <label htmlFor="rdap">{t(locale, 'options.rdap.label')}</label>
      </div>
      <p id="rdap-explain" className="hint">{t(locale, 'options.rdap.explain')}</p>
      {rdapNotice && <FieldNote id="rdap-note" notice={rdapNotice} live />}

      <h3 id="icp-order-heading">{t(locale, 'options.icp-order.heading')}</h3>
      <p className="hint">{t(locale, 'options.icp-order.explain')}</p>
      <ol className="icp-order" aria-labelledby="icp-order-heading">
        {draft.icpOrder.map((id, i) => {
          const name = t(locale, `options.icp-order.${id}`);
          return (
            <li key={id} data-source-id={id}>
              <span className="icp-name">{name}</span>
              <span className="icp-moves">
                <button type="button" name={`up-${id}`} aria-label={t(locale, 'options.icp-order.up', { name })} aria-disabled={i === 0} onClick={() => onMove(i, -1)}>↑</button>
                <button type="button" name={`down-${id}`} aria-label={t(locale, 'options.icp-order.down', { name })} aria-disabled={i === last} onClick={() => onMove(i, 1)}>↓</button>
              </span>
            </li>
          );
        })}
      </ol>
      {issueProps(issue, 'icpOrder').note}

      <div className="toggle">
        <input type="checkbox" role="switch" id="http-on" name="httpOn" checked={draft.httpOn} onChange={(e) => onChange({ httpOn: e.target.checked })} aria-describedby="http-explain" />
        <label htmlFor="http-on">{t(locale, 'options.http.label')}</label>
      </div>
      <p id="http-explain" className="hint">{t(locale, 'options.http.explain')}</p>
      {draft.httpOn && (
        <div className="http-fields">
          <label htmlFor="endpoint">{t(locale, 'options.http.endpoint')}</label>
          <input id="endpoint" name="endpoint" type="url" inputMode="url" spellCheck={false} autoComplete="off" value={draft.endpoint}
            placeholder="https://icp.example.net/query?domain={domain}" onChange={(e) => onChange({ endpoint: e.target.value })} {...endpoint.input} />
          {endpoint.note}

          <label htmlFor="headers">{t(locale, 'options.http.headers')}</label>
          <textarea id="headers" name="headers" rows={3} spellCheck={false} value={draft.headersText}
            placeholder='{ "authorization": "Bearer …" }' onChange={(e) => onChange({ headersText: e.target.value })} {...headers.input} />
          {headers.note}

          <label htmlFor="mapping">{t(locale, 'options.http.mapping')}</label>
          <textarea id="mapping" name="mapping" rows={14} spellCheck={false} value={draft.mappingText}
            onChange={(e) => onChange({ mappingText: e.target.value })} {...mapping.input}
            aria-describedby={[mapping.input['aria-describedby'], 'mapping-help'].filter(Boolean).join(' ')} />
          {mapping.note}
          <p id="mapping-help" className="hint">{t(locale, 'options.http.mapping-help')}</p>
        </div>
      )}
    </section>
  );
}
