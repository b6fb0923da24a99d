/**
 * Byte decoding. Accepts UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1256
 * (common in Arabic archives), detected from the bytes. Refuses binary data and anything that is
 * neither, with an error naming the input.
 */
import iconv from 'iconv-lite';
import { RasidError } from '../errors.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when a byte-order mark was found and dropped. */
  bom: boolean;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes to text. `input` names the source in error messages. */
export function decodeBytes(buf: Uint8Array, input = '<input>', opts: { encoding?: Encoding | 'auto' } = {}): Decoded {
  if (buf.length === 0) {
    throw new RasidError('E_INPUT_EMPTY', 'the input is empty', { input, hint: 'give a file with the article text' });
  }
  const forced = opts.encoding && opts.encoding !== 'auto' ? opts.encoding : undefined;
  if (forced) return { text: decodeAs(buf, forced, input), encoding: forced, bom: false };
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: decodeAs(buf.subarray(3), 'utf-8', input), encoding: 'utf-8', bom: true };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  if (looksBinary(buf)) {
    throw new RasidError('E_INPUT_BINARY', 'the input looks like binary data, not text', {
      input,
      hint: 'give a text, HTML or JSONL file (UTF-8, UTF-16 with BOM or Windows-1256); for gzip use rasid ingest',
    });
  }
  try {
    return { text: utf8Strict.decode(buf), encoding: 'utf-8', bom: false };
  } catch {
    // not UTF-8: try Windows-1256
  }
  if (plausibleWindows1256(buf)) {
    return { text: iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'windows-1256'), encoding: 'windows-1256', bom: false };
  }
  throw new RasidError('E_INPUT_ENCODING', 'the input is neither UTF-8, UTF-16 with a BOM, nor Windows-1256 Arabic', {
    input,
    hint: 'convert it to UTF-8 (for example: iconv -f ENCODING -t UTF-8 FILE)',
  });
}

function decodeAs(buf: Uint8Array, enc: Encoding, input: string): string {
  if (enc === 'utf-8') {
    try {
      return utf8Strict.decode(buf);
    } catch {
      throw new RasidError('E_INPUT_ENCODING', 'the input is not valid UTF-8', { input, hint: 'convert it to UTF-8 or pass the right encoding' });
    }
  }
  if (enc === 'windows-1256') return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'windows-1256');
  return new TextDecoder(enc).decode(buf);
}

/** NUL bytes or many control characters in the first 8 KB mean binary. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) ctrl++;
  }
  return ctrl > n * 0.05;
}

/**
 * Windows-1256 puts Arabic letters at 0xC1–0xFE (with some Latin-1 letters between). A text in it
 * has most of its high bytes in the Arabic letter positions. Bytes 0x81–0x9F hold Persian letters
 * and punctuation, also plausible.
 */
function plausibleWindows1256(buf: Uint8Array): boolean {
  let high = 0;
  let arabic = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b < 0x80) continue;
    high++;
    if ((b >= 0xc1 && b <= 0xd6) || (b >= 0xd8 && b <= 0xdf) || b === 0xe1 || (b >= 0xe3 && b <= 0xe6) || (b >= 0xec && b <= 0xed) || (b >= 0xf0 && b <= 0xf3) || b === 0xf5 || b === 0xf6 || b === 0xf8 || b === 0xfa || b === 0xa1 || b === 0xba || b === 0xbf) arabic++;
  }
  return high > 0 && arabic / high >= 0.6;
}
