// Labelled break and continue across awaits in nested loops, interleaved with a second async loop.
async function search(grid: number[][], target: number) {
  let visited = 0
  outer: for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      await null
      visited++
      if (grid[r][c] < 0) continue outer
      if (grid[r][c] === target) {
        console.log(`found ${target} at ${r},${c} after ${visited}`)
        break outer
      }
    }
  }
  return visited
}
const grid = [[1, -1, 9], [2, 3, 4], [5, 6, 7]]
const p1 = search(grid, 6)
const p2 = (async () => {
  for (let i = 0; i < 4; i++) {
    await null
    console.log('ping', i)
  }
})()
console.log('visited', await p1)
await p2
