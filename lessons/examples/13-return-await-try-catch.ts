// {"title": "try/catch and the missing await", "teaser": "Both functions wrap the failing call in try/catch. Why does only one of them catch the error?", "host": "node", "tags": ["errors", "async-await"]}
async function fetchConfig(): Promise<string> {
  await world.sleep(10)
  throw new Error('config server down')
}

async function withoutAwait() {
  try {
    return fetchConfig()
  } catch {
    return 'default config'
  }
}

async function withAwait() {
  try {
    return await fetchConfig()
  } catch {
    return 'default config'
  }
}

for (const load of [withoutAwait, withAwait]) {
  try {
    console.log(`${load.name}: got "${await load()}"`)
  } catch (error) {
    console.log(`${load.name}: threw "${(error as Error).message}"`)
  }
}
