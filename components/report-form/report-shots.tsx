import { REPORT_LIMITS, sizeText, type ShotMeta } from '../../lib/core/report-fields';
import { t, type Locale } from '../../lib/i18n';

export type ShotsProps = {
  locale: Locale;
  shots: readonly ShotMeta[];
  /** Why the last screenshot was not kept, in words; null when it was. */
  notice: string | null;
  /** A full-size image being looked at (a data URL), or null. */
  viewing: string | null;
  onFiles: (files: File[]) => void;
  onRemove: (id: number) => void;
  onView: (id: number | null) => void;
};

/** Screenshots: chosen or pasted, kept in this browser, shown as thumbnails. */
export function ReportShots({ locale, shots, notice, viewing, onFiles, onRemove, onView }: ShotsProps) {
  const full = shots.length >= REPORT_LIMITS.shots;
  return (
    <fieldset className="shots">
      <legend>{t(locale, 'report.shots.title')}</legend>
      <p className="hint">{t(locale, 'report.shots.hint', { max: REPORT_LIMITS.shots, size: sizeText(REPORT_LIMITS.shotBytes) })}</p>
      <label className="file">
        {t(locale, 'report.shots.choose')}
        <input type="file" name="screenshots" accept="image/png,image/jpeg,image/webp,image/gif" multiple disabled={full}
          onChange={(e) => { onFiles([...(e.target.files ?? [])]); e.target.value = ''; }} />
      </label>
      {notice && <p className="error" role="alert">{notice}</p>}
      {shots.length > 0 && (
        <ul className="thumbs">
          {shots.map((s) => (
            <li key={s.id} data-shot-id={s.id}>
              <img src={s.thumb} alt={t(locale, 'report.shots.alt', { name: s.name })} />
              <span className="meta">{s.name} · {sizeText(s.size)}</span>
              <span className="actions">
                <button type="button" name="view-shot" onClick={() => onView(s.id)}>{t(locale, 'report.shots.view')}</button>
                <button type="button" name="remove-shot" onClick={() => onRemove(s.id)}>{t(locale, 'report.shots.remove')}</button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {viewing && (
        <div className="viewer" role="dialog">
          <img src={viewing} alt="" />
          <button type="button" name="close-shot" onClick={() => onView(null)}>{t(locale, 'report.shots.close')}</button>
        </div>
      )}
    </fieldset>
  );
}
