// Draft autosave for the report page: each change is written a moment after the person stops typing, one write at
// a time and in order, so the first write's new id is the one every later write updates (never two rows for one
// report). Lives beside the page, not in lib/, because it keeps state; the message call is injected (testable).
import type { SaveState } from '../../components/report-form/report-form';
import type { ReportDraft } from '../../lib/core/types';

export type SaveFn = (draft: ReportDraft, id: number | undefined) => Promise<number>;

export class DraftSaver {
  private pending: ReportDraft | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly save: SaveFn,
    private readonly onState: (s: SaveState) => void,
    private id: number | null = null,
    private readonly delayMs = 300,
  ) {}

  get savedId(): number | null {
    return this.id;
  }

  /** A valid draft to write soon (a newer one replaces one not yet written). */
  schedule(draft: ReportDraft): void {
    this.pending = draft;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** A draft that does not validate: nothing is written, the page says so; the last good version stays stored. */
  hold(): void {
    this.pending = null;
    clearTimeout(this.timer);
    this.onState({ phase: 'invalid' });
  }

  /** Writes what is pending now; resolves to the stored id (null when nothing was ever stored). */
  flush(draft?: ReportDraft): Promise<number | null> {
    if (draft) this.pending = draft;
    clearTimeout(this.timer);
    return this.enqueue(async () => {
      const d = this.pending;
      if (!d) return this.id;
      this.pending = null;
      this.onState({ phase: 'saving' });
      try {
        this.id = await this.save(d, this.id ?? undefined);
        this.onState({ phase: 'saved', id: this.id });
      } catch {
        this.pending ??= d; // kept for the next try (the next change, or an explicit flush)
        this.onState({ phase: 'error' });
      }
      return this.id;
    });
  }

  /** Runs `fn` with the stored id after every pending write (the appeal's submit): its id is adopted. */
  async exclusive(fn: (id: number | undefined) => Promise<number>): Promise<number> {
    clearTimeout(this.timer);
    this.pending = null;
    return this.enqueue(async () => {
      this.id = await fn(this.id ?? undefined);
      this.onState({ phase: 'saved', id: this.id });
      return this.id;
    });
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }
}
