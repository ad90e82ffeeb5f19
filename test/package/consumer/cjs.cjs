// `require()` of the ES module package (Node ^20.19 || >=22.12).
const assert = require('node:assert/strict')
const {markdownToContent, contentToHtml} = require('okr-content')
const {contentToHtml: render} = require('okr-content/html')

const content = markdownToContent('Plain **bold**')
assert.equal(contentToHtml(content), '<p style="white-space: pre-wrap">Plain <strong>bold</strong></p>')
assert.equal(render(content), contentToHtml(content))
process.stdout.write('ok')
