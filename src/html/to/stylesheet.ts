/**
 * The CSS of class mode (`styles: 'classes'`), for your own pages; the
 * document mode embeds it. `prefix` must match the writer's `classPrefix`.
 *
 * - `<prefix>text`: paragraphs and list items keep every space, tab and line
 *   break (`white-space: pre-wrap`); readers honour it too;
 * - `<prefix>indent`: the `<blockquote>` of `indent` paragraphs, plain indentation;
 * - `<prefix>gallery`: a line of images;
 * - `<prefix>mention`: a person mention;
 * - `task-list-item` (GitHub's class): no bullet before the checkbox.
 */
export function stylesheet(options: {classPrefix?: string} = {}): string {
  const prefix = cssIdentifier(options.classPrefix ?? 'okr-')
  return [
    `.${prefix}text { white-space: pre-wrap; }`,
    `.${prefix}indent { margin: 0 0 0 2em; }`,
    `.${prefix}gallery img { margin-right: 0.5em; vertical-align: top; }`,
    `.${prefix}mention { color: #3370ff; }`,
    '.task-list-item { list-style-type: none; }',
    ''
  ].join('\n')
}

/** {@link stylesheet} with the default prefix `okr-`. */
export const defaultCss = stylesheet()

/** Escape a prefix for a CSS selector (it is user input). */
function cssIdentifier(value: string): string {
  return value.replace(/[^\w-]/g, (character) => `\\${character.codePointAt(0)!.toString(16)} `)
}
