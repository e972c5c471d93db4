// Report / appeal page: ?tabId=N&kind=report|appeal (pre-filled from the tab's verdict) or ?id=N (a saved report).
// Every change is autosaved in Dexie through the background (./draft-saver.ts); the channels open from here.
import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { ReportForm, type SaveState } from '../../components/report-form/report-form';
import { giteeIssuesUrl } from '../../lib/core/report-channels';
import { fieldProblems, REPORT_LIMITS, sizeText, type ShotMeta } from '../../lib/core/report-fields';
import { issueUrl, reportText, type ReportLabels } from '../../lib/core/report';
import { DEFAULT_LIST_GITEE_REPO } from '../../lib/core/settings';
import type { Report, ReportDraft } from '../../lib/core/types';
import { signalText, t, type Locale } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { pageLocale, send } from '../_shared/page-env';
import { DraftSaver } from './draft-saver';
import { loadReport, type Loaded } from './load';
import { pastedImages, readShot } from './screenshot';

function labelsFor(locale: Locale): ReportLabels {
  const h = (k: 'site' | 'category' | 'description' | 'evidence' | 'via' | 'amount' | 'payee' | 'order' | 'paid-at') => t(locale, `report.heading.${k}`);
  return {
    title: (kind, domain) => t(locale, `report.title.${kind}`, { domain }),
    category: (c) => t(locale, `category.${c}`),
    signal: (id, params) => signalText(locale, { id, params }).title,
    amount: (amount) => t(locale, 'report.amount.value', { amount }),
    shots: (n) => t(locale, 'report.shots.in-text', { n }),
    headings: {
      site: h('site'), category: h('category'), description: h('description'), evidence: h('evidence'), via: h('via'),
      amount: h('amount'), payee: h('payee'), orderNo: h('order'), paidAt: h('paid-at'),
    },
  };
}

export function App() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<ReportDraft | null>(null);
  const [save, setSave] = useState<SaveState>({ phase: 'unsaved' });
  const [shots, setShots] = useState<ShotMeta[]>([]);
  const [shotNotice, setShotNotice] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [appealedId, setAppealedId] = useState<number | null>(null);
  const [repo, setRepo] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const saver = useRef<DraftSaver | null>(null);
  const shotsRef = useRef<ShotMeta[]>([]);
  shotsRef.current = shots;

  useEffect(() => {
    void (async () => {
      const loc = await pageLocale();
      setLocale(loc);
      document.documentElement.lang = loc;
      setRepo((await request(send, 'settings/get', {})).listRepoUrl);
      const l = await loadReport(location.search);
      setLoaded(l);
      if (l.phase !== 'ready') return;
      document.title = t(loc, `report.title.${l.draft.kind}`, { domain: l.draft.domain });
      const autosave = (d: ReportDraft, id: number | undefined) => request(send, 'report/autosave', { draft: d, id }).then((r) => r.id);
      saver.current = new DraftSaver(autosave, setSave, l.id);
      setDraft(l.draft);
      setShots(l.shots);
      if (l.id !== null) setSave({ phase: 'saved', id: l.id });
    })();
  }, []);

  const labels = useMemo(() => labelsFor(locale), [locale]);

  const attach = async (files: File[]) => {
    setShotNotice(null);
    for (const file of files) {
      if (shotsRef.current.length >= REPORT_LIMITS.shots) return setShotNotice(t(locale, 'report.shots.too-many', { max: REPORT_LIMITS.shots }));
      const read = await readShot(file);
      if (read === 'not-image') { setShotNotice(t(locale, 'report.shots.not-image', { name: file.name })); continue; }
      if (read === 'too-big') { setShotNotice(t(locale, 'report.shots.too-big', { name: file.name, size: sizeText(file.size), max: sizeText(REPORT_LIMITS.shotBytes) })); continue; }
      const reportId = await saver.current?.flush(draft && !fieldProblems(draft).length ? draft : undefined);
      if (!reportId) return setShotNotice(t(locale, 'report.shots.no-report'));
      const { shot, refused } = await request(send, 'report/shot-add', { reportId, name: read.name, type: read.type, dataUrl: read.dataUrl, thumb: read.thumb });
      if (shot) setShots((s) => [...s, shot]);
      else setShotNotice(t(locale, `report.shots.${refused ?? 'no-report'}`, { max: REPORT_LIMITS.shots, name: read.name, size: sizeText(read.size) }));
    }
  };

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const images = pastedImages(e);
      if (images.length === 0 || draft?.kind !== 'report') return; // text pastes into fields as usual
      e.preventDefault();
      void attach(images);
    };
    // Leaving the tab (switching away, closing the window) writes what the debounce still holds.
    const onHide = () => { if (document.visibilityState === 'hidden') void saver.current?.flush(); };
    document.addEventListener('paste', onPaste);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('visibilitychange', onHide);
    };
  });

  if (!loaded) return <main className="popup"><p>{t(locale, 'ui.loading')}</p></main>;
  if (loaded.phase === 'missing' || !draft) {
    return <main className="popup"><p role="alert">{t(locale, loaded.phase === 'missing' && loaded.why === 'missing-saved' ? 'report.missing-saved' : 'report.no-verdict')}</p></main>;
  }
  const copyText = reportText(draft, labels, shots.length);
  const problems = fieldProblems(draft);
  const status = async (s: Report['status']) => {
    const id = await saver.current!.flush(problems.length ? undefined : draft);
    if (id) await request(send, 'report/set-status', { id, status: s });
  };

  return (
    <ReportForm
      locale={locale}
      draft={draft}
      save={save}
      problems={problems}
      payeePrefilled={loaded.payeePrefilled && draft.payee === loaded.draft.payee}
      appealedId={appealedId}
      notice={notice}
      issueHref={issueUrl(repo, draft, labels)}
      giteeHref={giteeIssuesUrl(DEFAULT_LIST_GITEE_REPO)}
      copyText={copyText}
      shots={{
        shots, notice: shotNotice, viewing, onFiles: (f) => void attach(f),
        onRemove: async (shotId) => {
          const reportId = saver.current?.savedId;
          if (reportId && (await request(send, 'report/shot-remove', { reportId, shotId })).removed) setShots((s) => s.filter((x) => x.id !== shotId));
        },
        onView: async (shotId) => setViewing(shotId === null ? null : ((await request(send, 'report/shot-get', { shotId }))?.dataUrl ?? null)),
      }}
      onChange={(d) => {
        setDraft(d);
        if (fieldProblems(d).length) saver.current?.hold();
        else saver.current?.schedule(d);
      }}
      onSaveNow={() => void (problems.length ? saver.current?.hold() : saver.current?.flush(draft))}
      onAppeal={async () => {
        const id = await saver.current!.exclusive(async (prev) => (await request(send, 'report/save', { draft, id: prev })).id);
        setAppealedId(id);
      }}
      onOpenIssue={async () => {
        const href = issueUrl(repo, draft, labels);
        if (!href) return;
        await browser.tabs.create({ url: href });
        await status('issue-opened');
      }}
      onOpenGitee={async () => {
        const href = giteeIssuesUrl(DEFAULT_LIST_GITEE_REPO);
        if (!href) return;
        await browser.tabs.create({ url: href });
        await status('issue-opened');
      }}
      onCopy={async () => {
        try {
          await navigator.clipboard.writeText(copyText);
          setNotice(t(locale, 'report.copied'));
          await status('copied');
        } catch {
          setNotice(t(locale, 'report.copy-failed'));
        }
      }}
    />
  );
}
