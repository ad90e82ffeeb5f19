/**
 * The SDK client of `--post`: credentials from `LARK_APP_ID` and
 * `LARK_APP_SECRET`, the domain Feishu, Lark or a base URL. Without
 * credentials it is the embedded offline OKR server (`okr-content/testing`),
 * whose records are kept in a file between runs, and the CLI says so. The
 * SDK is an optional peer: imported only here, when asked for.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {OkrProgressClient} from '../feishu/sdk/post.js'
import {startOkrServer, type OkrServer} from '../testing/index.js'
import type {StoredRecord} from '../testing/state.js'
import {CliError, type CliIo} from './io.js'

/** The SDK, as far as the CLI uses it. */
interface Sdk {
  Client: new (config: {appId: string; appSecret: string; domain: string; logger?: object; loggerLevel?: number}) => unknown
  Domain: {Feishu: string | number; Lark: string | number}
}

const sdkPackage = '@larksuiteoapi/node-sdk'

/** Where the embedded offline server keeps its records between runs. */
function offlineStateFile(io: CliIo): string {
  return io.env?.OKR_CONTENT_OFFLINE_STATE ?? path.join(tmpdir(), 'okr-content-offline', 'records.json')
}

/** An SDK client, and what to do when done (stop the offline server, keep its records). */
export async function openClient(domain: string, io: CliIo): Promise<{client: OkrProgressClient; close: () => Promise<void>}> {
  const sdk = await loadSdk()
  const appId = io.env?.LARK_APP_ID
  const appSecret = io.env?.LARK_APP_SECRET
  // The SDK logs failed calls with their headers (the token): never shown.
  const logger = {error() {}, warn() {}, info() {}, debug() {}, trace() {}}
  if (appId && appSecret) {
    const base = domain === 'feishu' ? sdk.Domain.Feishu : domain === 'lark' ? sdk.Domain.Lark : baseUrl(domain)
    return {client: new sdk.Client({appId, appSecret, domain: base as string, logger}) as OkrProgressClient, close: async () => {}}
  }
  if (appId || appSecret) throw new CliError('--post needs both LARK_APP_ID and LARK_APP_SECRET (or neither, for the embedded offline server)')
  const file = offlineStateFile(io)
  const server = await startOkrServer({records: readRecords(file)})
  io.stderr(`okr-content: no LARK_APP_ID/LARK_APP_SECRET: posting to the embedded offline OKR server (okr-content/testing), not to Feishu; its records are kept in ${file}\n`)
  const client = new sdk.Client({appId: 'cli_offline', appSecret: 'offline', domain: server.url, logger}) as OkrProgressClient
  return {client, close: () => saveAndClose(server, file)}
}

async function loadSdk(): Promise<Sdk> {
  try {
    const module = (await import(sdkPackage)) as Sdk & {default?: Sdk}
    return module.Client ? module : module.default!
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ERR_MODULE_NOT_FOUND') {
      throw new CliError(`--post needs the Feishu/Lark SDK, an optional peer of okr-content: npm install ${sdkPackage}`)
    }
    throw error
  }
}

function baseUrl(domain: string): string {
  if (/^https?:\/\/[^/?#]+\/?$/.test(domain)) return domain.replace(/\/$/, '')
  throw new CliError(`--domain: must be feishu, lark or a base URL such as https://open.feishu.cn (not ${JSON.stringify(domain)})`)
}

function readRecords(file: string): StoredRecord[] {
  try {
    const records = JSON.parse(readFileSync(file, 'utf8')) as unknown
    return Array.isArray(records) ? (records as StoredRecord[]) : []
  } catch {
    return []
  }
}

async function saveAndClose(server: OkrServer, file: string): Promise<void> {
  await server.close()
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, `${JSON.stringify([...server.records.values()])}\n`)
}
