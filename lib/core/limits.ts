// Plain data (no zod): the content script's extractor imports these caps too.
/** Caps that bound what a page can make us carry; the extractor enforces them and the schema re-checks them. */
export const SNAPSHOT_LIMITS = {
  blocks: 1500,
  blockChars: 400,
  totalChars: 120_000,
  links: 400,
  forms: 20,
  formFields: 40,
  scriptSrcs: 80,
  inlineScripts: 20,
  inlineScriptChars: 1500,
  images: 24,
  imageDataUrlChars: 300_000,
  metaEntries: 40,
  elementsVisited: 60_000,
  urlChars: 2048,
  controls: 200,
  controlChars: 120,
} as const;

/**
 * The CLI's pre-pass before parsing (lib/extract/limit-nesting.ts). happy-dom costs ~50 µs an element to parse and
 * as much again to walk and tear down, so a page reaches it with at most `elements` (issue 10: ≤ 1 s a page, on a
 * busy machine, for every hostile page; 6,000 elements and 2,500 a tag took up to 1.3 s); the same 5 MB input cap
 * as the CLI's file and fetch readers. The snapshot keeps 1,500 blocks at most, so more elements of one tag add
 * little; their text is kept when their tags are dropped.
 */
export const PREPASS_LIMITS = {
  inputChars: 5 * 1024 * 1024,
  depth: 256,
  elements: 4000,
  headElements: 300,
  perTagDefault: 1500,
  /** happy-dom re-indexes a <select>'s options on every insert: a few hundred are plenty for a pay picker. */
  perTag: { option: 300, select: 40, optgroup: 40, a: 600, img: 300, td: 2500, tr: 500, table: 100, iframe: 40, form: 100, input: 800, textarea: 50, button: 800 },
} as const;
