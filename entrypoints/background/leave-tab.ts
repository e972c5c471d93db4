// 离开此网站 (the banner's button; the popup's may use it too): a new-tab page opens where the tab was, and the tab is
// closed — its back button would only lead to the shop again. Neither call needs the "tabs" permission.
import { browser } from 'wxt/browser';

export async function leaveTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  await browser.tabs.create({ active: true, ...(tab ? { windowId: tab.windowId, index: tab.index + 1 } : {}) });
  await browser.tabs.remove(tabId);
}
