// Run-time stand-ins for the free names of README examples (globals.d.ts):
// an SDK client whose calls are answered like the API answers them, and a
// `document` with one element. Every call is recorded; the log is printed
// as JSON on exit, for the test to check.
import {readFileSync} from 'node:fs'
import {validateContent} from 'okr-content'
import {validateContentV2} from 'okr-content/v2'

const calls = []
const record = JSON.parse(readFileSync(new URL('./get-response.json', import.meta.url), 'utf8'))
const progressV2 = JSON.parse(readFileSync(new URL('./progress-v2.json', import.meta.url), 'utf8'))
const objectiveV2 = {
  id: '7384500000000000001',
  create_time: '1719811200000',
  update_time: '1719897600000',
  owner: {owner_type: 'user', user_id: 'ou_3bbe8a09c20e89cce9bff989ed840674'},
  cycle_id: '7000000000000000001',
  position: 1,
  content: progressV2.data.items[0].content,
  score: 0.5,
  weight: 0.4
}

/** A v2 call's `data`: what the SDK declares, with valid trees in `content` and `notes`. */
function checkDataV2(data) {
  for (const field of ['content', 'notes']) if (data[field] !== undefined) validateContentV2(data[field])
  for (const field of ['score', 'weight']) if (data[field] !== undefined && typeof data[field] !== 'number') throw new TypeError(`${field}: not a number`)
  if (data.deadline !== undefined && typeof data.deadline !== 'string') throw new TypeError('deadline: not a string')
}

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
    v2: {
      okrCycleObjective: {
        async create(payload) {
          checkDataV2(payload.data)
          calls.push({call: 'okr.v2.okrCycleObjective.create', payload})
          return ok({objective_id: '7384500000000000001'})
        }
      },
      okrObjective: {
        async get(payload) {
          calls.push({call: 'okr.v2.okrObjective.get', payload})
          return ok({objective: objectiveV2})
        },
        async patch(payload) {
          checkDataV2(payload.data)
          calls.push({call: 'okr.v2.okrObjective.patch', payload})
          return ok({objective: {...objectiveV2, ...payload.data}})
        }
      },
      okrObjectiveKeyResult: {
        async create(payload) {
          checkDataV2(payload.data)
          calls.push({call: 'okr.v2.okrObjectiveKeyResult.create', payload})
          return ok({key_result_id: '7384500000000000002'})
        }
      },
      okrObjectiveProgress: {
        async list(payload) {
          calls.push({call: 'okr.v2.okrObjectiveProgress.list', payload})
          return progressV2
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
