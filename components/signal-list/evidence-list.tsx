import { isAbsence, isTechnicalEvidence } from '../../lib/core/evidence';
import type { Evidence } from '../../lib/core/types';
import { reasonText, t, type Locale } from '../../lib/i18n';

const MAX_SHOWN = 3;

export type EvidenceListProps = {
  locale: Locale;
  evidence: Evidence[];
  onShow?: (blockId: number, target: 'block' | 'image') => void;
};

/** An absence in words ("页脚中没有备案号"), never an unrelated line of the page. */
function absenceText(locale: Locale, e: Evidence): string {
  if (e.where === 'footer') return t(locale, 'popup.absent.footer');
  if (e.where === 'page-end') return t(locale, 'popup.absent.page-end');
  return t(locale, 'popup.absent.page');
}

function Item({ locale, e, onShow }: { locale: Locale; e: Evidence; onShow: EvidenceListProps['onShow'] }) {
  const absent = isAbsence(e);
  // A source that could not answer quotes its reason id ('timeout'): say it in words.
  const lookupFailure = e.where?.endsWith('-lookup') === true;
  return (
    <li>
      {absent ? <span className="evidence-absent">{absenceText(locale, e)}</span> : <q>{lookupFailure ? reasonText(locale, e.quote) : e.quote}</q>}
      {onShow && e.blockId !== undefined && (
        // A decoded code is outlined as the image itself, not the text line nearest to it.
        <button type="button" className="show-on-page" data-block-id={e.blockId} onClick={() => onShow(e.blockId!, e.where === 'image' ? 'image' : 'block')}>
          {t(locale, 'ui.show-on-page')}
        </button>
      )}
    </li>
  );
}

/**
 * What was seen. Text a person reads stays in view; code, CSS, URLs, paths and payment payloads go under "技术细节"
 * (collapsed): they prove the finding to someone who wants to check, and only confuse everyone else.
 */
export function EvidenceList({ locale, evidence, onShow }: EvidenceListProps) {
  const shown = evidence.slice(0, MAX_SHOWN);
  const plain = shown.filter((e) => !isTechnicalEvidence(e));
  const technical = shown.filter((e) => isTechnicalEvidence(e));
  if (shown.length === 0) return null;
  return (
    <>
      {plain.length > 0 && (
        <ul className="signal-evidence" aria-label={t(locale, 'ui.evidence')}>
          {plain.map((e, k) => <Item key={k} locale={locale} e={e} onShow={onShow} />)}
        </ul>
      )}
      {technical.length > 0 && (
        <details className="tech">
          <summary>{t(locale, 'popup.tech')}</summary>
          <ul className="signal-evidence tech-evidence">
            {technical.map((e, k) => <Item key={k} locale={locale} e={e} onShow={onShow} />)}
          </ul>
        </details>
      )}
    </>
  );
}
