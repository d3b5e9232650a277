/**
 * The HTTP limit: a Fastify server with one route that answers a constant
 * JSON body, doing nothing else. What Flextory takes beyond this is its own
 * work. Run as a child; each line `BYTES` on its standard input sets the
 * body's size, and it answers `body BYTES` once the body is in place.
 */
import readline from "node:readline";
import Fastify from "fastify";
import { API_PATH } from "../reads/api-path.js";

let body = constantBody(0);

const app = Fastify();
app.get(API_PATH, (_request, reply) => {
  reply.type("application/json; charset=utf-8").send(body);
});
await app.listen({ host: "127.0.0.1", port: 0 });

const address = app.server.address();
const port = typeof address === "object" && address !== null ? address.port : 0;
process.stdout.write(`bare server listening on http://127.0.0.1:${port}\n`);

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const bytes = Number(line);
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`not a size: ${line}`);
  body = constantBody(bytes);
  process.stdout.write(`body ${bytes}\n`);
});
process.once("SIGTERM", () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});

/** JSON of exactly `size` bytes (at least the smallest object), as an answer is. */
function constantBody(size: number): string {
  const frame = '{"success":"true","padding":""}';
  return `${frame.slice(0, -2)}${"x".repeat(Math.max(0, size - frame.length))}"}`;
}
