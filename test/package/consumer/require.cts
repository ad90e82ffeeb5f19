// A CommonJS TypeScript module requires the ES module package (TypeScript
// ≥ 5.8 with `module: nodenext`, as Node ^20.19 || >=22.12 does at run time).
import okr = require('okr-content')

export const content: okr.Content = okr.markdownToContent('**a**')
