/// <reference lib="dom" />
/**
 * The playground (`npm run build:playground`, then open
 * `.playground/index.html`): paste HTML or type Markdown on the left; see the
 * content tree (v1 or v2), the record as `renderProgressRecord` draws it, the
 * Markdown written back (lossless and plain) and every message with its rule
 * id. The state is in the URL fragment, so a link shares it. Built from the
 * package's browser build (scripts/build-playground.mjs maps these imports to
 * dist/browser/).
 */
import {contentToMarkdown, htmlToContent, markdownToContent, renderProgressRecord, type Content} from '../src/index.js'
import {contentToV2} from '../src/v2/index.js'

type Mode = 'markdown' | 'html'
type Shape = 'v1' | 'v2'
interface State {
  mode: Mode
  shape: Shape
  source: string
}
interface Message {
  ruleId?: string | undefined | null
  reason: string
  line?: number | undefined | null
  column?: number | undefined | null
}

const example = '# Week 23\n\n**Done**: shipped [the spec](https://example.feishu.cn/docx/AbC) with <at id="ou_1">@Ann</at>\n\n- [x] load test\n- [ ] rollout\n  1. canary\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const source = element<HTMLTextAreaElement>('source')
const modes = document.querySelectorAll<HTMLInputElement>('input[name=mode]')
const shapes = document.querySelectorAll<HTMLInputElement>('input[name=shape]')

function readState(): State {
  const fragment = new URLSearchParams(location.hash.slice(1))
  return {
    mode: fragment.get('mode') === 'html' ? 'html' : 'markdown',
    shape: fragment.get('shape') === 'v2' ? 'v2' : 'v1',
    source: fragment.get('source') ?? example
  }
}

function currentState(): State {
  return {
    mode: [...modes].find((input) => input.checked)?.value === 'html' ? 'html' : 'markdown',
    shape: [...shapes].find((input) => input.checked)?.value === 'v2' ? 'v2' : 'v1',
    source: source.value
  }
}

function show(state: State): void {
  for (const input of modes) input.checked = input.value === state.mode
  for (const input of shapes) input.checked = input.value === state.shape
  if (source.value !== state.source) source.value = state.source
  const messages: Array<{from: string; message: Message}> = []
  const read = {onMessage: (message: Message) => messages.push({from: state.mode === 'html' ? 'HTML read' : 'Markdown read', message})}
  const content: Content = state.mode === 'html' ? htmlToContent(state.source, read) : markdownToContent(state.source, read)
  element('tree').textContent = JSON.stringify(state.shape === 'v2' ? contentToV2(content) : content, null, 2)
  element('tree-title').textContent = state.shape === 'v2' ? 'Content tree (OKR v2, snake_case)' : 'Content tree (content_block, v1)'
  element('record').innerHTML = renderProgressRecord({progress_id: 'playground', modify_time: String(Date.UTC(2026, 5, 5, 9)), content, progress_rate: {percent: 50, status: 0}})
  element('lossless').textContent = contentToMarkdown(content)
  element('plain').textContent = contentToMarkdown(content, {
    flavor: 'plain',
    onMessage: (message: Message) => messages.push({from: 'plain Markdown written', message})
  })
  const list = element('messages')
  list.replaceChildren()
  for (const {from, message} of messages) {
    const item = document.createElement('li')
    const rule = document.createElement('code')
    rule.textContent = message.ruleId ?? '(no rule)'
    const place = message.line ? ` ${message.line}:${message.column ?? 1}` : ''
    item.append(rule, ` ${from}${place}: ${message.reason}`)
    list.append(item)
  }
  element('message-count').textContent = String(messages.length)
  const fragment = new URLSearchParams({mode: state.mode, shape: state.shape, source: state.source})
  history.replaceState(null, '', `#${fragment}`)
}

source.addEventListener('input', () => show(currentState()))
for (const input of [...modes, ...shapes]) input.addEventListener('change', () => show(currentState()))
// Pasted HTML (from a page, Feishu, Google Docs, Word…) is read as HTML; plain text is typed as it is.
source.addEventListener('paste', (event) => {
  const html = event.clipboardData?.getData('text/html')
  if (!html) return
  event.preventDefault()
  show({...currentState(), mode: 'html', source: html})
})
element('example').addEventListener('click', () => show({...currentState(), mode: 'markdown', source: example}))
addEventListener('hashchange', () => show(readState()))
show(readState())
