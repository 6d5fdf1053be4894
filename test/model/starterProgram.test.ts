import { expect, test } from 'vitest'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { starterProgram } from '../../app/ui/persistence/starterProgram.ts'

const NUMBERS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 }

test('the playground’s first program prints as many lines as its comment says', () => {
  const said = /the (\w+) lines/.exec(starterProgram)?.[1]
  expect(said && NUMBERS[said]).toBe(runInNode(starterProgram, { host: 'node' }).stdout.trim().split('\n').length)
})
