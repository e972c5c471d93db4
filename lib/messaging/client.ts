// Extension pages' side: send a request, validate the reply against the contract. No call-site generics that
// assert a reply type: the type comes from the schema that checked it.
import { CONTRACTS, replySchema, type MessageName, type RequestIn, type ResponseOf } from './contracts';

export type SendFn = (message: unknown) => Promise<unknown>;

export async function request<N extends MessageName>(send: SendFn, name: N, payload: RequestIn<N>): Promise<ResponseOf<N>> {
  const raw = await send({ type: name, payload });
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new Error(`no valid reply to ${name}`);
  if (!reply.data.ok) throw new Error(reply.data.error);
  const data = CONTRACTS[name].response.safeParse(reply.data.data);
  if (!data.success) throw new Error(`invalid reply to ${name}`);
  return data.data as ResponseOf<N>;
}
