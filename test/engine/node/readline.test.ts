import { describe, expect, test } from 'vitest'
import { lines, run } from '../world/helpers.ts'

describe('node:readline over scripted stdin', () => {
  test('questions get the scripted lines in turn, typed 100 ms apart', () => {
    const result = run(
      `import * as readline from 'node:readline/promises'\nimport { stdin as input, stdout as output } from 'node:process'\nworld.stdin(['Ada', '36'])\nconst rl = readline.createInterface({ input, output })\nconst name = await rl.question('Name? ')\nconst age = await rl.question('Age? ')\nconsole.log(\`\${name} is \${age}\`, Math.round(performance.now()))\nrl.close()\n`,
    )
    expect(result.stdout).toBe('Name? Age? Ada is 36 200\n')
  })

  test("'line' events and for await read every line, then 'close' when stdin ends", () => {
    const result = run(
      `import readline from 'node:readline'\nconst rl = readline.createInterface({ input: process.stdin })\nlet n = 0\nfor await (const line of rl) console.log(++n, line)\nconsole.log('closed', rl.closed)\n`,
      { world: { stdin: ['one', 'two', 'three'] } },
    )
    expect(lines(result)).toEqual(['1 one', '2 two', '3 three', 'closed true'])
  })

  test('without scripted lines stdin ends at once', () => {
    const result = run(
      `const rl = require('readline').createInterface({ input: process.stdin })\nrl.on('close', () => console.log('closed'))\n`,
    )
    expect(lines(result)).toEqual(['closed'])
  })
})
