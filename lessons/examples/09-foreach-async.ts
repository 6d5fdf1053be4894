// {"title": "forEach doesn't wait", "teaser": "Each callback awaits its save, so 'all saved!' comes after all three... right?", "host": "node", "tags": ["async-await", "patterns", "ordering"]}
async function save(id: number) {
  await world.sleep(id * 100) // a database write of varying speed
  console.log(`${Math.round(performance.now())} ms: saved ${id}`)
}

const ids = [3, 1, 2]

ids.forEach(async (id) => {
  await save(id)
})
console.log(`${Math.round(performance.now())} ms: all saved! (forEach)`)

await world.sleep(400) // let that settle before the second attempt

for (const id of ids) {
  await save(id)
}
console.log(`${Math.round(performance.now())} ms: all saved! (for...of)`)
