import fs from "node:fs";
import { notFound } from "../errors/codes.js";
import { DETECTION_SAMPLE_BYTES, detectEncoding, type SourceEncoding } from "./detect-encoding.js";
import { detectLineEnding, type LineEnding } from "./line-ending.js";
import { createChunkDecoder, decodeBytes } from "./text-decoder.js";

/** The bytes Windows-1252 leaves undefined; a converter may have kept them raw. */
const CP1252_UNDEFINED_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/** A text file, read as a stream of decoded chunks. */
export interface TextSource {
  path: string;
  encoding: SourceEncoding;
  lineEnding: LineEnding;
  /** The decoded start of the file, for what else is detected from it. */
  sample: string;
  /** What the file's encoding makes of the bytes cp1252 leaves undefined. */
  lostByteChars: string;
  /** The whole text, chunk by chunk; the file is never held whole in memory. */
  chunks(): AsyncGenerator<string>;
}

/** Opens `filePath`, choosing its encoding from its first bytes unless `encoding` is given. */
export async function openTextSource(filePath: string, encoding?: string): Promise<TextSource> {
  const head = await readHead(filePath);
  const chosen = detectEncoding(head, encoding);
  const sample = decodeBytes(head.subarray(chosen.bomLength), chosen.name);
  return {
    path: filePath,
    encoding: chosen,
    lineEnding: detectLineEnding(sample),
    sample,
    lostByteChars: lostByteChars(chosen.name),
    chunks: () => decodeFile(filePath, chosen),
  };
}

async function readHead(filePath: string): Promise<Uint8Array> {
  const handle = await fs.promises.open(filePath, "r").catch((error: unknown) => {
    throw isMissingFile(error) ? notFound(`there is no file "${filePath}"`) : error;
  });
  try {
    const buffer = Buffer.alloc(DETECTION_SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* decodeFile(filePath: string, encoding: SourceEncoding): AsyncGenerator<string> {
  const decoder = createChunkDecoder(encoding.name);
  const stream = fs.createReadStream(filePath, { start: encoding.bomLength });
  for await (const chunk of stream) {
    const text = decoder.write(chunk as Buffer);
    if (text !== "") yield text;
  }
  const rest = decoder.end();
  if (rest !== "") yield rest;
}

function lostByteChars(encoding: string): string {
  return CP1252_UNDEFINED_BYTES.map((byte) => decodeBytes(Uint8Array.of(byte), encoding))
    .filter((char) => char.length === 1 && char !== "\uFFFD")
    .join("");
}

function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "EISDIR";
}
