import { createInterface } from "node:readline";
import type { ReadStream } from "node:tty";
import { badRequest } from "../errors/codes.js";

const CTRL_C = "\u0003";
const CTRL_D = "\u0004";
const BACKSPACES = new Set(["\u007f", "\b"]);

/**
 * A new password from standard input: typed twice without echo on a
 * terminal, or the first line of piped input.
 */
export async function readNewPassword(
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
): Promise<string> {
  if (input.isTTY !== true) return checked(await readFirstLine(input));

  const terminal = input as ReadStream;
  const password = await readHidden(terminal, "New password: ");
  if ((await readHidden(terminal, "Repeat it: ")) !== password) {
    throw badRequest("the two passwords differ");
  }
  return checked(password);
}

function checked(password: string): string {
  if (password === "") throw badRequest("the password is empty");
  return password;
}

async function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) return line;
    return "";
  } finally {
    lines.close();
  }
}

/** Reads one line in raw mode, echoing nothing, with backspace; Ctrl-C cancels. */
function readHidden(terminal: ReadStream, prompt: string): Promise<string> {
  process.stderr.write(prompt);
  terminal.setRawMode(true);
  terminal.setEncoding("utf8");
  terminal.resume();

  return new Promise<string>((resolve, reject) => {
    let typed = "";
    const finish = (error?: Error) => {
      terminal.off("data", onData);
      terminal.setRawMode(false);
      terminal.pause();
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === CTRL_C) return finish(badRequest("cancelled"));
        if (char === "\r" || char === "\n" || char === CTRL_D) return finish();
        typed = BACKSPACES.has(char) ? [...typed].slice(0, -1).join("") : typed + char;
      }
    };
    terminal.on("data", onData);
  });
}
