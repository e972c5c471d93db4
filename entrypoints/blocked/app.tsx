// The interstitial page (docs/interstitial.md). The background sends the tab here (tabs.update) with the original
// address in ?url=; this page asks gate/info what the list says, and the person either leaves (the tab closes) or,
// after opening the details, continues: gate/bypass remembers that choice for the site, then the page goes on.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { BlockedView, type BlockedState } from '../../components/blocked/blocked-view';
import { t, type Locale } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { browserLocale } from '../_shared/locale';
import { pageLocale, send } from '../_shared/page-env';

/** Only an http(s) address is ever navigated to from here. */
function targetUrl(): string | null {
  const raw = new URLSearchParams(location.search).get('url');
  try {
    return raw && /^https?:$/.test(new URL(raw).protocol) ? new URL(raw).href : null;
  } catch {
    return null;
  }
}

export function App() {
  const [locale, setLocale] = useState<Locale>(browserLocale);
  const [state, setState] = useState<BlockedState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const url = targetUrl();

  useEffect(() => {
    void pageLocale().then(setLocale);
    if (!url) return void setState({ kind: 'bad-url' });
    request(send, 'gate/info', { url }).then(
      (info) => setState(info && !info.bypassed ? { kind: 'listed', domain: info.domain, signal: info.signal } : { kind: 'gone', domain: new URL(url).hostname }),
      () => setState({ kind: 'gone', domain: new URL(url).hostname }),
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t(locale, 'blocked.title')} · ${t(locale, 'app.name')}`;
  }, [locale]);

  // Leaving closes the tab: going back would reopen the listed page (it sits just before this one in history).
  const onLeave = () => {
    void (async () => {
      const tab = await browser.tabs.getCurrent();
      if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
      else setState({ kind: 'left' });
    })().catch(() => setState({ kind: 'left' }));
  };

  const onProceed = () => {
    if (!url) return;
    if (state.kind === 'gone') return location.replace(url); // nothing to remember: the list no longer holds it
    setBusy(true);
    void request(send, 'gate/bypass', { url }).then(() => location.replace(url), () => setBusy(false));
  };

  return <BlockedView locale={locale} state={state} busy={busy} onLeave={onLeave} onProceed={onProceed} />;
}
