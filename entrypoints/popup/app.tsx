// The popup's one container: finds the tab, asks the background for its verdict, hands it to components.
// `?tabId=N` lets tests (and the banner's "查看原因") open the popup as a page for a given tab.
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PopupActions } from '../../components/popup-actions/popup-actions';
import { VerdictView } from '../../components/verdict-view/verdict-view';
import type { Verdict } from '../../lib/core/types';
import { t, type Locale } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { pageLocale, send, targetTabId } from '../../lib/ui/page-env';

type Ready = { phase: 'ready'; tabId: number | null; verdict: Verdict | null; override: 'trusted' | 'blocked' | null };
type State = { phase: 'loading' } | Ready | { phase: 'error'; message: string };

export function App() {
  const [locale, setLocale] = useState<Locale | null>(null);
  const [state, setState] = useState<State>({ phase: 'loading' });

  const load = useCallback(async () => {
    try {
      const tabId = await targetTabId();
      const verdict = tabId === null ? null : await request(send, 'verdict/get', { tabId });
      const override = verdict?.domain ? (await request(send, 'override/get', { domain: verdict.domain })).kind : null;
      setState({ phase: 'ready', tabId, verdict, override });
    } catch (err) {
      setState({ phase: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }, []);

  useEffect(() => {
    void (async () => {
      const loc = await pageLocale();
      setLocale(loc);
      document.documentElement.lang = loc;
      await load();
    })();
  }, [load]);

  if (!locale || state.phase === 'loading') return <main className="popup" aria-busy="true"><p>{locale ? t(locale, 'ui.loading') : ''}</p></main>;
  if (state.phase === 'error') return <main className="popup"><p role="alert">{t(locale, 'ui.error', { message: state.message })}</p></main>;

  const { tabId, verdict } = state;
  const recheck = async () => {
    if (tabId === null) return;
    setState({ phase: 'loading' });
    await request(send, 'verdict/recheck', { tabId }).catch(() => null);
    // The content script answers asynchronously; give it a moment, then read the new verdict.
    setTimeout(() => void load(), 600);
  };
  const openPage = (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path as `/report.html${string}`) });

  return (
    <main className="popup" data-state={verdict ? 'verdict' : 'none'}>
      {verdict ? <VerdictView locale={locale} verdict={verdict} onShow={tabId === null ? undefined : (blockId) => void request(send, 'page/highlight', { tabId, blockId })} /> : <p className="no-verdict">{t(locale, 'ui.no-verdict')}</p>}
      <PopupActions
        locale={locale}
        hasSite={Boolean(verdict?.domain)}
        override={state.override}
        onRecheck={() => void recheck()}
        onReport={() => openPage(`/report.html?tabId=${tabId}&kind=report`)}
        onAppeal={() => openPage(`/report.html?tabId=${tabId}&kind=appeal`)}
        onTrust={async (kind) => {
          if (!verdict) return;
          await request(send, 'override/set', { domain: verdict.domain, kind });
          await recheck();
        }}
        onHistory={() => openPage('/history.html')}
      />
    </main>
  );
}
