// The first-run page (opened once on install; also linked from the options page). Turning a source on asks for
// its host permission from the click itself, with the same origins and the same settings the options page uses
// (components/options-form/draft: rdapOrigins), then saves through settings/set.
import { useEffect, useState } from 'react';
import { requestSourcePermission } from '../_shared/source-permission';
import { browser } from 'wxt/browser';
import { rdapOrigins } from '../../components/options-form/draft';
import type { Notice } from '../../components/options-form/field-note';
import { WelcomeView } from '../../components/welcome/welcome-view';
import { t, type Locale } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { browserLocale } from '../_shared/locale';
import { pageLocale, send } from '../_shared/page-env';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function App() {
  const [locale, setLocale] = useState<Locale>(browserLocale);
  const [rdapOn, setRdapOn] = useState(false);
  const [rdapNotice, setRdapNotice] = useState<Notice | undefined>();
  const [listVersion, setListVersion] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Read before any click: the permission prompt must be asked synchronously from the click's gesture.
  const [origins, setOrigins] = useState<string[] | null>(null);

  useEffect(() => {
    void pageLocale().then(setLocale);
    request(send, 'settings/get', {}).then((s) => setRdapOn(s.sources.rdap), (err: unknown) => setError(messageOf(err)));
    request(send, 'list/status', {}).then((s) => setListVersion(s.version), () => undefined);
    fetch(browser.runtime.getURL('/data/rdap-dns.json')).then((r) => r.json()).then((json: unknown) => setOrigins(rdapOrigins(json)), (err: unknown) => setError(messageOf(err)));
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t(locale, 'welcome.title')} · ${t(locale, 'app.name')}`;
  }, [locale]);

  const onRdap = () => {
    if (!origins) return setRdapNotice({ tone: 'error', text: t(locale, 'options.rdap.no-list', { message: '…' }) });
    requestSourcePermission(origins).then(async (granted) => {
      if (!granted) return setRdapNotice({ tone: 'error', text: t(locale, 'welcome.rdap.refused') });
      const current = await request(send, 'settings/get', {});
      const saved = await request(send, 'settings/set', { settings: { ...current, sources: { ...current.sources, rdap: true } } });
      setRdapOn(saved.sources.rdap);
      setRdapNotice(undefined);
    }).catch((err: unknown) => setRdapNotice({ tone: 'error', text: t(locale, 'options.permission.error', { message: messageOf(err) }) }));
  };

  return (
    <WelcomeView locale={locale} rdapOn={rdapOn} rdapNotice={rdapNotice} listVersion={listVersion} error={error} onRdap={onRdap}
      onOptions={() => void browser.runtime.openOptionsPage()}
      onCheck={() => void browser.tabs.create({ url: browser.runtime.getURL('/check.html') })} />
  );
}
