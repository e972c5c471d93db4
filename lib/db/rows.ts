// The schemas rows are read back through: IndexedDB holds whatever an older version (or a bug) wrote, so a row is
// trusted only after it parses. A row that does not parse is skipped, never passed on half-typed.
import { z } from 'zod';
import { lightSchema, overrideKindSchema, reportSchema, verdictSchema } from '../core/schemas';

export const historyRowSchema = z.object({
  id: z.number().int().positive(),
  domain: z.string().max(260),
  url: z.string(),
  light: lightSchema,
  checkedAt: z.number(),
  verdict: verdictSchema,
});

/** Reports saved before `includeUrl` existed read as "domain only" (the safe default). */
export const reportRowSchema = reportSchema.extend({ includeUrl: z.boolean().default(false) }).strip();

export const overrideRowSchema = z.object({ domain: z.string().max(260), kind: overrideKindSchema, setAt: z.number() });

/** The rows of `rows` that match `schema`, parsed. */
export function parsedRows<S extends z.ZodType>(schema: S, rows: unknown[]): Array<z.output<S>> {
  const out: Array<z.output<S>> = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
