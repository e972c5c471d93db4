// The popup's one container: finds the tab, asks the background for its verdict, hands it to components.
// `?tabId=N` lets tests (and "查看原因" from the banner, later) open the popup as a page for a given tab.
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { VerdictView } from '../../components/verdict-view/verdict-view';
import type { Verdict } from '../../lib/core/types';
import { pickLocale, t } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';

const locale = pickLocale(browser.i18n.getUILanguage());
const send = (m: unknown) => browser.runtime.sendMessage(m);

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && location.search.includes('tabId=')) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

type State = { phase: 'loading' } | { phase: 'ready'; tabId: number; verdict: Verdict | null } | { phase: 'error'; message: string };

export function App() {
  const [state, setState] = useState<State>({ phase: 'loading' });

  const load = useCallback(async () => {
    try {
      const tabId = await targetTabId();
      if (tabId === null) return setState({ phase: 'ready', tabId: -1, verdict: null });
      const verdict = await request(send, 'verdict/get', { tabId });
      setState({ phase: 'ready', tabId, verdict });
    } catch (err) {
      setState({ phase: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    void load();
  }, [load]);

  const recheck = async (tabId: number) => {
    setState({ phase: 'loading' });
    await request(send, 'verdict/recheck', { tabId }).catch(() => null);
    // The content script answers asynchronously; give it a moment, then read the new verdict.
    setTimeout(() => void load(), 600);
  };

  if (state.phase === 'loading') return <main className="popup" aria-busy="true"><p>{t(locale, 'ui.loading')}</p></main>;
  if (state.phase === 'error') return <main className="popup"><p role="alert">{t(locale, 'ui.error', { message: state.message })}</p></main>;
  return (
    <main className="popup" data-state={state.verdict ? 'verdict' : 'none'}>
      {state.verdict ? <VerdictView locale={locale} verdict={state.verdict} /> : <p className="no-verdict">{t(locale, 'ui.no-verdict')}</p>}
      {state.tabId >= 0 && (
        <div className="actions">
          <button type="button" onClick={() => void recheck(state.tabId)}>{t(locale, 'ui.recheck')}</button>
        </div>
      )}
    </main>
  );
}
