// Options page: the one container. Reads and saves settings through the contracts, asks for host permission from
// the click that enables a data source (browsers require a user gesture, so nothing is awaited before asking), and
// drives the community list and history actions. Everything shown is rendered by components/options-form.
import { useCallback, useEffect, useState } from 'react';
import { requestSourcePermission } from '../_shared/source-permission';
import { browser } from 'wxt/browser';
import { OptionsForm, type ListStatus, type OptionsFormProps } from '../../components/options-form/options-form';
import { listErrorText, t } from '../../lib/i18n';
import { browserLocale } from '../_shared/locale';
import { request } from '../../lib/messaging/client';
import {
  draftFromSettings, endpointPattern, localeFor, moveItem, rdapOrigins, settingsFromDraft, type FieldIssue, type OptionsDraft,
} from '../../components/options-form/draft';
import { send } from '../_shared/page-env';
import { downloadHistory } from '../_shared/download';

type Notices = OptionsFormProps['notices'];
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function App() {
  const [fallback] = useState(browserLocale);
  const [draft, setDraft] = useState<OptionsDraft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [issue, setIssue] = useState<FieldIssue | null>(null);
  const [notices, setNotices] = useState<Notices>({});
  const [listStatus, setListStatus] = useState<ListStatus | string | null>(null);
  const [busy, setBusy] = useState({ saving: false, updating: false });
  // The RDAP servers' origins, read once from the bundled bootstrap (a string when it could not be read).
  const [rdapList, setRdapList] = useState<string[] | string | null>(null);
  const locale = draft ? localeFor(draft.language, fallback) : fallback;
  const notify = (patch: Notices) => setNotices((n) => ({ ...n, ...patch }));

  const refreshStatus = useCallback(async () => {
    try {
      setListStatus(await request(send, 'list/status', {}));
    } catch (err) {
      setListStatus(messageOf(err));
    }
  }, []);

  useEffect(() => {
    request(send, 'settings/get', {}).then((s) => setDraft(draftFromSettings(s)), (err: unknown) => setLoadError(messageOf(err)));
    void refreshStatus();
    fetch(browser.runtime.getURL('/data/rdap-dns.json'))
      .then((r) => r.json())
      .then((json: unknown) => setRdapList(rdapOrigins(json) ?? 'invalid bootstrap'), (err: unknown) => setRdapList(messageOf(err)));
  }, [refreshStatus]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'options.title');
    // Messages already shown were written in the previous language.
    setNotices({});
    setIssue(null);
  }, [locale]);

  if (loadError !== null) return <main className="options"><p role="alert">{t(locale, 'ui.error', { message: loadError })}</p></main>;
  if (!draft) return <main className="options" aria-busy="true"><p>{t(locale, 'ui.loading')}</p></main>;

  const change = (patch: Partial<OptionsDraft>) => {
    setDraft({ ...draft, ...patch });
    notify({ save: undefined });
  };

  const onRdap = (on: boolean) => {
    if (!on) {
      change({ rdap: false });
      notify({ rdap: undefined });
      return;
    }
    if (!Array.isArray(rdapList)) {
      notify({ rdap: { tone: 'error', text: t(locale, 'options.rdap.no-list', { message: rdapList ?? '…' }) } });
      return;
    }
    // Called synchronously from the click: the permission prompt needs the gesture.
    requestSourcePermission(rdapList).then(
      (granted) => {
        if (granted) setDraft((d) => (d ? { ...d, rdap: true } : d));
        notify({ save: undefined, rdap: { tone: granted ? 'ok' : 'error', text: t(locale, granted ? 'options.rdap.granted' : 'options.rdap.refused') } });
      },
      (err: unknown) => notify({ rdap: { tone: 'error', text: t(locale, 'options.permission.error', { message: messageOf(err) }) } }),
    );
  };

  const onSave = () => {
    const result = settingsFromDraft(draft, locale);
    if (!result.ok) {
      setIssue(result.issue);
      notify({ save: { tone: 'error', text: t(locale, 'options.save-error', { message: result.issue.text }) } });
      return;
    }
    setIssue(null);
    const { settings } = result;
    const origin = settings.sources.icpHttp ? endpointPattern(settings.sources.icpHttp.endpoint) : null;
    // Only that endpoint's host; asked before anything is awaited (the click's gesture).
    const permission = origin ? requestSourcePermission([origin]) : Promise.resolve(true);
    setBusy((b) => ({ ...b, saving: true }));
    void (async () => {
      try {
        if (!(await permission)) {
          const text = t(locale, 'options.http.refused', { origin: origin ?? '' });
          setIssue({ field: 'endpoint', text });
          notify({ save: { tone: 'error', text: t(locale, 'options.save-error', { message: text }) } });
          return;
        }
        const saved = await request(send, 'settings/set', { settings });
        setDraft(draftFromSettings(saved));
        notify({ save: { tone: 'ok', text: t(locale, 'options.saved') } });
      } catch (err) {
        notify({ save: { tone: 'error', text: t(locale, 'options.save-error', { message: messageOf(err) }) } });
      } finally {
        setBusy((b) => ({ ...b, saving: false }));
      }
    })();
  };

  const onUpdateList = async () => {
    setBusy((b) => ({ ...b, updating: true }));
    notify({ list: undefined });
    try {
      const r = await request(send, 'list/update-now', {});
      const text = !r.ok ? t(locale, 'options.list.failed', { reason: listErrorText(locale, r.reason ?? '').text })
        : r.reason === undefined && r.version !== undefined ? t(locale, 'options.list.updated', { version: r.version })
        : t(locale, 'options.list.up-to-date');
      notify({ list: { tone: r.ok ? 'ok' : 'error', text } });
    } catch (err) {
      notify({ list: { tone: 'error', text: t(locale, 'options.list.failed', { reason: listErrorText(locale, `internal: ${messageOf(err)}`).text }) } });
    } finally {
      setBusy((b) => ({ ...b, updating: false }));
      await refreshStatus();
    }
  };

  const historyFailed = (err: unknown) => notify({ history: { tone: 'error', text: t(locale, 'ui.error', { message: messageOf(err) }) } });

  return (
    <OptionsForm
      locale={locale}
      draft={draft}
      issue={issue}
      notices={notices}
      listStatus={listStatus}
      busy={busy}
      now={Date.now()}
      onChange={change}
      onRdap={onRdap}
      onMove={(index, delta) => change({ icpOrder: moveItem(draft.icpOrder, index, delta) })}
      onSave={onSave}
      onUpdateList={() => void onUpdateList()}
      onExport={() => void request(send, 'history/export', {}).then(({ json }) => downloadHistory(json)).catch(historyFailed)}
      onClear={() => void request(send, 'history/clear', {})
        .then(() => notify({ history: { tone: 'ok', text: t(locale, 'history.cleared') } }))
        .catch(historyFailed)}
    />
  );
}
