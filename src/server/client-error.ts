import type { Socket } from "node:net";
import { errorJson } from "../signed-api/answer.js";

/**
 * A request HTTP itself could not parse still gets a JSON `bad_request`,
 * written straight to the socket since no request object exists.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const message = tooLarge
    ? "the request line or headers are too large"
    : "the request is not valid HTTP";
  const body = errorJson("bad_request", message);
  socket.end(
    "HTTP/1.1 400 Bad Request\r\n" +
      "Content-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      "Connection: close\r\n\r\n" +
      body,
  );
}
