// Data bundled with the extension and the CLI (public/data/). Parsed once, lazily.
import vendorsJson from '../../public/data/official-vendors.json';
import { parseVendorList, type VendorList } from '../detectors/domain';

let vendors: VendorList | undefined;

export function bundledVendors(): VendorList {
  vendors ??= parseVendorList(vendorsJson);
  return vendors;
}
