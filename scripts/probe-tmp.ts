import { signInCookie } from "/work/main/scripts/bench/http-client";
import autocannon from "autocannon";
const app = process.env.APP ?? "http://127.0.0.1:3000";
const cookie = await signInCookie(app, "lesen@musterhausen.example", "Musterhausen2026!");
const r = await fetch(`${app}/suche?q=anmeldung`, { headers: { cookie } });
const html = await r.text();
const m = html.match(/href="\/wissen\/([0-9a-f-]{36})"/);
console.log("article", m?.[1], "search html", html.length);
const art = await (await fetch(`${app}/wissen/${m![1]}`, { headers: { cookie } })).text();
console.log("article html bytes", art.length);
const paths = (process.argv[2] ?? "/robots.txt,/login,ART,/suche?q=anmeldung").split(",");
for (const p of paths) {
  const url = app + (p === "ART" ? `/wissen/${m![1]}` : p);
  const res: any = await new Promise((ok, ko) => autocannon({ url, connections: 32, duration: Number(process.argv[3] ?? 6), headers: p === "/login" ? {} : { cookie } }, (e, x) => (e ? ko(e) : ok(x))));
  console.log(p.padEnd(22), res.requests.average.toFixed(0), "req/s", "p50", res.latency.p50, "p99", res.latency.p99, "non2xx", res.non2xx);
}
