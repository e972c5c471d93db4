// Plain message names, importable by content scripts (no zod). The schemas live in contracts.ts.
export const MSG = {
  pageSnapshot: 'page/snapshot',
  verdictGet: 'verdict/get',
  verdictRecheck: 'verdict/recheck',
  reportSave: 'report/save',
  reportList: 'report/list',
  reportStatus: 'report/set-status',
  /** The report page's draft autosave (never sets an override, even for an appeal). */
  reportAutosave: 'report/autosave',
  reportGet: 'report/get',
  reportShotAdd: 'report/shot-add',
  reportShotRemove: 'report/shot-remove',
  reportShotGet: 'report/shot-get',
  overrideSet: 'override/set',
  overrideGet: 'override/get',
  overrideList: 'override/list',
  historyList: 'history/list',
  historyExport: 'history/export',
  historyClear: 'history/clear',
  settingsGet: 'settings/get',
  settingsSet: 'settings/set',
  bannerDismiss: 'banner/dismiss',
  bannerOpenReasons: 'banner/open-reasons',
  /** Content script → background: the banner is in the page but not actually visible (covered, clipped, warped). */
  bannerHidden: 'banner/hidden',
  /** Content script → background: the person clicked 离开此网站 on the banner (the tab is closed for a new tab). */
  bannerLeave: 'banner/leave',
  pageHighlight: 'page/highlight',
  icpAssistOpen: 'icp/assist-open',
  icpCaptured: 'icp/captured',
  /** MIIT query page's content script → background: which domain the person asked KaDun to look up. */
  icpAssistPending: 'icp/assist-pending',
  listUpdateNow: 'list/update-now',
  listStatus: 'list/status',
  /** Interstitial (docs/interstitial.md): the document_start script's prefilter hit; the background decides. */
  gateCheck: 'gate/check',
  gateInfo: 'gate/info',
  gateBypass: 'gate/bypass',
  /** Check a link before visiting it (the check page, the link context menu). */
  linkCheck: 'link/check',
  /** Background → content script: which document do you show? (reports first if it never did; docs/no-wake.md) */
  docSync: 'doc/sync',
  /** Background → content script: send a fresh snapshot. */
  snapshotRequest: 'snapshot/request',
  /** Background → content script: the tab's verdict was refined after its reply (a late QR decode): show this banner. */
  bannerShow: 'banner/show',
  /** Background → content script: scroll to a text block and outline it. */
  highlightBlock: 'highlight/block',
  /** Popup → background: "离开此网站" — take the tab away from the shop (to a blank page). */
  tabLeave: 'tab/leave',
} as const;

export type Envelope = { type: string; payload?: unknown };
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
