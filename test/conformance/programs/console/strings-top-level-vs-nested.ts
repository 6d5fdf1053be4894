// Strings print raw at top level, but quoted inside containers: single quotes, or double/backtick when needed.
console.log('plain string', "it's", 'say "hi"')
console.log(['plain', "it's", 'say "hi"', `both ' and "`, 'all \' " `'])
console.log({ s: 'x', q: "it's", nl: 'line1\nline2', tab: 'a\tb', empty: '' })
console.log('')
console.log('multi\nline top-level')
console.log(['unicode é ✓ 😀', '\u0000', '\x7f', '\\backslash'])
