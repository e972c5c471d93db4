// Payloads carried in an image URL itself: QR generators take the text to encode as a query parameter, so the
// payee's code can be read without any pixels. V免签 draws `<img src="../enQrcode?url=wxp%3A%2F%2Ff2f0…">`
// (szvone/vmqphp public/payPage/pay.html); hosted generators use `?text=`, `?data=`, Google Charts `?cht=qr&chl=`.
import type { DecodedQr } from '../core/types';

/** Parameters that carry the encoded text, most specific first. */
const PAYLOAD_PARAMS = ['url', 'text', 'data', 'chl', 'content', 'value', 'str', 'qrcode', 'qr', 'code'] as const;
/** The URL is a QR generator: "qr" in the host or path (enQrcode, create-qr-code, qrcode.php), or 二维码 in pinyin. */
const GENERATOR = /qr|erweima|ewm/i;
/** A parameter pointing at an image (a proxy or a thumbnail service) is not an encoded payload. */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|svg|bmp)(?:$|[?#])/i;
const MAX_PAYLOAD = 2000;

/** The payload an image URL asks a QR generator to draw, or null when the URL is not a generator call. */
export function payloadFromImageUrl(src: string): string | null {
  if (!/^https?:/i.test(src)) return null;
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  const isGenerator = GENERATOR.test(url.hostname + url.pathname) || url.searchParams.get('cht') === 'qr';
  if (!isGenerator) return null;
  for (const name of PAYLOAD_PARAMS) {
    const raw = url.searchParams.get(name);
    if (raw === null) continue;
    let value = raw.trim();
    // Some pages encode twice (`url=wxp%253A%252F%252F…`): one more decode when a scheme is still escaped.
    if (/^[a-z][a-z0-9+.-]*%3A/i.test(value)) {
      try {
        value = decodeURIComponent(value);
      } catch {
        // keep the once-decoded value
      }
    }
    if (value.length < 4 || value.length > MAX_PAYLOAD || IMAGE_FILE.test(value)) continue;
    return value;
  }
  return null;
}

/** Every snapshot image whose URL carries a payload, as decoded QR codes (no pixels needed). */
export function qrFromImageUrls(images: ReadonlyArray<{ src: string }>): DecodedQr[] {
  const out: DecodedQr[] = [];
  images.forEach((img, imageIndex) => {
    const payload = payloadFromImageUrl(img.src);
    if (payload) out.push({ imageIndex, payload });
  });
  return out;
}
