// The link check's state for the check page and the popup's panel: the typed text, and the background's answer to
// `link/check` (or the request's failure). The text sent is capped; the background validates it again.
import { useState } from 'react';
import type { ResponseOf } from '../../lib/messaging/contracts';
import { request } from '../../lib/messaging/client';
import { send } from './page-env';

const MAX_INPUT = 4096;

export function useLinkCheck(initial = '') {
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [reply, setReply] = useState<ResponseOf<'link/check'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = async (input: string) => {
    setBusy(true);
    setError(null);
    try {
      setReply(await request(send, 'link/check', { input: input.slice(0, MAX_INPUT) }));
    } catch (err) {
      setReply(null);
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return { value, setValue, busy, reply, error, check };
}
