// Report / appeal page: ?tabId=N&kind=report|appeal. Pre-filled from the tab's verdict; saved in Dexie through
// the background; then the person chooses: open a pre-filled issue, copy the text, or just keep it.
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { ReportForm } from '../../components/report-form/report-form';
import { guessCategory, issueUrl, reportEvidence, reportText, type ReportLabels } from '../../lib/core/report';
import type { ReportDraft } from '../../lib/core/types';
import { signalText, t, type Locale } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { pageLocale, send, targetTabId } from '../_shared/page-env';

function labelsFor(locale: Locale): ReportLabels {
  return {
    title: (kind, domain) => t(locale, `report.title.${kind}`, { domain }),
    category: (c) => t(locale, `category.${c}`),
    signal: (id, params) => signalText(locale, { id, params }).title,
    headings: {
      site: t(locale, 'report.heading.site'), category: t(locale, 'report.heading.category'),
      description: t(locale, 'report.heading.description'), evidence: t(locale, 'report.heading.evidence'), via: t(locale, 'report.heading.via'),
    },
  };
}

type State = { phase: 'loading' } | { phase: 'missing' } | { phase: 'ready'; draft: ReportDraft };

export function App() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [savedId, setSavedId] = useState<number | null>(null);
  const [repo, setRepo] = useState<string>('');
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const loc = await pageLocale();
      setLocale(loc);
      document.documentElement.lang = loc;
      setRepo((await request(send, 'settings/get', {})).listRepoUrl);
      const kind = new URLSearchParams(location.search).get('kind') === 'appeal' ? 'appeal' : 'report';
      const tabId = await targetTabId();
      const verdict = tabId === null ? null : await request(send, 'verdict/get', { tabId });
      if (!verdict || !verdict.domain) return setState({ phase: 'missing' });
      document.title = t(loc, `report.title.${kind}`, { domain: verdict.domain });
      setState({
        phase: 'ready',
        draft: {
          kind, domain: verdict.domain, url: verdict.url, includeUrl: false,
          category: kind === 'appeal' ? 'other' : guessCategory(verdict.signals), text: '',
          evidence: kind === 'appeal' ? [] : reportEvidence(verdict.signals),
        },
      });
    })();
  }, []);

  const labels = useMemo(() => labelsFor(locale), [locale]);
  if (state.phase === 'loading') return <main className="popup"><p>{t(locale, 'ui.loading')}</p></main>;
  if (state.phase === 'missing') return <main className="popup"><p role="alert">{t(locale, 'report.no-verdict')}</p></main>;
  const draft = state.draft;
  const href = issueUrl(repo, draft, labels);

  return (
    <ReportForm
      locale={locale}
      draft={draft}
      savedId={savedId}
      issueHref={href}
      notice={notice}
      onChange={(d) => setState({ phase: 'ready', draft: d })}
      onSave={async () => {
        const { id } = await request(send, 'report/save', { draft });
        setSavedId(id);
      }}
      onOpenIssue={async () => {
        if (!href || savedId === null) return;
        await browser.tabs.create({ url: href });
        await request(send, 'report/set-status', { id: savedId, status: 'issue-opened' });
      }}
      onCopy={async () => {
        if (savedId === null) return;
        await navigator.clipboard.writeText(reportText(draft, labels));
        await request(send, 'report/set-status', { id: savedId, status: 'copied' });
        setNotice(t(locale, 'report.copied'));
      }}
    />
  );
}
