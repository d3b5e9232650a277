/**
 * Ends a command with an exit code and no message of its own, when the
 * command has already printed what went wrong (as `call` prints the answer).
 */
export class CliExit extends Error {
  override name = "CliExit";

  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
