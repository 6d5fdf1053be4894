// {"title": "Producer and consumers on a channel", "teaser": "One producer, a fast consumer and a slow one sharing a channel. Who gets which item, and when?", "host": "node", "tags": ["concurrency", "streams", "patterns"]}
const channel = world.channel({ latencyMs: 5 })
const t = () => `${Math.round(performance.now())} ms:`

async function producer() {
  for (let i = 1; i <= 6; i++) {
    console.log(t(), `send job ${i}`)
    channel.send(`job ${i}`)
    await world.sleep(20) // new work arrives every 20 ms
  }
  channel.close()
  console.log(t(), 'producer closed the channel')
}

async function consumer(name: string, workMs: number) {
  let handled = 0
  for await (const job of channel) {
    console.log(t(), `  ${name} starts ${job}`)
    await world.sleep(workMs)
    handled++
  }
  console.log(t(), `  ${name} done after ${handled} jobs`)
}

await Promise.all([producer(), consumer('fast', 15), consumer('slow', 50)])
