// "检查链接" in the popup (issue 11 item 9): paste a link from a QQ or WeChat group and see what KaDun can say
// without loading it. The same component as the check page (components/link-check); loaded lazily, because most
// popups never open it and the cached verdict must paint first.
import { useState } from 'react';
import { LinkCheck, type LinkCheckReply } from '../../components/link-check/link-check';
import '../../components/link-check/style.css';
import type { Locale } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { send } from '../_shared/page-env';

export default function LinkCheckPanel({ locale }: { locale: Locale }) {
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [reply, setReply] = useState<LinkCheckReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      setReply(await request(send, 'link/check', { input: value.slice(0, 4096) }));
    } catch (err) {
      setReply(null);
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="popup-link-check">
      <LinkCheck locale={locale} value={value} busy={busy} reply={reply} error={error} level={3} onChange={setValue} onSubmit={() => void submit()} />
    </section>
  );
}
