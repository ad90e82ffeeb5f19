/**
 * Character references in an HTML attribute value, decoded as a browser
 * does (legacy names without `;` before `=` or an alphanumeric are kept):
 * the `entities` package here, the platform's parser in browsers
 * (`entities.browser.ts`, the `browser` export condition), which has the
 * same tables already.
 */
export {decodeHTMLAttribute} from 'entities'
