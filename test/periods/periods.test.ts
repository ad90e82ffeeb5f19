import {describe, expect, it} from 'vitest'
import {FeishuApiError} from '../../src/feishu/errors.js'
import {
  PeriodRequestValidationError,
  createPeriodRequest,
  listAllPeriods,
  parsePeriodList,
  type ListPeriods,
  type Period,
  type PeriodListData
} from '../../src/feishu/periods/index.js'

// The response example of GET /open-apis/okr/v1/periods (seed 000).
const seedList = {
  code: 0,
  data: {
    has_more: false,
    items: [
      {
        en_name: 'Jan - Mar 2022',
        id: '7071200999834255380',
        period_end_time: '1577721600000',
        period_start_time: '1546272000000',
        status: 0,
        zh_name: '2022 年 1 月 - 3 月'
      }
    ]
  },
  msg: 'success'
}

describe('parsePeriodList', () => {
  it('turns the seed example into periods with Dates and status names', () => {
    expect(parsePeriodList(seedList)).toEqual({
      items: [
        {
          id: '7071200999834255380',
          zhName: '2022 年 1 月 - 3 月',
          enName: 'Jan - Mar 2022',
          status: 'normal',
          statusCode: 0,
          start: new Date('2018-12-31T16:00:00.000Z'),
          end: new Date('2019-12-30T16:00:00.000Z')
        }
      ],
      pageToken: undefined,
      hasMore: false
    })
  })

  it('accepts data as well as the envelope', () => {
    expect(parsePeriodList(seedList.data)).toEqual(parsePeriodList(seedList))
  })

  it.each([
    [0, 'normal'],
    [1, 'paused'],
    [2, 'invalid'],
    [3, 'hidden'],
    [9, 'unknown']
  ])('names status %i %s', (status, name) => {
    const [period] = parsePeriodList({items: [{id: '1', status}]}).items
    expect(period).toMatchObject({status: name, statusCode: status, start: undefined})
  })

  it('reads the paging fields', () => {
    expect(parsePeriodList({code: 0, data: {has_more: true, page_token: 'abc', items: []}})).toEqual({
      items: [],
      pageToken: 'abc',
      hasMore: true
    })
    expect(parsePeriodList({code: 0, msg: 'success'})).toEqual({items: [], pageToken: undefined, hasMore: false})
  })

  it('names the bad field of a malformed response', () => {
    expect(() => parsePeriodList({items: [{period_start_time: '2022-01-01'}]})).toThrow(
      'period list: items[0].period_start_time: must be milliseconds since the epoch, as a string'
    )
    expect(() => parsePeriodList({items: [{status: 'ok'}]})).toThrow('items[0].status: must be an integer')
    expect(() => parsePeriodList({items: {}})).toThrow('items: must be an array')
    expect(() => parsePeriodList({items: [{id: 5}]})).toThrow('items[0].id: must be a string')
  })

  it('raises FeishuApiError with the advice for an error envelope', () => {
    expect(() => parsePeriodList({code: 1000403, msg: 'OpenAPI is unavailable in current edition'})).toThrow(FeishuApiError)
    try {
      parsePeriodList({code: 1001002, msg: 'no permission'})
    } catch (error) {
      expect(error).toMatchObject({code: 1001002, msg: 'no permission', httpStatus: 400})
      expect((error as FeishuApiError).advice).toMatch(/access token/)
    }
  })
})

describe('createPeriodRequest', () => {
  it('builds the seed 001 request example', () => {
    expect(createPeriodRequest({periodRuleId: '6969864184272078374', startMonth: '2022-01'})).toEqual({
      period_rule_id: '6969864184272078374',
      start_month: '2022-01'
    })
    expect(createPeriodRequest({periodRuleId: 'r', startMonth: '1999-12'}).start_month).toBe('1999-12')
  })

  it.each(['2022-1', '2022-00', '2022-13', '22-01', '2022/01', '2022-01-01', ' 2022-01', ''])(
    'rejects start month %j',
    (startMonth) => {
      expect(() => createPeriodRequest({periodRuleId: '1', startMonth})).toThrow(PeriodRequestValidationError)
      try {
        createPeriodRequest({periodRuleId: '1', startMonth})
      } catch (error) {
        expect((error as PeriodRequestValidationError).issues).toEqual([
          {path: 'start_month', message: 'must be YYYY-MM with a month 01–12'}
        ])
      }
    }
  )

  it('names every bad field', () => {
    try {
      createPeriodRequest({} as never)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError)
      expect((error as PeriodRequestValidationError).issues).toEqual([
        {path: 'period_rule_id', message: 'is required'},
        {path: 'start_month', message: 'is required (YYYY-MM)'}
      ])
      expect((error as Error).message).toBe(
        'Invalid period create request:\n  period_rule_id: is required\n  start_month: is required (YYYY-MM)'
      )
    }
    expect(() => createPeriodRequest({periodRuleId: ' ', startMonth: '2022-01'})).toThrow('period_rule_id: must be a non-empty string')
  })
})

describe('listAllPeriods', () => {
  function pages(responses: Array<{code?: number; msg?: string; data?: PeriodListData}>) {
    const calls: unknown[] = []
    const list: ListPeriods = async (payload) => {
      calls.push(payload)
      return responses[calls.length - 1]!
    }
    return {list, calls}
  }

  const item = (id: string) => ({id, zh_name: id, en_name: id, status: 0, period_start_time: '0', period_end_time: '1'})

  async function all(iterable: AsyncIterable<Period>) {
    const out: string[] = []
    for await (const period of iterable) out.push(period.id)
    return out
  }

  it('follows page_token until has_more is false', async () => {
    const {list, calls} = pages([
      {code: 0, data: {has_more: true, page_token: 't1', items: [item('a'), item('b')]}},
      {code: 0, data: {has_more: true, page_token: 't2', items: [item('c')]}},
      {code: 0, data: {has_more: false, items: [item('d')]}}
    ])
    expect(await all(listAllPeriods(list, {pageSize: 2}))).toEqual(['a', 'b', 'c', 'd'])
    expect(calls).toEqual([
      {params: {page_size: 2}},
      {params: {page_token: 't1', page_size: 2}},
      {params: {page_token: 't2', page_size: 2}}
    ])
  })

  it('stops on a repeated token instead of looping forever', async () => {
    const {list} = pages([
      {code: 0, data: {has_more: true, page_token: 't1', items: [item('a')]}},
      {code: 0, data: {has_more: true, page_token: 't1', items: [item('b')]}}
    ])
    await expect(all(listAllPeriods(list))).rejects.toThrow('page_token "t1" came twice')
  })

  it('stops when has_more comes without a token, and at maxPages', async () => {
    await expect(all(listAllPeriods(pages([{code: 0, data: {has_more: true, items: []}}]).list))).rejects.toThrow(
      'has_more is true but no page_token came'
    )
    const {list, calls} = pages([
      {code: 0, data: {has_more: true, page_token: 't1', items: [item('a')]}},
      {code: 0, data: {has_more: true, page_token: 't2', items: [item('b')]}}
    ])
    expect(await all(listAllPeriods(list, {maxPages: 1}))).toEqual(['a'])
    expect(calls).toHaveLength(1)
  })

  it('raises the API error of a page', async () => {
    const {list} = pages([
      {code: 0, data: {has_more: true, page_token: 't1', items: [item('a')]}},
      {code: 1009998, msg: 'system exception'}
    ])
    await expect(all(listAllPeriods(list))).rejects.toMatchObject({name: 'FeishuApiError', code: 1009998})
  })

  it('rejects a bad page size', async () => {
    await expect(all(listAllPeriods(pages([]).list, {pageSize: 0}))).rejects.toThrow('pageSize: must be a positive integer')
  })
})
