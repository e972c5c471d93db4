// data: URLs ↔ Blobs. Runtime messages are JSON in Chrome (a Blob does not survive them), so a screenshot crosses
// from the report page as a data URL and is kept as a Blob. The base64 step is the project's one (lib/risk-list/base64).
import { base64ToBytes, bytesToBase64 } from '../../lib/risk-list/base64';

export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream';
  const bytes = base64ToBytes(dataUrl.slice(comma + 1));
  if (comma < 0 || !bytes) throw new Error('not a base64 data: URL');
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}

export async function blobToDataUrl(blob: Blob, type = blob.type): Promise<string> {
  return `data:${type};base64,${bytesToBase64(new Uint8Array(await blob.arrayBuffer()))}`;
}
