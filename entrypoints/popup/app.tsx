// The popup's one container: shows the verdict main.tsx fetched (./first-load.ts) and hands it to components.
// `?tabId=N` lets tests (and the banner's "查看原因") open the popup as a page for a given tab; in a wide tab the
// stylesheet lays it out as a reasons page (style.css), not the narrow popup stretched.
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { MoreActions, PrimaryAction } from '../../components/popup-actions/popup-actions';
import { VerdictView } from '../../components/verdict-view/verdict-view';
import type { Verdict } from '../../lib/core/types';
import { signalHeadline, t, type Locale } from '../../lib/i18n';
import { loadVerdict, type FirstLoad, type State } from './first-load';
import { preload, request } from './later';
import { SharePanel } from './share-panel';

// Most popups never open the confirmation: its code loads on the first click, after the verdict is on screen.
const TrustDialog = lazy(() => import('./trust-dialog'));
const LinkCheckPanel = lazy(() => import('./link-check-panel'));

/** The dangers a trust confirmation must name: plain headlines, each once (the person's own marks left out). */
function dangersOf(locale: Locale, verdict: Verdict): string[] {
  const ids = verdict.signals.filter((s) => s.severity === 'danger' && !s.id.startsWith('user-')).map((s) => s.id);
  return [...new Set(ids.map((id) => signalHeadline(locale, id)))];
}

/** `?hidden=1`: the page hid the banner and the background opened this page instead. */
const hiddenByPage = () => new URLSearchParams(location.search).get('hidden') === '1';
/** Opened as a page for a tab (the banner's "查看原因", tests) rather than as the toolbar popup. */
const openedForTab = () => new URLSearchParams(location.search).has('tabId');

/** `first`: the verdict and language main.tsx fetched before React started (./first-load.ts). */
export function App({ first }: { first: FirstLoad }) {
  const locale = first.locale;
  const [state, setState] = useState<State>(first.state);
  const [confirming, setConfirming] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [checkingLink, setCheckingLink] = useState(false);
  const [leaveFailed, setLeaveFailed] = useState(false);

  const load = useCallback(async (after = 0) => setState(await loadVerdict(after)), []);

  // npm run bench reads this mark: the moment the cached verdict is in the DOM (scripts/bench/popup.ts).
  const shown = state.phase === 'ready' && state.verdict !== null;
  useLayoutEffect(() => {
    if (shown && performance.getEntriesByName('kadun:verdict-shown').length === 0) performance.mark('kadun:verdict-shown');
  }, [shown]);
  // The rest of the popup's code (the full messaging client) once something is on screen, before any click needs it.
  const ready = state.phase !== 'loading';
  useEffect(() => { if (ready) preload(); }, [ready]);

  if (state.phase === 'loading') return <main className="popup" aria-busy="true"><p>{t(locale, 'ui.loading')}</p></main>;
  if (state.phase === 'error') return <main className="popup"><p role="alert">{t(locale, 'ui.error', { message: state.message })}</p></main>;

  const { tabId, verdict } = state;
  const recheck = async () => {
    if (tabId === null) return;
    const before = verdict?.checkedAt ?? 0;
    setState({ phase: 'loading' });
    const asked = await request('verdict/recheck', { tabId }).catch(() => null);
    await load(asked?.requested ? before : 0);
  };
  const setTrust = async (kind: 'trusted' | null) => {
    if (!verdict) return;
    setConfirming(false);
    await request('override/set', { domain: verdict.domain, kind });
    await recheck();
  };
  const leave = async () => {
    if (tabId === null) return;
    const answer = await request('tab/leave', { tabId }).catch(() => ({ left: false }));
    if (!answer.left) return setLeaveFailed(true);
    if (openedForTab()) await load(); else window.close();
  };
  const openPage = (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path as `/report.html${string}`) });
  const icpAssist = () => void (tabId === null ? null : request('icp/assist-open', { tabId }).catch(() => null));
  const options = () => void browser.runtime.openOptionsPage();
  const dangers = verdict ? dangersOf(locale, verdict) : [];

  return (
    <main className={`popup${openedForTab() ? ' for-tab' : ''}`} data-state={verdict ? 'verdict' : 'none'}>
      {/* Opened by the background because the page hid the in-page banner (banner/hidden). */}
      {hiddenByPage() && verdict ? <p role="alert" className="hidden-warning">{t(locale, 'banner.hidden-title', { headline: '' })}</p> : null}
      {verdict
        ? (
          <VerdictView
            locale={locale}
            verdict={verdict}
            onShow={tabId === null ? undefined : (blockId, target) => void request('page/highlight', { tabId, blockId, target })}
            primary={(
              <>
                <PrimaryAction locale={locale} verdict={verdict} onLeave={() => void leave()} onIcpAssist={icpAssist} onOptions={options} />
                {leaveFailed && <p role="alert" className="leave-failed">{t(locale, 'popup.leave-failed')}</p>}
              </>
            )}
          />
        )
        : <p className="no-verdict">{t(locale, 'ui.no-verdict')}</p>}
      {sharing && verdict && <SharePanel locale={locale} verdict={verdict} />}
      <MoreActions
        locale={locale}
        hasSite={Boolean(verdict?.domain)}
        icpAssistShown={verdict?.light === 'amber' && verdict.rule !== 'user-override'}
        override={state.override}
        onRecheck={() => void recheck()}
        onShare={() => setSharing(true)}
        onReport={() => openPage(`/report.html?tabId=${tabId}&kind=report`)}
        onAppeal={() => openPage(`/report.html?tabId=${tabId}&kind=appeal`)}
        // Trusting a page with danger asks first and names the dangers; removing trust never needs asking.
        onTrust={(kind) => (kind === 'trusted' && dangers.length > 0 ? setConfirming(true) : void setTrust(kind))}
        onHistory={() => openPage('/records.html')}
        onIcpAssist={icpAssist}
        onOptions={options}
        extra={<button type="button" name="link-check" aria-expanded={checkingLink} onClick={() => setCheckingLink((v) => !v)}>{t(locale, 'check.title')}</button>}
      />
      {checkingLink && (
        <Suspense fallback={null}>
          <LinkCheckPanel locale={locale} />
        </Suspense>
      )}
      {confirming && (
        <Suspense fallback={null}>
          <TrustDialog locale={locale} dangers={dangers} onCancel={() => setConfirming(false)} onConfirm={() => void setTrust('trusted')} />
        </Suspense>
      )}
      {/* A page can draw anything, including a fake "卡盾：本站已核验": say where KaDun's own answers are. */}
      <p className="no-green-note">{t(locale, 'ui.no-green-in-page')}</p>
    </main>
  );
}
