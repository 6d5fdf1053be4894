// {"title": "Debounce a search box", "teaser": "Six keystrokes, a 100 ms debounce. How many searches go out, and for which text?", "host": "browser", "tags": ["patterns", "timers", "browser"]}
const t = () => `${Math.round(performance.now())} ms:`

function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  return (...args: A) => {
    clearTimeout(timer)
    timer = setTimeout(() => fn(...args), waitMs)
  }
}

const search = debounce((query: string) => console.log(t(), `search for "${query}"`), 100)

// A user typing: [when, what the box holds]
const keystrokes: [number, string][] = [
  [0, 'e'], [60, 'ev'], [150, 'eve'], [230, 'even'],
  [500, 'event'], [580, 'event loop'],
]
for (const [at, text] of keystrokes) {
  setTimeout(() => {
    console.log(t(), `typed "${text}"`)
    search(text)
  }, at)
}
