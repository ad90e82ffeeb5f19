import {describe, expect, it} from 'vitest'
import {renderObjective, type ObjectiveView} from '../../src/v2/index.js'
import {content, item, objectiveView} from './objective-view.js'

describe('renderObjective', () => {
  it('writes the objective, its notes and progress, then each key result with its own (class mode)', () => {
    const html = renderObjective(objectiveView, {styles: 'classes', timeZone: 'Asia/Shanghai', people: {ou_3bbe8a09c20e89cce9bff989ed840674: '王芳'}})
    expect(html).toMatch(/^<article class="okr-objective" data-objective-id="7384500000000000001">/)
    expect(html).toContain('<p class="okr-objective-heading"><span class="okr-objective-tag">Objective</span><span class="okr-objective-facts">Score 0.5</span><span class="okr-objective-facts">Weight 40%</span><span class="okr-objective-facts">Due Dec 31, 2025</span></p>')
    expect(html).toContain('<p class="okr-objective-section">Notes</p><p class="okr-text">Owner: <span class="okr-mention" data-open-id="ou_3bbe8a09c20e89cce9bff989ed840674">@王芳</span></p>')
    expect(html).toContain('<section class="okr-key-result" data-key-result-id="kr1"><p class="okr-objective-heading"><span class="okr-objective-tag">KR1</span><span class="okr-objective-facts">Score 0.7</span>')
    expect(html).toContain('<div class="okr-progress-entry"><article class="okr-progress-record" data-progress-id="p2"><p class="okr-progress-meta"><span class="okr-progress-status okr-progress-status-normal" title="Status">Normal</span>')
    expect(html.match(/<article class="okr-progress-record"/g)).toHaveLength(3)
  })

  it('takes the objective and progress lists bare too, and renders a page in Chinese', () => {
    const bare = {objective: {content: content('目标')}, progress: [item('p1', '进展', 10, -1)]}
    const page = renderObjective(bare, {document: true, locale: 'zh-CN'})
    expect(page).toMatch(/^<!doctype html><html lang="zh-CN">/)
    expect(page).toContain('<title>目标</title>')
    expect(page).toContain('>暂无</span>')
  })

  it('writes Markdown: headings with facts, content, quoted progress', () => {
    const markdown = renderObjective(objectiveView, {format: 'markdown', timeZone: 'UTC'})
    expect(markdown).toMatch(/^\*\*Objective\*\* · Score 0\.5 · Weight 40% · Due Dec 31, 2025\n\nShip the \*\*payments gateway\*\* to 100% of traffic\n\n\*\*Notes\*\*\n\nOwner: <at id="ou_3bbe8a09c20e89cce9bff989ed840674">@ou_3bbe8a09c20e89cce9bff989ed840674<\/at>\n\n> \*\*Progress:\*\* 30% · \*\*Status:\*\* At risk/)
    expect(markdown).toContain('**KR2** · Score 0.2\n\nReconciliation lag under 5 min\n\n> **Progress:** 20% · **Status:** Delayed')
  })

  it('reports a mention the ID type cannot carry, and fails clearly on an error envelope', () => {
    const rules: string[] = []
    renderObjective(objectiveView, {userIdType: 'union_id', onMessage: (message) => rules.push(message.ruleId!)})
    expect(rules).toEqual(['mention-id-type'])
    expect(() => renderObjective({objective: {code: 1001004, msg: 'okr data not found'} as ObjectiveView['objective']})).toThrow(/1001004/)
  })

  it('passes the same options to the objective\'s own text as to its progress (regression: plain flavor wrote <span style="color: …">)', () => {
    const red = {red: 255, green: 0, blue: 0, alpha: 1}
    const colored = {
      blocks: [{block_element_type: 'paragraph' as const, paragraph: {elements: [{paragraph_element_type: 'textRun' as const, text_run: {text: 'red', style: {text_color: red}}}]}}]
    }
    const view: ObjectiveView = {objective: {content: colored, notes: colored}, progress: [{id: 'p1', content: colored}], keyResults: [{keyResult: {content: colored}}]}
    const rules: string[] = []
    const markdown = renderObjective(view, {format: 'markdown', flavor: 'plain', onMessage: (message) => rules.push(message.ruleId!)})
    expect(markdown).not.toContain('<span')
    // The objective, its notes, its progress item and its key result: each loss reported.
    expect(rules).toEqual(['plain-color', 'plain-color', 'plain-color', 'plain-color'])
  })
})
