// The browser check's driver (tests/browser/run starts it): serves a built
// site on a loopback port, or takes a URL, and for every page runs axe-core in
// the light and the dark colour scheme, records console errors and checks
// that nothing scrolls sideways 320px wide; then takes the screenshots.
//
// Environment (set by tests/browser/run):
//   SK_CACHE        folder whose node_modules holds playwright-core and axe-core
//   SK_CHROMIUM     the Chromium executable
//   SK_DIR          the built site (served here), or empty with SK_URL
//   SK_URL          the site's root URL (pages found by following its links)
//   SK_PORT         the loopback port to serve SK_DIR on
//   SK_SHOTS        folder for screenshots; empty: none
//   SK_TOPIC, SK_POST  the paths of the topic page and the post to photograph
//   SK_JOBS         how many tabs check pages at once (default 2)
import { createRequire } from "node:module";
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const require = createRequire(path.join(process.env.SK_CACHE, "package.json"));
const { chromium } = require("playwright-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const failing = new Set(["serious", "critical"]);
const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".xml": "application/xml", ".json": "application/json", ".txt": "text/plain",
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
  ".webp": "image/webp", ".gif": "image/gif", ".ico": "image/x-icon", ".woff2": "font/woff2",
};

// serve answers GET requests from dir as a static web server would (dir/ ->
// dir/index.html, a missing file -> 404.html with status 404).
function serve(dir, port) {
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = path.join(dir, path.normalize(p));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!p.endsWith("/")) { res.writeHead(301, { Location: p + "/" }).end(); return; }
      file = path.join(file, "index.html");
    }
    if (!fs.existsSync(file)) {
      const nf = path.join(dir, "404.html");
      res.writeHead(404, { "Content-Type": types[".html"] });
      res.end(fs.existsSync(nf) ? fs.readFileSync(nf) : "not found");
      return;
    }
    res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

// pagesOf lists the paths of the site's HTML pages, redirect stubs left out.
function pagesOf(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (e.name.endsWith(".html") && !/<meta http-equiv="?refresh/i.test(fs.readFileSync(f, "utf8"))) {
        const rel = "/" + path.relative(dir, f).split(path.sep).join("/");
        out.push(rel.endsWith("/index.html") || rel === "/index.html" ? rel.slice(0, -"index.html".length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

async function main() {
  let root = process.env.SK_URL;
  let server;
  let paths = [];
  if (process.env.SK_DIR) {
    server = await serve(path.resolve(process.env.SK_DIR), Number(process.env.SK_PORT));
    root = `http://127.0.0.1:${process.env.SK_PORT}/`;
    paths = pagesOf(path.resolve(process.env.SK_DIR));
  }
  const origin = new URL(root).origin;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "serieskit-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.SK_CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
  });
  // axe-core is in every document from its start: cheaper than adding it to
  // each loaded page (Chromium compiles an init script once).
  await context.addInitScript({ content: axeSource });

  // Without a folder, find the pages by following same-origin links.
  const crawl = !process.env.SK_DIR;
  const queue = crawl ? [new URL(root).pathname] : [...paths];
  const seen = new Set(queue);
  const report = { ms: { load: 0, axe: 0, narrow: 0 }, pages: 0, rules: new Map(), minor: new Map(), console: [], overflow: [], shifts: [] };

  // check loads one page in tab and records what is wrong with it.
  async function check(tab, p) {
    tab.errors = [];
    let t0 = Date.now();
    await tab.setViewportSize({ width: 1280, height: 900 });
    await tab.emulateMedia({ colorScheme: "light" });
    const res = await tab.goto(origin + p, { waitUntil: "load" });
    if (!res || (res.status() >= 400 && !p.endsWith("404.html"))) tab.errors.push(`status ${res ? res.status() : "none"}`);
    report.pages++;
    if (crawl) {
      for (const l of await tab.$$eval("a[href]", (as) => as.map((a) => a.href))) {
        const u = new URL(l);
        if (u.origin !== origin || seen.has(u.pathname) || /\.(xml|json|txt|png|jpe?g|svg|pdf)$/.test(u.pathname)) continue;
        seen.add(u.pathname);
        queue.push(u.pathname);
      }
    }
    report.ms.load += Date.now() - t0;
    t0 = Date.now();
    // Every rule in the light scheme; in the dark one only the rules that
    // read colours, since nothing else changes with the scheme.
    for (const [scheme, options] of [
      ["light", { resultTypes: ["violations"] }],
      ["dark", { resultTypes: ["violations"], runOnly: ["color-contrast", "link-in-text-block"] }]]) {
      await tab.emulateMedia({ colorScheme: scheme });
      const result = await tab.evaluate((o) => window.axe.run(document, o), options);
      for (const v of result.violations) {
        const into = failing.has(v.impact) ? report.rules : report.minor;
        if (!into.has(v.id)) into.set(v.id, { impact: v.impact, help: v.help, hits: [] });
        for (const n of v.nodes) into.get(v.id).hits.push({ page: p, scheme, target: n.target.join(" "), html: n.html.slice(0, 160) });
      }
    }
    report.ms.axe += Date.now() - t0;
    // Opening or closing a <details> must not move its summary's text.
    const shifts = await tab.evaluate(() => {
      const out = [];
      for (const d of document.querySelectorAll("details")) {
        const s = d.querySelector("summary");
        if (!s) continue;
        const range = document.createRange();
        range.selectNodeContents(s);
        const box = () => { const r = range.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round).join(","); };
        const before = box();
        d.open = !d.open;
        const after = box();
        d.open = !d.open;
        if (before !== after) out.push(`<summary> "${s.textContent.trim()}" moves (${before} -> ${after})`);
      }
      return out;
    });
    for (const m of shifts) report.shifts.push(`${p}: ${m}`);
    t0 = Date.now();
    await tab.emulateMedia({ colorScheme: "light" });
    await tab.setViewportSize({ width: 320, height: 640 });
    const wide = await tab.evaluate(() => {
      const doc = document.documentElement;
      if (doc.scrollWidth <= doc.clientWidth) return null;
      const culprits = [];
      for (const el of document.body.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.right > doc.clientWidth + 1 && culprits.length < 3) culprits.push(`<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ""}> ${Math.round(r.right)}px`);
      }
      return `${doc.scrollWidth}px wide: ${culprits.join(", ")}`;
    });
    report.ms.narrow += Date.now() - t0;
    if (wide) report.overflow.push(`${p}: ${wide}`);
    for (const e of tab.errors) report.console.push(`${p}: ${e}`);
  }

  // newTab opens a tab that collects its console errors in tab.errors.
  async function newTab() {
    const tab = await context.newPage();
    tab.errors = [];
    // The browser asks every site for /favicon.ico by itself; a site without
    // one is no page's error.
    tab.on("console", (m) => {
      const where = m.location().url;
      if (m.type() === "error" && !where.endsWith("/favicon.ico")) tab.errors.push(m.text() + (where ? ` (${where})` : ""));
    });
    tab.on("pageerror", (e) => tab.errors.push(e.message));
    tab.on("requestfailed", (r) => tab.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    return tab;
  }

  // SK_JOBS tabs (default 2) take pages from the queue; in crawl mode a tab
  // that finds it empty waits while another may still add to it.
  let busy = 0;
  const worker = async () => {
    const tab = await newTab();
    for (;;) {
      const p = queue.shift();
      if (p === undefined) {
        if (busy === 0) break;
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      busy++;
      try { await check(tab, p); } finally { busy--; }
    }
    return tab;
  };
  const tabs = await Promise.all(Array.from({ length: Number(process.env.SK_JOBS || 2) }, worker));
  const page = tabs[0];

  if (process.env.SK_SHOTS) {
    fs.mkdirSync(process.env.SK_SHOTS, { recursive: true });
    const shots = [
      ["topic", process.env.SK_TOPIC], ["post", process.env.SK_POST],
    ];
    for (const [name, p] of shots) {
      for (const [kind, width, height, scheme] of [
        ["desktop", 1280, 900, "light"], ["mobile", 390, 844, "light"], ["dark", 1280, 900, "dark"]]) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        const res = await page.goto(origin + p, { waitUntil: "load" });
        if (!res || res.status() >= 400) { report.console.push(`${p}: screenshot page answered ${res ? res.status() : "nothing"}`); continue; }
        const full = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = path.join(process.env.SK_SHOTS, `${name}-${kind}.png`);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(full, 2400) } });
        console.log(`screenshot ${file} (${p}, ${width}px, ${scheme})`);
      }
    }
  }
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  if (server) server.close();

  const count = (m) => [...m.values()].reduce((n, r) => n + r.hits.length, 0);
  console.log(`pages checked: ${report.pages} (axe-core in light and dark, 320px overflow, console errors)`);
  const sec = (ms) => `${(ms / 1000).toFixed(1)}s`;
  console.log(`tab time: loading ${sec(report.ms.load)}, axe ${sec(report.ms.axe)}, 320px check ${sec(report.ms.narrow)}`);
  const table = (m) => [...m.entries()].sort().map(([id, r]) =>
    `  ${id} (${r.impact}): ${r.hits.length} node(s) on ${new Set(r.hits.map((h) => h.page)).size} page(s): ${r.help}\n` +
    `    pages: ${[...new Set(r.hits.map((h) => h.page))].slice(0, 12).join(" ")}`);
  console.log(`serious/critical violations: ${count(report.rules)}`);
  for (const line of table(report.rules)) console.log(line);
  for (const [id, r] of report.rules) for (const h of r.hits.slice(0, 5)) console.log(`    ${id} ${h.scheme} ${h.page} ${h.target}: ${h.html}`);
  console.log(`minor/moderate violations (not failing): ${count(report.minor)}`);
  for (const line of table(report.minor)) console.log(line);
  for (const [id, r] of report.minor) for (const h of r.hits.slice(0, 3)) console.log(`    ${id} ${h.scheme} ${h.page} ${h.target}: ${h.html}`);
  console.log(`console errors: ${report.console.length}`);
  for (const e of report.console.slice(0, 20)) console.log(`  ${e}`);
  console.log(`pages scrolling sideways at 320px: ${report.overflow.length}`);
  for (const o of report.overflow.slice(0, 20)) console.log(`  ${o}`);
  console.log(`<details> whose summary moves when it opens: ${report.shifts.length}`);
  for (const m of report.shifts.slice(0, 20)) console.log(`  ${m}`);
  const failed = report.rules.size > 0 || report.console.length > 0 || report.overflow.length > 0 || report.shifts.length > 0 || report.pages === 0;
  console.log(failed ? "browser check FAILED" : "browser check passed");
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
