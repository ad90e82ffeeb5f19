/** A JavaScript or TypeScript example of README.md: `readme-<line>` and its code. */
export interface ReadmeExample {
  name: string
  code: string
}

const fence = /^```(js|javascript|ts|typescript)\s*$/

/** Every ```js / ```ts block of the README, named after the line it starts on. */
export function readmeExamples(readme: string): ReadmeExample[] {
  const lines = readme.split('\n')
  const examples: ReadmeExample[] = []
  for (let index = 0; index < lines.length; index++) {
    if (!fence.test(lines[index]!)) continue
    const start = index + 1
    let end = start
    while (end < lines.length && lines[end] !== '```') end++
    // `export {}`: a module of its own, whatever it imports.
    examples.push({name: `readme-${start}`, code: `${lines.slice(start, end).join('\n')}\nexport {}\n`})
    index = end
  }
  return examples
}
