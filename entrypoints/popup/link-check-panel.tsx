// "检查链接" in the popup (issue 11 item 9): paste a link from a QQ or WeChat group and see what KaDun can say
// without loading it. The same component and state as the check page; loaded lazily, because most popups never
// open it and the cached verdict must paint first.
import { LinkCheck } from '../../components/link-check/link-check';
import '../../components/link-check/style.css';
import type { Locale } from '../../lib/i18n';
import { useLinkCheck } from '../_shared/use-link-check';

export default function LinkCheckPanel({ locale }: { locale: Locale }) {
  const { value, setValue, busy, reply, error, check } = useLinkCheck();
  return (
    <section className="popup-link-check">
      <LinkCheck locale={locale} value={value} busy={busy} reply={reply} error={error} level={3} onChange={setValue} onSubmit={() => void check(value)} />
    </section>
  );
}
