import type { Severity, Signal } from '../../lib/core/types';
import { signalHeadline, signalSourceText, signalText, t, type Locale } from '../../lib/i18n';
import { EvidenceList } from './evidence-list';

/** Danger and warn first (what decides), then the good news; info is collapsed under "其他信息 (n)". */
const SHOWN: Severity[] = ['danger', 'warn', 'good'];

export type SignalListProps = {
  locale: Locale;
  signals: Signal[];
  /** "在页面上显示": scroll the shop page to the element and outline it (absent: no button). */
  onShow?: (blockId: number, target: 'block' | 'image') => void;
};

/** One card: the plain headline in view; the detailed title (with its payload), why and what to do on opening it. */
function SignalCard({ locale, signal: s, onShow, first }: { locale: Locale; signal: Signal; onShow: SignalListProps['onShow']; first?: boolean }) {
  const text = signalText(locale, s);
  return (
    <li className="signal" data-signal-id={s.id}>
      <details>
        <summary className="signal-title" elementtiming={first ? 'kadun-reason' : undefined}>{signalHeadline(locale, s.id)}</summary>
        <p className="signal-detail">{text.title}</p>
        {text.explain && <p className="signal-explain">{text.explain}</p>}
        {text.action && <p className="signal-action">{text.action}</p>}
      </details>
      <EvidenceList locale={locale} evidence={s.evidence} onShow={onShow} />
      <p className="signal-source">{signalSourceText(locale, s)}</p>
    </li>
  );
}

function Group({ locale, severity, group, onShow, first }: { locale: Locale; severity: Severity; group: Signal[]; onShow: SignalListProps['onShow']; first?: Signal }) {
  return (
    <section className={`signal-group severity-${severity}`} data-severity={severity}>
      <h2>{t(locale, `severity.${severity}`)} ({group.length})</h2>
      <ul>{group.map((s, i) => <SignalCard key={`${s.id}-${i}`} locale={locale} signal={s} onShow={onShow} first={s === first} />)}</ul>
    </section>
  );
}

export function SignalList({ locale, signals, onShow }: SignalListProps) {
  if (signals.length === 0) return <p className="signals-empty">{t(locale, 'ui.no-signals')}</p>;
  const info = signals.filter((s) => s.severity === 'info');
  // The first danger (else warn) reason: the popup's first-paint clock ends when it is painted (Element Timing).
  const first = signals.find((s) => s.severity === 'danger') ?? signals.find((s) => s.severity === 'warn');
  return (
    <div className="signals">
      {SHOWN.map((severity) => {
        const group = signals.filter((s) => s.severity === severity);
        return group.length ? <Group key={severity} locale={locale} severity={severity} group={group} onShow={onShow} first={first} /> : null;
      })}
      {info.length > 0 && (
        <details className="other-info">
          <summary>{t(locale, 'popup.other-info', { n: info.length })}</summary>
          <Group locale={locale} severity="info" group={info} onShow={onShow} />
        </details>
      )}
    </div>
  );
}
