// The report page's own messages (autosave, reopening a saved report, its screenshots), kept apart so the main
// contract table stays small. Extension pages only; the server validates every one like the rest.
import { z } from 'zod';
import { reportDraftSchema, reportSchema } from '../core/schemas';
import { shotMetaSchema, shotUploadSchema } from '../core/report-fields';
import { MSG } from './names';

const id = z.number().int().positive();

export const REPORT_CONTRACTS = {
  [MSG.reportAutosave]: {
    from: 'extension',
    request: z.object({ draft: reportDraftSchema, id: id.optional() }).strict(),
    response: z.object({ id }),
  },
  [MSG.reportGet]: { from: 'extension', request: z.object({ id }).strict(), response: reportSchema.nullable() },
  [MSG.reportShotAdd]: {
    from: 'extension',
    request: shotUploadSchema,
    // refused: why a screenshot was not kept (too many, too big, not an image…), for the page to say in words.
    response: z.object({ shot: shotMetaSchema.nullable(), refused: z.enum(['too-many', 'too-big', 'no-report']).nullable() }),
  },
  [MSG.reportShotRemove]: {
    from: 'extension',
    request: z.object({ reportId: id, shotId: id }).strict(),
    response: z.object({ removed: z.boolean() }),
  },
  [MSG.reportShotGet]: {
    from: 'extension',
    request: z.object({ shotId: id }).strict(),
    response: z.object({ dataUrl: z.string() }).nullable(),
  },
} as const;
