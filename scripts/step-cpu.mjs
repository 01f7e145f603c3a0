// CPU seconds (user + system) of each test-all step, so the suite's cost is known per step even
// though the lanes run side by side. A step's processes are found under its shell in /proc,
// once a second, and each one's last reading counts (browsers and servers that the runners kill
// are never reaped through the shell, so `times`/rusage would miss them). Linux only: elsewhere
// every step reports null. Processes living under a second may be missed.
import { readdirSync, readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100
const INTERVAL_MS = 1000
const available = (() => {
  try {
    readFileSync('/proc/self/stat')
    return true
  } catch {
    return false
  }
})()

/** Open watches: root pid → processes seen under it (`pid start-time` → CPU seconds). */
const watches = new Map()
let timer = null

function readProcesses() {
  const processes = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // Fields after the command name, which may hold spaces: state is field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      processes.set(Number(name), {
        parent: Number(fields[1]),
        cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
        key: `${name} ${fields[19]}`,
      })
    } catch {
      // It ended between the listing and the read.
    }
  }
  return processes
}

function sample() {
  const processes = readProcesses()
  for (const [root, seen] of watches) {
    const known = new Set([...seen.keys()].map((key) => Number(key.split(' ')[0])))
    known.add(root)
    for (const [pid, process] of processes) {
      // Under the root, or under a process seen before (a runner's server outlives its shell).
      let ancestor = pid
      for (let depth = 0; depth < 64 && ancestor > 1 && !known.has(ancestor); depth++) {
        ancestor = processes.get(ancestor)?.parent ?? 0
      }
      if (!known.has(ancestor)) continue
      seen.set(process.key, Math.max(seen.get(process.key) ?? 0, process.cpu))
      known.add(pid)
    }
  }
}

/** Starts counting the CPU of `pid` and its descendants; `stop()` returns the seconds (or null). */
export function watchCpu(pid) {
  if (!available || pid === undefined) return { stop: () => null }
  watches.set(pid, new Map())
  timer ??= setInterval(sample, INTERVAL_MS)
  sample()
  return {
    stop() {
      sample()
      const seen = watches.get(pid)
      watches.delete(pid)
      if (watches.size === 0) {
        clearInterval(timer)
        timer = null
      }
      return [...seen.values()].reduce((sum, seconds) => sum + seconds, 0)
    },
  }
}
