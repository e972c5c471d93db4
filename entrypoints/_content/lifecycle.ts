// An orphaned page script stops itself (what WXT's content-script context did, for a fraction of its start-up): when
// the extension is reloaded or updated, the scripts already in open pages keep running without an extension behind
// them, and the new copy starts beside them. The new copy announces itself with a DOM event; an old copy that hears
// it and finds its extension gone (runtime.id unset) stops its watch and removes its banner. The page can fire the
// same event, but a copy whose extension is still there ignores it, so a page cannot stop KaDun that way. Timers go
// through `later`, which runs nothing once the script is orphaned.
import { extAlive } from './ext';

export type Lifecycle = {
  readonly invalid: boolean;
  later(fn: () => void, ms: number): void;
  onInvalidated(fn: () => void): void;
};

export function startLifecycle(name: string): Lifecycle {
  const eventName = `kadun:started:${name}`;
  const stops: Array<() => void> = [];
  let invalid = false;
  const check = () => {
    if (invalid || extAlive()) return;
    invalid = true;
    document.removeEventListener(eventName, check);
    for (const stop of stops.splice(0)) {
      try {
        stop();
      } catch {
        // One failed clean-up must not keep the others from running.
      }
    }
  };
  document.dispatchEvent(new CustomEvent(eventName));
  document.addEventListener(eventName, check);
  return {
    get invalid() {
      check();
      return invalid;
    },
    later(fn, ms) {
      setTimeout(() => {
        check();
        if (!invalid) fn();
      }, ms);
    },
    onInvalidated(fn) {
      stops.push(fn);
    },
  };
}
