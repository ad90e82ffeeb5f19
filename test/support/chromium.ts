import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

/**
 * Debian's `chromium`, driven by playwright-core, offline: what the browser
 * tests run in. Installed by `scripts/install-browser.sh` (npm test's
 * pretest); when it is missing a test fails, it never skips.
 */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export interface Chromium {
  context: BrowserContext
  close(): Promise<void>
}

export async function launchChromium(options: {deviceScaleFactor?: number} = {}): Promise<Chromium> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: run \`scripts/install-browser.sh\` (as root) or set CHROMIUM_PATH.`)
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'okr-content-chromium-'))
  // A fresh `--user-data-dir` (playwright passes it for a persistent context).
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    offline: true,
    ...options,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'
    ]
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(userDataDir, {recursive: true, force: true})
    }
  }
}
