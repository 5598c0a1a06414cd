import * as SessionEvent from "../dist/esm/SessionEvent.js"
const sd = {"type": "assistant.streaming_delta", "data": {"totalResponseSizeBytes": 6}, "ephemeral": true, "id": "99eee6ab-9db4-42a8-9b13-4e3a4e62385c", "timestamp": "2026-12-06T22:28:18.162Z", "parentId": "0703e0c1-f68f-43d8-bc42-614f2da25ec3"}
const md = {"type": "assistant.message_delta", "data": {"messageId": "m", "deltaContent": "w1 "}, "ephemeral": true, "id": "99eee6ab-9db4-42a8-9b13-4e3a4e62385d", "timestamp": "2026-12-06T22:28:18.162Z", "parentId": "0703e0c1-f68f-43d8-bc42-614f2da25ec3"}
for (const e of [sd, md]) {
  const r = SessionEvent.decode(e); console.log(r.type, r.reason ?? "")
  const N = 200000; const t0 = performance.now(); for (let i = 0; i < N; i++) SessionEvent.decode(e); console.log(((performance.now() - t0) / N * 1000).toFixed(2), "us")
}
