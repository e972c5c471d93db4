// The first-run page: what KaDun checks, in everyday words; each data source, what it sends (only the domain) and
// a way to turn it on from here; and where KaDun's answers appear (never as a green mark inside a web page).
// Render only: entrypoints/welcome asks for permissions and saves.
import { t, type Locale } from '../../lib/i18n';
import { FieldNote, type Notice } from '../options-form/field-note';

export type WelcomeViewProps = {
  locale: Locale;
  rdapOn: boolean;
  rdapNotice?: Notice;
  /** The community list in use (null while unknown). */
  listVersion: number | null;
  error: string | null;
  onRdap: () => void;
  onOptions: () => void;
  onCheck: () => void;
};

export function WelcomeView({ locale, rdapOn, rdapNotice, listVersion, error, onRdap, onOptions, onCheck }: WelcomeViewProps) {
  return (
    <main className="welcome">
      <h1>{t(locale, 'welcome.title')}</h1>
      <p className="lead">{t(locale, 'welcome.lead')}</p>
      {error !== null && <p role="alert" className="note note-error">{t(locale, 'welcome.error', { message: error })}</p>}

      <section aria-labelledby="w-page">
        <h2 id="w-page">{t(locale, 'welcome.page.heading')}</h2>
        <p>{t(locale, 'welcome.page.text')}</p>
      </section>

      <section aria-labelledby="w-sources">
        <h2 id="w-sources">{t(locale, 'welcome.sources.heading')}</h2>
        <p className="privacy">{t(locale, 'welcome.sources.privacy')}</p>

        <article className="source-card" data-source="rdap" data-on={rdapOn}>
          <h3>{t(locale, 'welcome.rdap.name')}</h3>
          <p>{t(locale, 'welcome.rdap.text')}</p>
          {rdapOn
            ? <p className="state-on" role="status">{t(locale, 'welcome.rdap.enabled')}</p>
            : <button type="button" name="rdap" onClick={onRdap}>{t(locale, 'welcome.rdap.on')}</button>}
          {rdapNotice && rdapNotice.tone === 'error' && <FieldNote id="rdap-note" notice={rdapNotice} live />}
        </article>

        <article className="source-card" data-source="icp">
          <h3>{t(locale, 'welcome.icp.name')}</h3>
          <p>{t(locale, 'welcome.icp.text')}</p>
          <button type="button" name="icp-settings" onClick={onOptions}>{t(locale, 'welcome.icp.settings')}</button>
        </article>

        <article className="source-card" data-source="list" data-on="true">
          <h3>{t(locale, 'welcome.list.name')}</h3>
          <p>{t(locale, 'welcome.list.text')}</p>
          <p className="state-on">{listVersion === null ? t(locale, 'welcome.list.loading') : t(locale, 'welcome.list.on', { version: listVersion })}</p>
        </article>
      </section>

      <section aria-labelledby="w-where" className="where">
        <h2 id="w-where">{t(locale, 'welcome.where.heading')}</h2>
        <p>{t(locale, 'welcome.where.text')}</p>
      </section>

      <div className="welcome-actions">
        <button type="button" name="check" onClick={onCheck}>{t(locale, 'welcome.check')}</button>
        <button type="button" name="options" onClick={onOptions}>{t(locale, 'welcome.options')}</button>
      </div>
    </main>
  );
}
