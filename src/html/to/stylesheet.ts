/**
 * A task item's checkbox, drawn by CSS rather than by the browser (which
 * greys a disabled box out, the checked one barely different from the empty
 * one): an empty box with a grey border, or a box filled with Feishu's blue.
 * Where the CSS is not supported (some e-mail clients), the browser's box shows.
 */
export const checkboxCss =
  'appearance: none; box-sizing: border-box; width: 1.05em; height: 1.05em; margin: 0 0.45em 0 -1.5em; vertical-align: -0.15em; border: 1.5px solid #8f959e; border-radius: 0.2em; background-color: #fff'
export const checkedBoxCss = checkboxCss.replace('border: 1.5px solid #8f959e', 'border: 1.5px solid #3370ff').replace('background-color: #fff', 'background-color: #3370ff; box-shadow: inset 0 0 0 0.15em #fff')

/** A mention: Feishu's blue. */
export const mentionCss = 'color: #3370ff'

/**
 * The CSS of class mode (`styles: 'classes'`), for your own pages; the
 * document mode embeds it. `prefix` must match the writer's `classPrefix`.
 *
 * - `<prefix>text`: paragraphs and list items keep every space, tab and line
 *   break (`white-space: pre-wrap`); readers honour it too;
 * - `<prefix>indent`: the `<blockquote>` of `indent` paragraphs, plain indentation;
 * - `<prefix>gallery`: a line of images;
 * - `<prefix>mention`: a person mention (in inline mode its color is inline);
 * - on a dark page, text on a background color of its own stays dark;
 * - `task-list-item` (GitHub's class): no bullet before the checkbox, a box
 *   drawn by CSS (`checkboxCss`).
 */
export function stylesheet(options: {classPrefix?: string} = {}): string {
  const prefix = cssIdentifier(options.classPrefix ?? 'okr-')
  return [
    `.${prefix}text { white-space: pre-wrap; }`,
    `.${prefix}indent { margin: 0 0 0 2em; }`,
    `.${prefix}gallery img { margin-right: 0.5em; vertical-align: top; }`,
    `.${prefix}mention { ${mentionCss}; }`,
    '.task-list-item { list-style-type: none; }',
    `.task-list-item > input[type=checkbox] { ${checkboxCss}; }`,
    `.task-list-item > input[type=checkbox]:checked { ${checkedBoxCss}; }`,
    // A background color chosen for dark text (the writer puts `color` first,
    // so a style that starts with the background has none): keep the text dark.
    `@media (prefers-color-scheme: dark) { .${prefix}text span[style^="background-color"] { color: #1f2329; } }`,
    ''
  ].join('\n')
}

/** {@link stylesheet} with the default prefix `okr-`. */
export const defaultCss = stylesheet()

/** Escape a prefix for a CSS selector (it is user input). */
export function cssIdentifier(value: string): string {
  return value.replace(/[^\w-]/g, (character) => `\\${character.codePointAt(0)!.toString(16)} `)
}
