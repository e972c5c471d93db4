// The community list's "update now" and status, for the extension's own pages (the contracts say so; the server
// enforces it). The updater does the work; these only fetch the settings it needs.
import type { Settings } from '../../lib/core/settings';
import type { Handlers } from '../../lib/messaging/server';
import type { ListUpdater } from './list-updater';

export type ListHandlers = Pick<Handlers, 'list/update-now' | 'list/status'>;

export function createListHandlers(updater: ListUpdater, settings: () => Promise<Settings>) {
  return {
    // A person asked: back-off does not apply (a failure is still recorded and still grows it).
    async 'list/update-now'() {
      return updater.update(await settings(), { manual: true });
    },
    'list/status': () => updater.status(),
  } satisfies ListHandlers;
}
