// Reads one file out of a zip (the store packages `npm run zip` writes), with Node's zlib only: the end-of-central-
// directory record → the central directory → the entry's local header → its stored or deflated bytes. Enough for
// checking a package's manifest; not a general zip reader (no zip64, no encryption: WXT writes neither).
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The names of every entry in the zip at `path`. */
export function zipNames(path: string): string[] {
  return centralEntries(readFileSync(path)).map((e) => e.name);
}

/** The bytes of `name` inside the zip at `path`, or null when the zip has no such entry. */
export function zipEntry(path: string, name: string): Buffer | null {
  const zip = readFileSync(path);
  const entry = centralEntries(zip).find((e) => e.name === name);
  if (!entry) return null;
  if (zip.readUInt32LE(entry.localOffset) !== LOCAL) throw new Error(`${path}: bad local header for ${name}`);
  const start = entry.localOffset + 30 + zip.readUInt16LE(entry.localOffset + 26) + zip.readUInt16LE(entry.localOffset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`${path}: ${name} uses compression method ${entry.method}`);
}

type Central = { name: string; method: number; compressedSize: number; localOffset: number };

function centralEntries(zip: Buffer): Central[] {
  // The end record is the last 22 bytes plus a comment of at most 64 KB.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) if (zip.readUInt32LE(i) === EOCD) { eocd = i; break; }
  if (eocd < 0) throw new Error('not a zip file (no end-of-central-directory record)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: Central[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('corrupt central directory');
    const nameLen = zip.readUInt16LE(at + 28);
    out.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLen),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}
