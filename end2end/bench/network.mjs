// Network benchmark: for each synthetic portfolio (HK_SYNTHETIC sizes), opens the map in
// headless Chromium on a fresh database and measures the layout's time to converge, its
// longest main-thread task, and frame times while panning and zooming.
// Run through scripts/bench-network.sh, which starts the server; prints a Markdown table.
import { launch, BASE, signIn } from '../tests/helpers.mjs';

const sizes = (process.env.HK_SYNTHETIC ?? '500,2000,10000').split(',').map(Number);
const browser = await launch();

async function portfolios(page) {
  return page.evaluate(async () => {
    const r = await fetch('/api/list_portfolios', { method: 'POST', headers: { accept: 'application/json' } });
    return (await r.json()).map((p) => [p.portfolio.name, p.portfolio.id]);
  });
}

function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor(p * v.length))] : NaN;
}

const rows = [];
for (const size of sizes) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await signIn(context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    window.__frames = null;
    const tick = (t) => { if (window.__frames) window.__frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await page.goto(BASE + '/');
  const id = new Map(await portfolios(page)).get(`Synteettinen verkosto ${size}`);
  await page.goto(`${BASE}/portfolio/${id}/network`);
  const canvas = page.locator('canvas.net-canvas');
  await page.waitForSelector('canvas.net-canvas[data-layout-ms]', { timeout: 300_000 });
  const layoutMs = Number(await canvas.getAttribute('data-layout-ms'));
  const sliceMs = Number(await canvas.getAttribute('data-layout-slice-ms'));
  const iterations = Number(await canvas.getAttribute('data-layout-iterations'));
  const { nodes, links } = await page.evaluate(() => {
    const m = document.querySelector('canvas.net-canvas').getAttribute('aria-label').match(/(\d+)\D+(\d+)/);
    return { nodes: Number(m[1]), links: Number(m[2]) };
  });
  // Long tasks while the layout ran (from hydration to convergence).
  const start = Number(await canvas.getAttribute('data-layout-start'));
  const longest = await page.evaluate((start) => Math.max(0,
    ...window.__longtasks.filter((t) => t[0] + t[1] >= start).map((t) => t[1])), start);
  await page.waitForTimeout(500);
  // Pan for about two seconds, then zoom in and out with the wheel, recording frames.
  const box = await canvas.boundingBox();
  await page.evaluate(() => { window.__frames = []; window.__longtasks = []; });
  await page.mouse.move(box.x + 8, box.y + 8);
  await page.mouse.down();
  for (let i = 0; i < 120; i++) {
    await page.mouse.move(box.x + 8 + (i % 60) * 6, box.y + 8 + (i % 40) * 4);
  }
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, i < 20 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  const frames = await page.evaluate(() => window.__frames);
  const interactLong = await page.evaluate(() => Math.max(0, ...window.__longtasks.map((t) => t[1])));
  const deltas = frames.slice(1).map((t, i) => t - frames[i]);
  const p95 = percentile(deltas, 0.95);
  const fps = deltas.length / (deltas.reduce((a, b) => a + b, 0) / 1000);
  rows.push({ size, nodes, links, iterations, layoutMs, sliceMs, longest, p50: percentile(deltas, 0.5), p95, fps, interactLong });
  await context.close();
}
await browser.close();

console.log('| nodes | links | iterations | layout converges (ms) | longest layout slice (ms) | longest task during layout (ms) | pan/zoom frame p50 (ms) | p95 (ms) | fps | longest task while panning (ms) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.nodes} | ${r.links} | ${r.iterations} | ${r.layoutMs} | ${r.sliceMs} | ${r.longest.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.fps.toFixed(0)} | ${r.interactLong.toFixed(0)} |`);
}
