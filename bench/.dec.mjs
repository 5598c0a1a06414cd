import * as SessionEvent from "../dist/esm/SessionEvent.js"
import fs from "node:fs"
const frames = JSON.parse(fs.readFileSync("/tmp/wire/shortturn.json","utf8"))
const msgs = frames.map((f) => JSON.parse(f))
const N = 2000
let t0 = performance.now()
for (let k = 0; k < N; k++) for (const f of frames) JSON.parse(f)
const parseMs = (performance.now() - t0) / N
const per = {}
for (let k = 0; k < 200; k++) for (const m of msgs) if (m.method === "session.event") SessionEvent.decode(m.params.event)
t0 = performance.now()
for (let k = 0; k < N; k++) for (const m of msgs) if (m.method === "session.event") {
  const s = performance.now(); SessionEvent.decode(m.params.event); const d = performance.now() - s
  per[m.params.event.type] = (per[m.params.event.type] ?? 0) + d
}
const decMs = (performance.now() - t0) / N
console.log({ parseMs, decMs })
console.log(Object.entries(per).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${k} ${(v/N*1000).toFixed(1)}us`).join("\n"))
