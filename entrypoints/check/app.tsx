// The check page: paste a link (or arrive from the link context menu with ?url=…) and see what KaDun can say
// without loading it. The one container; components/link-check renders.
import { useEffect, useState } from 'react';
import { LinkCheck, type LinkCheckReply } from '../../components/link-check/link-check';
import { t, type Locale } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { browserLocale } from '../_shared/locale';
import { pageLocale, send } from '../_shared/page-env';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function App() {
  const [locale, setLocale] = useState<Locale>(browserLocale);
  const [value, setValue] = useState(() => new URLSearchParams(location.search).get('url') ?? '');
  const [busy, setBusy] = useState(false);
  const [reply, setReply] = useState<LinkCheckReply | null>(null);
  const [error, setError] = useState<string | null>(null);

  const check = async (input: string) => {
    setBusy(true);
    setError(null);
    try {
      setReply(await request(send, 'link/check', { input: input.slice(0, 4096) }));
    } catch (err) {
      setReply(null);
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void pageLocale().then(setLocale);
    // From the context menu: the link is checked right away.
    if (value) void check(value);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t(locale, 'check.title')} · ${t(locale, 'app.name')}`;
  }, [locale]);

  return (
    <main className="check-page">
      <h1>{t(locale, 'check.title')}</h1>
      <p className="lead">{t(locale, 'check.lead')}</p>
      <LinkCheck locale={locale} value={value} busy={busy} reply={reply} error={error} onChange={setValue} onSubmit={() => void check(value)} />
    </main>
  );
}
