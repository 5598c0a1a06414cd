import v8 from "node:v8"
const mods = process.argv.slice(3)
for (const m of mods) await import(m)
globalThis.gc(); globalThis.gc()
v8.writeHeapSnapshot(process.argv[2])
