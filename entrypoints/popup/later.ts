// The popup's requests after its first paint (重新检查, 信任, 离开, 在页面上显示…) go through the full contracts client,
// loaded on first use: zod's full API and every message's schema are not parsed before the verdict is on screen
// (issue 12 item 4). `preload()` fetches it once the verdict is shown, so a click does not wait for it.
import type { MessageName, RequestIn, ResponseOf } from '../../lib/messaging/contracts';
import { send } from '../_shared/page-env';

const client = () => import('../../lib/messaging/client');

export async function request<N extends MessageName>(name: N, payload: RequestIn<N>): Promise<ResponseOf<N>> {
  return (await client()).request(send, name, payload);
}

export function preload(): void {
  void client();
}
