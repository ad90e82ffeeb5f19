// The free names a README example may use: an SDK client (at run time, a
// fake that answers like the API: test/package/consumer/fakes.mjs) and the
// browser's `document` (lib "dom").
import type {Client} from '@larksuiteoapi/node-sdk'

declare global {
  var client: Client
}

export {}
