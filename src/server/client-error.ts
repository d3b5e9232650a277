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
  const body = errorJson("bad_request", describe(error.code));
  socket.end(
    "HTTP/1.1 400 Bad Request\r\n" +
      "Content-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      "Connection: close\r\n\r\n" +
      body,
  );
}

function describe(code: string | undefined): string {
  if (code === "HPE_HEADER_OVERFLOW") return "the request line or headers are too large";
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return "the request took too long to arrive";
  return "the request is not valid HTTP";
}
