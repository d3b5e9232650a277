import { type Logger, pino } from "pino";

export type { Logger };

/** Paths whose values never reach a log line, wherever they appear. */
const REDACTED = [
  "privateKey",
  "password",
  "publicKey",
  "signature",
  "key",
  "*.privateKey",
  "*.password",
  "*.publicKey",
  "*.signature",
  "req.headers.authorization",
  "req.headers.cookie",
];

/** One JSON line per event on standard error, with secrets removed. */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACTED, censor: "[hidden]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    pino.destination(2),
  );
}
