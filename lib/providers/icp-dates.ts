// An ICP record's own date (`updateRecordTime`, MIIT's 审核通过日期) as a sanity check (issue 10, "dates in the
// future or invalid"). A record whose approval time lies in the future, or is not a date at all, was not produced by
// the registry as it stands: a lookup service that garbles fields, a proxy's placeholder, a forged record. Such a
// record is no evidence either way, so every ICP provider answers `unavailable` for it — never found ("filed") and
// never not-found ("not filed"). An absent date is fine: many services do not return it.

/** A filing year before 2000 is flagged on pages too (domain-facts §1, the 备案 number's year): no real approval predates it. */
const EARLIEST = Date.UTC(2000, 0, 1);
/** MIIT writes Beijing time without a zone; a day of slack keeps a fresh record from reading as "future". */
const SLACK_MS = 24 * 60 * 60 * 1000;

/** "2024-05-20 10:11:12", "2024-05-20", "2024/5/20 10:11", "2024年5月20日", or epoch milliseconds / seconds. */
const DATE = /^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** When the record was approved, in ms (read as UTC+8 when no zone is given); NaN when the text is not a real date. */
export function parseRecordTime(text: string): number {
  const t = text.normalize('NFKC').trim();
  if (/^\d{10}$|^\d{13}$/.test(t)) return Number(t) * (t.length === 10 ? 1000 : 1);
  const m = DATE.exec(t);
  if (!m) return Number.NaN;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1, 7).map((v) => v ?? undefined) as string[];
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 2024-02-31 over into March: a day that does not exist is not a date.
  if (new Date(local).getUTCDate() !== day) return Number.NaN;
  const zone = m[7];
  if (zone === undefined) return local - 8 * 3_600_000;
  if (zone === 'Z') return local;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^\d]/g, '');
  return local - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/** Why a record's date makes it no evidence ('future' / 'invalid'), or null when it is absent or plausible. */
export function recordDateProblem(record: { updateRecordTime?: string | undefined }, now: number): 'future' | 'invalid' | null {
  if (record.updateRecordTime === undefined || record.updateRecordTime.trim() === '') return null;
  const at = parseRecordTime(record.updateRecordTime);
  if (!Number.isFinite(at) || at < EARLIEST) return 'invalid';
  return at > now + SLACK_MS ? 'future' : null;
}
