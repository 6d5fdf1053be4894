// {"title": "An async generator pipeline", "teaser": "read → parse → take(3). How many lines does the reader actually read, and who closes it?", "host": "node", "tags": ["generators", "streams", "async-await", "patterns"]}
const t = () => `${Math.round(performance.now())} ms:`

async function* readLines() {
  const lines = ['3', '1', 'oops', '4', '1', '5', '9']
  try {
    for (const line of lines) {
      await world.sleep(10) // a slow disk
      console.log(t(), `read "${line}"`)
      yield line
    }
  } finally {
    console.log(t(), 'reader closed')
  }
}

async function* parse(lines: AsyncIterable<string>) {
  for await (const line of lines) {
    const n = Number(line)
    if (!Number.isNaN(n)) yield n
  }
}

async function* take<T>(count: number, source: AsyncIterable<T>) {
  if (count <= 0) return
  for await (const item of source) {
    yield item
    if (--count === 0) return
  }
}

for await (const n of take(3, parse(readLines()))) console.log(t(), 'got', n)
console.log(t(), 'pipeline done')
