// Run-time stand-ins for the free names of README examples (globals.d.ts):
// an SDK client whose calls are answered like the API answers them, and a
// `document` with one element. Every call is recorded; the log is printed
// as JSON on exit, for the test to check.
import {readFileSync} from 'node:fs'
import {validateContent} from 'okr-content'

const calls = []
const record = JSON.parse(readFileSync(new URL('./get-response.json', import.meta.url), 'utf8'))

function ok(data) {
  return {code: 0, msg: 'success', data}
}

globalThis.client = {
  contact: {
    v3: {
      user: {
        async batch(payload) {
          calls.push({call: 'contact.v3.user.batch', payload})
          return ok({items: payload.params.user_ids.map((id) => ({open_id: id, name: `User ${id.slice(-4)}`, mobile: ''}))})
        }
      }
    }
  },
  okr: {
    v1: {
      progressRecord: {
        async create(payload) {
          validateContent(payload.data.content)
          calls.push({call: 'okr.v1.progressRecord.create', payload})
          return ok({progress_id: '7046317985098760212'})
        },
        async get(payload) {
          calls.push({call: 'okr.v1.progressRecord.get', payload})
          return record
        }
      }
    },
    image: {
      async upload(payload) {
        calls.push({call: 'okr.image.upload', bytes: payload.data.data.length, target_id: payload.data.target_id})
        return {file_token: `boxcn${calls.length}`, url: `https://example.feishu.cn/image/${calls.length}`}
      }
    },
    period: {
      async list(payload) {
        calls.push({call: 'okr.period.list', payload})
        const second = payload.params?.page_token === 'next'
        const item = (id, month) => ({id, zh_name: `2024 年 ${month} 月`, en_name: `${month} 2024`, status: 0, period_start_time: '1704038400000', period_end_time: '1711900799000'})
        return ok(second ? {has_more: false, items: [item('2', 4)]} : {has_more: true, page_token: 'next', items: [item('1', 1)]})
      }
    }
  }
}

const element = {innerHTML: ''}
globalThis.document = {
  querySelector(selector) {
    calls.push({call: 'document.querySelector', selector})
    return element
  }
}

process.on('beforeExit', () => {
  process.stdout.write(`${JSON.stringify({calls, innerHTML: element.innerHTML})}\n`)
})
