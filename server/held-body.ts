// Answers whose body the server built from bytes it already holds (redact-secrets.ts builds every
// answer it rewrote or passed on this way), with those bytes. @hono/node-server's Response keeps such
// a body as it is and writes it to the socket in one go; reading its `body` or `statusText` turns it
// into a full undici Response, which copies the bytes and streams them out. compress-response.ts reads
// the bytes from here instead: in a CPU profile under `npm run bench:proxy`, building those undici
// Responses was about a fifth of a millisecond of every compressed answer.

const held = new WeakMap<Response, Uint8Array>()

export function responseOfBytes(bytes: Uint8Array<ArrayBuffer>, init: { status: number; headers: Headers }): Response {
  const response = new Response(bytes, init)
  held.set(response, bytes)
  return response
}

/** The bytes `response` was built from, when it was built by responseOfBytes. */
export function heldBytes(response: Response): Uint8Array | undefined {
  return held.get(response)
}
