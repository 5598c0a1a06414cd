// Run by bench/importCost.ts in a fresh `node --expose-gc` process (plain
// Node, no TypeScript loader, so nothing but the modules is measured):
// imports the given module specifiers in order and prints the heap they
// added (after a full GC) and the time the imports took, as JSON.
const gc = () => {
  globalThis.gc()
  globalThis.gc()
}
gc()
const before = process.memoryUsage().heapUsed
const start = performance.now()
for (const specifier of process.argv.slice(2)) await import(specifier)
const ms = performance.now() - start
gc()
console.log(JSON.stringify({ heapBytes: process.memoryUsage().heapUsed - before, ms }))
