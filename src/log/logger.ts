import { type DestinationStream, type Logger, pino } from "pino";

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

/**
 * One JSON line per event, with secrets removed; on standard error unless
 * another destination is given.
 */
export function createLogger(
  level: string,
  destination: DestinationStream = pino.destination(2),
): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACTED, censor: "[hidden]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
