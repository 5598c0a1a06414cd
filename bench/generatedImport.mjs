// The heap each generated protocol module adds at import, in plain Node
// (`node --expose-gc bench/generatedImport.mjs`, after `npm run build`):
// effect, effect/Schema and the helpers the modules use are imported first,
// then SessionEvents, Api and Methods in turn (the order of their imports),
// each measured after a full GC. Prints JSON, KB per module. Run it with
// `--single-threaded` (and take the median of a few runs): concurrent
// compilation and GC otherwise move the heap by more than a module adds.
const gc = () => {
  globalThis.gc()
  globalThis.gc()
}
const dist = new URL("../dist/esm/", import.meta.url)
await import("effect")
await import("effect/Schema")
await import(new URL("internal/generatedSchema.js", dist).href)
await import(new URL("internal/jsonrpc/Method.js", dist).href)
const kilobytes = {}
let total = 0
for (const module of ["SessionEvents", "Api", "Methods"]) {
  gc()
  const before = process.memoryUsage().heapUsed
  await import(new URL(`generated/${module}.js`, dist).href)
  gc()
  kilobytes[module] = Math.round((process.memoryUsage().heapUsed - before) / 1024)
  total += kilobytes[module]
}
console.log(JSON.stringify({ ...kilobytes, total }))
