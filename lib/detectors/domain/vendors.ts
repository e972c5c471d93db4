// The official-vendor list (public/data/official-vendors.json): who sells game cards, memberships and top-ups
// officially, under which registrable domains, and which brand tokens imitations borrow. Parsed here; loading the
// file (bundled import, or the CLI reading it) is the caller's business — no fetch in lib/detectors.
import { z } from 'zod';
import type { DomainInputs, OfficialVendor } from './types';

export const VENDOR_LIST_SCHEMA_VERSION = 1;

/** Lower-case ASCII (punycode) hostname with at least two labels. Registrability is checked by the hygiene test. */
const domainSchema = z.string().max(253).regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/);
/** A brand token: lower-case letters and digits (numeric brands such as 10086 only ever match a whole label). */
const brandSchema = z.string().regex(/^[a-z0-9]{2,30}$/);

/** A name the vendor goes by on its own pages (腾讯, Tencent, 京东, JD.com): what a page claiming to be it writes. */
const nameSchema = z.string().min(2).max(30).regex(/^[^\s<>]+(?: [^\s<>]+)*$/);
/**
 * An ICP filing / licence number the vendor shows on its own sites, as written (京ICP证070359号, 粤B2-20090059), with
 * where it can be seen in public: a URL or `github:owner/repo@commit:path`. A number without a source is not listed.
 */
export const licenceSchema = z.object({
  number: z.string().regex(/^(?:[\u4e00-\u9fff]ICP[备证]\d{5,10}号|[\u4e00-\u9fff]?[AB][12]-\d{8})$/),
  source: z.string().regex(/^(?:https:\/\/\S+|github:[\w.-]+\/[\w.-]+@[0-9a-f]{40}:\S+)$/),
  note: z.string().max(300).optional(),
}).strict();

export const officialVendorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.object({ 'zh-CN': z.string().min(1).max(60), en: z.string().min(1).max(60) }).strict(),
  domains: z.array(domainSchema).min(1).max(50),
  brands: z.array(brandSchema).max(30),
  /** Names in both languages, for page claims (copyright holder, title, "官方充值中心"); default none. */
  names: z.object({ 'zh-CN': z.array(nameSchema).max(10), en: z.array(nameSchema).max(10) }).strict().optional(),
  /** Products sold under the vendor's name that a page may call "official" (Q币官方充值); default none. */
  products: z.array(nameSchema).max(20).optional(),
  licences: z.array(licenceSchema).max(20).optional(),
  /** Why an entry is there or what was left out (maintainers' notes; not shown). */
  note: z.string().max(500).optional(),
}).strict();

export const vendorListSchema = z.object({
  schemaVersion: z.literal(VENDOR_LIST_SCHEMA_VERSION),
  version: z.string().min(1).max(40),
  generatedAt: z.iso.datetime({ offset: true }),
  vendors: z.array(officialVendorSchema).min(1).max(500),
}).strict().superRefine((list, ctx) => {
  const seen = { id: new Set<string>(), domain: new Set<string>(), brand: new Set<string>(), licence: new Set<string>() };
  const once = (kind: keyof typeof seen, value: string, path: (string | number)[]) => {
    if (seen[kind].has(value)) ctx.addIssue({ code: 'custom', message: `duplicate ${kind}: ${value}`, path });
    seen[kind].add(value);
  };
  list.vendors.forEach((v, i) => {
    once('id', v.id, ['vendors', i, 'id']);
    v.domains.forEach((d, j) => once('domain', d, ['vendors', i, 'domains', j]));
    v.brands.forEach((b, j) => once('brand', b, ['vendors', i, 'brands', j]));
    (v.licences ?? []).forEach((l, j) => once('licence', l.number, ['vendors', i, 'licences', j, 'number']));
  });
});

export type VendorList = z.infer<typeof vendorListSchema>;

/** Parses the list file's JSON; throws an Error naming the first problem (a bundled file that fails is a build bug). */
export function parseVendorList(json: unknown): VendorList {
  const r = vendorListSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`official-vendors.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

/** The part of DomainInputs that comes from the list. */
export function vendorInputs(list: VendorList): Pick<DomainInputs, 'vendors' | 'vendorList'> {
  const vendors: OfficialVendor[] = list.vendors.map(({ id, name, domains, brands, names, products, licences }) => ({
    id, name, domains, brands,
    names: [...(names?.['zh-CN'] ?? []), ...(names?.en ?? [])],
    products: products ?? [],
    licences: (licences ?? []).map((l) => l.number),
  }));
  return { vendors, vendorList: { version: list.version, generatedAt: Date.parse(list.generatedAt) } };
}

/** One name for both languages' texts (`{vendor}`): 腾讯 / Tencent. */
export function vendorDisplayName(v: OfficialVendor): string {
  return v.name['zh-CN'] === v.name.en ? v.name.en : `${v.name['zh-CN']} / ${v.name.en}`;
}
