// The person's ICP HTTP lookup service, as configured (lib/providers/icp-http.ts explains the mapping and asks it).
// Here in the core because the settings hold it: the core imports no provider, providers import the core.
import { z } from 'zod';

export const ICP_HTTP_PLACEHOLDER = '{domain}';
const PLACEHOLDER = ICP_HTTP_PLACEHOLDER;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const UNSAFE_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

const dotPath = z.string().min(1).max(200).regex(/^[^.\s]+(\.[^.\s]+)*$/, 'a dot path such as params.list')
  .refine((p) => !p.split('.').some((s) => UNSAFE_SEGMENTS.has(s)), 'path segment not allowed');

function endpointProblem(template: string): string | undefined {
  if (template.split(PLACEHOLDER).length !== 2) return `must contain ${PLACEHOLDER} exactly once`;
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) return `no placeholder other than ${PLACEHOLDER}`;
  let a: URL;
  let b: URL;
  try {
    a = new URL(template.replace(PLACEHOLDER, 'a.invalid'));
    b = new URL(template.replace(PLACEHOLDER, 'b.invalid'));
  } catch {
    return 'not a URL';
  }
  if (a.protocol !== 'https:' && !(a.protocol === 'http:' && LOOPBACK.has(a.hostname))) return 'https only (http only to this machine)';
  if (a.username || a.password) return 'credentials belong in headers, not in the URL';
  if (a.origin !== b.origin) return `${PLACEHOLDER} must be in the path or query, not the host`;
  if (a.hash !== b.hash || a.hash !== '') return 'no fragment';
  return undefined;
}

export const icpHttpConfigSchema = z.object({
  endpoint: z.string().max(2000).superRefine((s, ctx) => {
    const problem = endpointProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  headers: z.record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'header name'), z.string().max(4000)).optional(),
  mapping: z.object({
    list: dotPath.optional(),
    found: z.object({ path: dotPath, equals: z.union([z.string(), z.number(), z.boolean()]) }).optional(),
    fields: z.object({
      unitName: dotPath, natureName: dotPath, mainLicence: dotPath, serviceLicence: dotPath, domain: dotPath,
      updateRecordTime: dotPath.optional(), limitAccess: dotPath.optional(),
    }),
  }),
});
export type IcpHttpConfig = z.infer<typeof icpHttpConfigSchema>;
