// A QR code drawn as an HTML table (jquery.qrcode's `render: 'table'`): cells coloured dark or light. Rebuilt into a
// module grid carried as an image of kind 'matrix'. TODO(2026-12-05): implement (dynamic-pages work).
import type { PageImage } from '../core/types';

/** The table's QR module grid as a snapshot image, or null when the table is not a QR code. */
export function tableQrImage(_table: Element): PageImage | null {
  return null;
}
