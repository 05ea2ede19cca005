// QR codes for the class join link on the projector, made by a kept library (uqr: byte mode
// for any UTF-8 text, error correction level M, versions 1–10 — plenty for a URL). Runs in
// the page: the teacher page needs no network for it.
import { encode } from "uqr";

const MAX_VERSION = 10;

export interface QrCode {
  size: number;
  /** dark[y][x] */
  dark: boolean[][];
}

/** Encode text (UTF-8) as a QR code; throws if it is longer than version 10 holds. */
export function encodeQr(text: string): QrCode {
  try {
    const qr = encode(text, { ecc: "M", border: 0, maxVersion: MAX_VERSION });
    return { size: qr.size, dark: qr.data };
  } catch (err) {
    throw new Error(`too long for a QR code here: ${new TextEncoder().encode(text).length} bytes (${String(err)})`);
  }
}

/** The code as an SVG path (one unit per module), with the four-module quiet zone around it. */
export function qrPath(code: QrCode): { viewBox: string; d: string } {
  let d = "";
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.dark[y][x]) d += `M${x + 4} ${y + 4}h1v1h-1z`;
  const side = code.size + 8;
  return { viewBox: `0 0 ${side} ${side}`, d };
}
