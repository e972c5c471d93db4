// History page: checked shops, the person's reports and appeals, their overrides; export as JSON.
import { useCallback, useEffect, useState } from 'react';
import { HistoryView, type OverrideItem } from '../../components/history-view/history-view';
import type { HistoryEntry, Report } from '../../lib/core/types';
import { t, type Locale } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { downloadHistory } from '../_shared/download';
import { pageLocale, send } from '../_shared/page-env';

export function App() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [reports, setReports] = useState<Report[]>([]);
  const [overrides, setOverrides] = useState<OverrideItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [h, r, o] = await Promise.all([
      request(send, 'history/list', { limit: 500 }),
      request(send, 'report/list', {}),
      request(send, 'override/list', {}),
    ]);
    setHistory(h);
    setReports(r);
    setOverrides(o);
  }, []);

  useEffect(() => {
    void (async () => {
      const loc = await pageLocale();
      setLocale(loc);
      document.documentElement.lang = loc;
      document.title = t(loc, 'history.title');
      await load();
    })();
  }, [load]);

  return (
    <HistoryView
      locale={locale}
      history={history}
      reports={reports}
      overrides={overrides}
      notice={notice}
      onExport={async () => {
        downloadHistory((await request(send, 'history/export', {})).json);
      }}
      onClear={async () => {
        await request(send, 'history/clear', {});
        setNotice(t(locale, 'history.cleared'));
        await load();
      }}
      onRemoveOverride={async (domain) => {
        await request(send, 'override/set', { domain, kind: null });
        await load();
      }}
    />
  );
}
