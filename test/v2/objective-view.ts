import {markdownToContentV2, type ObjectiveView} from '../../src/v2/index.js'

const content = (markdown: string) => markdownToContentV2(markdown)
const item = (id: string, markdown: string, percent: number, status: number) => ({
  id,
  create_time: '1719811200000',
  update_time: '1719897600000',
  content: content(markdown),
  progress_rate: {progress_percent: percent, progress_status: status}
})

/** An objective as the v2 API answers: the get response, a progress list response, key results with theirs. */
export const objectiveView: ObjectiveView = {
  objective: {
    code: 0,
    data: {
      objective: {
        id: '7384500000000000001',
        content: content('Ship the **payments gateway** to 100% of traffic'),
        notes: content('Owner: <at id="ou_3bbe8a09c20e89cce9bff989ed840674"></at>'),
        score: 0.5,
        weight: 0.4,
        deadline: '1767139200000'
      }
    }
  } as ObjectiveView['objective'],
  progress: {code: 0, data: {items: [item('p1', '**Week 23**: 30% of traffic on the new gateway', 30, 1)]}} as ObjectiveView['progress'],
  keyResults: [
    {
      keyResult: {id: 'kr1', content: content('P99 latency under **200 ms**'), score: 0.7, deadline: '1759190400000'},
      progress: [item('p2', 'Load test: P99 **180 ms** at 2k rps\n\n- [x] tuned the pool', 70, 0)]
    },
    {keyResult: {id: 'kr2', content: content('Reconciliation lag under 5 min'), score: 0.2}, progress: [item('p3', 'Lag still ~15 min', 20, 2)]}
  ]
}

export {content, item}
