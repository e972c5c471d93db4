import { listErrorText, t, type Locale } from '../../lib/i18n';
import { MirrorRows } from './list-mirrors';
import type { ResponseOf } from '../../lib/messaging/contracts';
import { relativeAge, type FieldIssue, type OptionsDraft } from './draft';
import { FieldNote, type Notice } from './field-note';
import { issueProps } from './sources-section';

export type ListSectionProps = {
  locale: Locale;
  draft: OptionsDraft;
  issue: FieldIssue | null;
  status: ResponseOf<'list/status'> | string | null;
  notice: Notice | undefined;
  updating: boolean;
  now: number;
  onChange: (patch: Partial<OptionsDraft>) => void;
  onUpdate: () => void;
};

function StatusRows({ locale, status, now }: { locale: Locale; status: ResponseOf<'list/status'>; now: number }) {
  const when = (ms: number | null) => (ms === null ? t(locale, 'options.list.never') : `${relativeAge(locale, ms, now)} · ${new Date(ms).toLocaleString(locale)}`);
  return (
    <dl className="list-status">
      <dt>{t(locale, 'options.list.version')}</dt>
      <dd data-field="version">{status.version ?? t(locale, 'options.list.none')}</dd>
      <dt>{t(locale, 'options.list.generated')}</dt>
      <dd data-field="generated">{when(status.generatedAt)}</dd>
      <dt>{t(locale, 'options.list.checked')}</dt>
      <dd data-field="checked">{when(status.lastCheckAt)}</dd>
      <dt>{t(locale, 'options.list.error')}</dt>
      <dd data-field="error">{status.lastError === null ? t(locale, 'options.list.none') : <ListError locale={locale} reason={status.lastError} />}</dd>
      <MirrorRows locale={locale} status={status} when={when} />
    </dl>
  );
}

/** The last failure in words; the updater's own text under 技术细节 for whoever helps the person. */
function ListError({ locale, reason }: { locale: Locale; reason: string }) {
  const { text, detail } = listErrorText(locale, reason);
  return (
    <>
      {text}
      <details className="tech-details"><summary>{t(locale, 'list-error.details')}</summary><code>{detail}</code></details>
    </>
  );
}

export function ListSection({ locale, draft, issue, status, notice, updating, now, onChange, onUpdate }: ListSectionProps) {
  const mirrors = issueProps(issue, 'listMirrors');
  const repoUrl = issueProps(issue, 'listRepoUrl');
  return (
    <section className="options-section" aria-labelledby="list-heading">
      <h2 id="list-heading">{t(locale, 'options.list.heading')}</h2>
      <label htmlFor="list-mirrors">{t(locale, 'options.list.mirrors')}</label>
      <textarea id="list-mirrors" name="listMirrors" rows={4} inputMode="url" spellCheck={false} value={draft.listMirrors}
        onChange={(e) => onChange({ listMirrors: e.target.value })} {...mirrors.input} />
      <p className="hint">{t(locale, 'options.list.mirrors-hint')}</p>
      {mirrors.note}
      <label htmlFor="list-repo-url">{t(locale, 'options.list.repo')}</label>
      <input id="list-repo-url" name="listRepoUrl" type="url" inputMode="url" spellCheck={false} value={draft.listRepoUrl}
        onChange={(e) => onChange({ listRepoUrl: e.target.value })} {...repoUrl.input} />
      {repoUrl.note}

      {typeof status === 'string' && <FieldNote id="list-status-error" notice={{ tone: 'error', text: t(locale, 'options.list.status-error', { message: status }) }} />}
      {status !== null && typeof status === 'object' && <StatusRows locale={locale} status={status} now={now} />}
      <div className="actions">
        <button type="button" name="update-list" onClick={onUpdate} disabled={updating}>
          {t(locale, updating ? 'options.list.updating' : 'options.list.update')}
        </button>
      </div>
      {notice && <FieldNote id="list-note" notice={notice} live />}
    </section>
  );
}
