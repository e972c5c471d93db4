// The check page: paste a link (or arrive from the link context menu with ?url=…) and see what KaDun can say
// without loading it. The one container; components/link-check renders.
import { useEffect, useState } from 'react';
import { LinkCheck } from '../../components/link-check/link-check';
import { t, type Locale } from '../../lib/i18n';
import { browserLocale } from '../_shared/locale';
import { pageLocale } from '../_shared/page-env';
import { useLinkCheck } from '../_shared/use-link-check';

export function App() {
  const [locale, setLocale] = useState<Locale>(browserLocale);
  const { value, setValue, busy, reply, error, check } = useLinkCheck(new URLSearchParams(location.search).get('url') ?? '');

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
