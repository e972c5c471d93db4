// Turning on a data source: Chromium asks for the hosts only; Firefox also for consent to send browsing activity, and
// falls back to the hosts alone where the browser does not know that kind of request.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { requestSourcePermission } from '../../entrypoints/_shared/source-permission';

const origins = ['https://rdap.example/*'];
afterEach(() => vi.restoreAllMocks());
// The polyfill's types say the request resolves to nothing; the browser resolves whether it was granted.
const spyRequest = () => vi.spyOn(browser.permissions as unknown as { request: (p: unknown) => Promise<boolean> }, 'request');

describe('requestSourcePermission', () => {
  it('asks Chromium for the hosts only', async () => {
    const request = spyRequest().mockResolvedValue(true);
    expect(await requestSourcePermission(origins, false)).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins });
  });

  it('asks Firefox for the hosts and browsingActivity together, and passes a refusal on', async () => {
    const request = spyRequest().mockResolvedValue(false);
    expect(await requestSourcePermission(origins, true)).toBe(false);
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins, data_collection: ['browsingActivity'] });
  });

  it('falls back to the hosts alone when Firefox rejects the data_collection key as a type error, not on other errors', async () => {
    const request = spyRequest()
      .mockRejectedValueOnce(new TypeError('Type error for parameter permissions (Unexpected property "data_collection")'))
      .mockResolvedValueOnce(true);
    expect(await requestSourcePermission(origins, true)).toBe(true);
    expect(request).toHaveBeenLastCalledWith({ origins });
    spyRequest().mockRejectedValue(new Error('permissions.request may only be called from a user input handler'));
    await expect(requestSourcePermission(origins, true)).rejects.toThrow(/user input/);
  });
});
