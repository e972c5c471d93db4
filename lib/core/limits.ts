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
