// Turning on a data source asks the browser for what it needs, from the click that turns it on: the source's hosts,
// and in Firefox also the person's consent to send browsing activity (the registrable domain of a shop page leaves
// the browser: the manifest declares `browsingActivity` as optional data collection, wxt.config.ts). A Firefox that
// does not know `data_collection` in permission requests (before its built-in consent) rejects the request as a type
// error: then the hosts alone are asked, as in Chromium.
import { browser } from 'wxt/browser';

type Request = { origins: string[]; data_collection?: string[] };

export function requestSourcePermission(origins: string[], firefox = import.meta.env.FIREFOX === true): Promise<boolean> {
  const request = (p: Request) => browser.permissions.request(p as Parameters<typeof browser.permissions.request>[0]);
  if (!firefox) return request({ origins });
  return request({ origins, data_collection: ['browsingActivity'] }).catch((err: unknown) =>
    err instanceof TypeError || /data_collection|Unexpected property/i.test(String(err)) ? request({ origins }) : Promise.reject(err));
}
