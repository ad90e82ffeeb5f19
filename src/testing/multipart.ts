/**
 * A `multipart/form-data` body as bytes, part by part. Written here because
 * the platform's `Request.formData()` reads a part without a file name as
 * text, and the SDK sends a `Buffer` image that way (a nameless part): its
 * bytes must reach the upload intact.
 */

/** One part: its field name, its file name and type when given, its bytes. */
export interface FormPart {
  name: string
  fileName: string | undefined
  type: string | undefined
  bytes: Uint8Array
}

/** The parts of `body` (`contentType` carries the boundary); `undefined` when it is not a well-formed form. */
export function parseMultipart(body: Uint8Array, contentType: string): FormPart[] | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  if (!boundary) return undefined
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  const parts: FormPart[] = []
  let at = buffer.indexOf(delimiter)
  if (at === -1) return undefined
  for (;;) {
    at += delimiter.length
    if (buffer.subarray(at, at + 2).toString() === '--') return parts
    const headersEnd = buffer.indexOf('\r\n\r\n', at)
    const next = buffer.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd)
    if (headersEnd === -1 || next === -1) return undefined
    const headers = buffer.subarray(at, headersEnd).toString('utf8')
    const disposition = /content-disposition:[^\r\n]*?\bname="([^"]*)"(?:[^\r\n]*?\bfilename="([^"]*)")?/i.exec(headers)
    if (!disposition) return undefined
    parts.push({
      name: disposition[1]!,
      fileName: disposition[2],
      type: /content-type:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim(),
      bytes: new Uint8Array(buffer.subarray(headersEnd + 4, next))
    })
    at = next + 2
  }
}
