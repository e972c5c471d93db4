// Reading a chosen or pasted image on the report page: checked before it is sent (type, size, that it decodes),
// turned into a data URL for the message, and a small JPEG thumbnail drawn with a canvas (the service worker has
// no DOM to draw one).
import { REPORT_LIMITS, SHOT_TYPES, type ShotType } from '../../lib/core/report-fields';

export type ReadShot = { name: string; type: ShotType; size: number; dataUrl: string; thumb: string };
export type ShotProblem = 'not-image' | 'too-big';

const THUMB_PX = 240;

export async function readShot(file: File): Promise<ReadShot | ShotProblem> {
  if (!(SHOT_TYPES as readonly string[]).includes(file.type)) return 'not-image';
  if (file.size > REPORT_LIMITS.shotBytes) return 'too-big';
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return 'not-image'; // named .png, but not an image a browser can decode
  }
  const scale = Math.min(1, THUMB_PX / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff'; // transparent PNGs would turn black in a JPEG
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const name = (file.name || 'screenshot').slice(0, REPORT_LIMITS.nameChars);
  return { name, type: file.type as ShotType, size: file.size, dataUrl: await asDataUrl(file), thumb: canvas.toDataURL('image/jpeg', 0.75) };
}

function asDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

/** The images among what was pasted (a screenshot tool's copy, or files copied in a file manager). */
export function pastedImages(e: ClipboardEvent): File[] {
  return [...(e.clipboardData?.items ?? [])].filter((i) => i.kind === 'file' && i.type.startsWith('image/')).map((i) => i.getAsFile()).filter((f): f is File => f !== null);
}
