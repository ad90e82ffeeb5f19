/**
 * URL payloads for the URL-policy tests: our own list, in the spirit of
 * markdown-it's `validateLink` tests (test/fixtures/markdown-it/xss.txt) and
 * DOMPurify's fixtures (test/fixtures/expect.mjs). Each is written as it
 * would appear in source: character references are left for the readers to
 * decode (Markdown decodes them in destinations, HTML in attribute values).
 */

/** Schemes that must never reach a link or an image. */
const schemes = [
  'javascript:alert(1)',
  'vbscript:msgbox(1)',
  'livescript:alert(1)',
  'mocha:alert(1)',
  'file:///etc/passwd',
  'irc://example.com/x',
  'ftp://example.com/x',
  'blob:https://example.com/0',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'data:application/javascript,alert(1)',
  'data:,alert(1)',
  'a+b+c:d',
  'localhost:5001/foo'
]

/** The same scheme spelled every way a browser still reads as that scheme. */
const spellings = [
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  'VBSCRIPT:msgbox(1)',
  'DATA:TEXT/HTML,<b>x</b>',
  ' javascript:alert(1)',
  '   javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript\t:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u000bjavascript:alert(1)',
  '\u001fjavascript:alert(1)',
  'java\u0000script:alert(1)',
  '\u00a0javascript:alert(1)',
  '\u2028javascript:alert(1)',
  '\u3000javascript:alert(1)'
]

/** Character references, decimal, hex and named, with and without `;`. */
const references = [
  '&#106;avascript:alert(1)',
  '&#0000106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#X6a;avascript:alert(1)',
  '&#106avascript:alert(1)',
  '&#x6Aavascript:alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  'javascript&#x3a;alert(1)',
  'javascript&colon;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#9;ascript:alert(1)',
  'jav&Tab;ascript:alert(1)',
  'jav&#x0A;ascript:alert(1)',
  'jav&NewLine;ascript:alert(1)',
  '&#14;javascript:alert(1)',
  '&#x20;javascript:alert(1)',
  '&Tab;javascript:alert(1)',
  '&#x1680;javascript:alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;',
  '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29',
  '&#x26;#106;avascript:alert(1)',
  'vbscript&#58;msgbox(1)',
  'data&colon;text/html,x'
]

/** Escapes, percent-encoding, backslashes, relative look-alikes: some are inside the policy, none may be let through wrongly. */
const tricks = [
  'javascript\\:alert(1)',
  '\\javascript:alert(1)',
  'javascript%3Aalert(1)',
  '%6Aavascript:alert(1)',
  'java%0ascript:alert(1)',
  '//example.com/x',
  '\\\\example.com/x',
  '/\\example.com/x',
  '\\example.com',
  ' //example.com/x',
  '/&Tab;/example.com/x',
  '&#92;&#92;example.com&#92;share',
  '/javascript:alert(1)',
  './javascript:alert(1)',
  '?javascript:alert(1)',
  '#javascript:alert(1)',
  'javascript',
  'foo):',
  'https://example.com/x" onmouseover="alert(1)',
  "https://example.com/x' onerror='alert(1)",
  '"><script>alert(1)</script>',
  'https://example.com/<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  'DATA:IMAGE/GIF;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
  'mailto:someone@example.com',
  'MAILTO:someone@example.com',
  'https://example.com/x',
  'HTTP://example.com/x'
]

export const urlPayloads: readonly string[] = [...schemes, ...spellings, ...references, ...tricks]
