import type { Writable } from "node:stream";
import { FlextoryError } from "../errors/codes.js";

/** Writes `text`, waiting while `out` is full, so that a slow reader never makes memory grow. */
export async function writeText(out: Writable, text: string): Promise<void> {
  if (text === "" || out.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      out.off("drain", onDrain).off("error", onError).off("close", onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = () => settle();
    const onError = (error: Error) => settle(error);
    const onClose = () =>
      settle(new FlextoryError("internal", "the output closed before the export ended"));
    out.once("drain", onDrain).once("error", onError).once("close", onClose);
  });
}
