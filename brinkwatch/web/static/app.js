// brinkwatch dashboard: draws the map, charts and network from the JSON API.
// No inline script, no external library: plain DOM + SVG. Text from the data is always set
// with textContent or attributes, never parsed as HTML.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";

function el(name, attrs, parent) {
  const node = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (parent) parent.appendChild(node);
  return node;
}

function html(name, attrs, parent, text) {
  const node = document.createElement(name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error((body.error && body.error.message) || r.statusText);
  return body;
}

function showError(svg, message) {
  const t = el("text", { x: 10, y: 24, class: "error" }, svg);
  t.textContent = "Could not load: " + message;
}

// --- map ---------------------------------------------------------------------------------
const BOX = { w: 33, e: 62, s: 22, n: 41.5 };
const LAT0 = Math.cos(((BOX.s + BOX.n) / 2) * Math.PI / 180);
const MAP_W = 800;
const SCALE = MAP_W / ((BOX.e - BOX.w) * LAT0);
const MAP_H = Math.round((BOX.n - BOX.s) * SCALE);

function project(lon, lat) {
  return [((lon - BOX.w) * LAT0 * SCALE), ((BOX.n - lat) * SCALE)];
}

function ringPath(ring) {
  return ring.map((p, i) => {
    const [x, y] = project(p[0], p[1]);
    return (i ? "L" : "M") + x.toFixed(1) + " " + y.toFixed(1);
  }).join("") + "Z";
}

async function drawMap(svg) {
  svg.setAttribute("viewBox", "0 0 " + MAP_W + " " + MAP_H);
  const base = el("g", { "aria-hidden": "true" }, svg);
  const marks = el("g", { "aria-hidden": "true" }, svg);
  const dots = el("g", { class: "points" }, svg);
  try {
    const [geo, places, pts] = await Promise.all([
      getJSON(svg.dataset.base), getJSON(svg.dataset.places), getJSON(svg.dataset.points)]);
    for (const f of geo.features) {
      const d = f.geometry.coordinates.map(poly => poly.map(ringPath).join("")).join("");
      const path = el("path", { d: d, class: "land" + (f.properties.name === "Iraq" ? " focus" : "") }, base);
      el("title", {}, path).textContent = f.properties.name;
    }
    for (const p of places.items) {
      const [x, y] = project(p.lon, p.lat);
      el("rect", { x: x - 2.5, y: y - 2.5, width: 5, height: 5, class: "province",
                   transform: "rotate(45 " + x + " " + y + ")" }, marks);
      const label = el("text", { x: x + 5, y: y - 4, class: "province-label" }, marks);
      label.textContent = p.name.replace(/ Governorate$/, "");
    }
    const seen = new Map();
    for (const p of pts.points) {
      let [x, y] = project(p.lon, p.lat);
      const key = x.toFixed(0) + "," + y.toFixed(0);
      const n = seen.get(key) || 0;
      seen.set(key, n + 1);
      if (n) {  // spread events at the same place on a small spiral so each stays clickable
        const a = n * 2.4, r = 3 + 1.6 * Math.sqrt(n);
        x += r * Math.cos(a); y += r * Math.sin(a);
      }
      const a = el("a", { href: "/events/" + encodeURIComponent(p.id), class: "pt-link",
        "aria-label": p.type + " (" + p.modality + ") " + (p.date || "undated") + " at " + (p.place || "unknown place") }, dots);
      el("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 5, class: "pt q" + (p.quad || 0), "data-id": p.id }, a);
      el("title", {}, a).textContent = p.type + " — " + (p.place || "") + " " + (p.date || "");
    }
    const count = document.getElementById("map-count");
    if (count) count.textContent = String(pts.count);
    svg.dataset.ready = "1";
  } catch (err) {
    showError(svg, err.message);
    svg.dataset.ready = "error";
  }
}

// --- charts ------------------------------------------------------------------------------
function axisLabel(svg, x, y, text, anchor) {
  const t = el("text", { x: x, y: y, "text-anchor": anchor || "start" }, svg);
  t.textContent = text;
  return t;
}

async function drawTimeline(svg) {
  const W = 800, H = 220, L = 40, B = 24, T = 10;
  try {
    const data = await getJSON(svg.dataset.src);
    const s = data.series;
    if (!s.length) { axisLabel(svg, 10, 30, "No dated events."); svg.dataset.ready = "1"; return; }
    const max = Math.max(...s.map(p => p.count));
    // x is proportional to time (periods without events leave gaps), bars at least 2px wide
    const day = p => Date.parse(p.period.length === 7 ? p.period + "-01" : p.period) / 86400000;
    const step = data.bucket === "month" ? 30.4 : data.bucket === "week" ? 7 : 1;
    const t0 = day(s[0]), t1 = day(s[s.length - 1]) + step;
    const span = Math.max(step, t1 - t0);
    const xs = t => L + (t - t0) / span * (W - L - 10);
    const bw = Math.max(2, (W - L - 10) * step / span - 1);
    el("line", { x1: L, y1: H - B, x2: W - 10, y2: H - B, class: "axis" }, svg);
    s.forEach(p => {
      let y = H - B;
      const end = data.bucket === "week"
        ? new Date((day(p) + 6) * 86400000).toISOString().slice(0, 10) : p.period;
      const g = el("a", { href: "/?since=" + p.period + "&until=" + end,
        "aria-label": p.period + ": " + p.count + " events" }, svg);
      for (const q of ["1", "2", "3", "4"]) {
        const h = (p.by_quad[q] || 0) / max * (H - B - T);
        if (h > 0) { y -= h; el("rect", { x: xs(day(p)).toFixed(1), y: y, width: bw.toFixed(1), height: h, class: "bar q" + q }, g); }
      }
      el("title", {}, g).textContent = p.period + ": " + p.count;
    });
    axisLabel(svg, L - 4, T + 10, String(max), "end");
    axisLabel(svg, L, H - 6, s[0].period);
    axisLabel(svg, W - 10, H - 6, s[s.length - 1].period, "end");
    svg.dataset.ready = "1";
  } catch (err) { showError(svg, err.message); }
}

async function drawTension(svg) {
  const W = 800, H = 240, L = 40, B = 24, T = 14;
  const list = document.getElementById("alerts");
  try {
    const data = await getJSON(svg.dataset.src);
    const d = data.dyads[0];
    if (list) list.textContent = "";
    if (!d || !d.points.length) {
      axisLabel(svg, 10, 30, "No dated events for this dyad.");
      if (list) html("li", { class: "none" }, list, "none");
      svg.dataset.ready = "1";
      return;
    }
    const pts = d.points;
    const max = Math.max(1, ...pts.map(p => p.index));
    const x = i => L + (pts.length === 1 ? (W - L) / 2 : i * (W - L - 10) / (pts.length - 1));
    const y = v => H - B - v / max * (H - B - T);
    el("line", { x1: L, y1: H - B, x2: W - 10, y2: H - B, class: "axis" }, svg);
    el("path", { d: pts.map((p, i) => (i ? "L" : "M") + x(i).toFixed(1) + " " + y(p.index).toFixed(1)).join(""), class: "line" }, svg);
    const label = axisLabel(svg, L, 12, (d.actor_name || d.actor) + " → " + (d.target_name || d.target));
    label.setAttribute("font-weight", "bold");
    pts.forEach((p, i) => {
      if (!p.n_events && !p.alert) return;
      const href = p.events_url.replace("/api/events?", "/?");
      const a = el("a", { href: href, class: p.alert ? "alert-link" : "point-link",
        "aria-label": p.period + ": index " + p.index + ", " + p.n_events + " events" + (p.alert ? ", alert" : "") }, svg);
      if (p.alert) {
        const cx = x(i), cy = y(p.index) - 8;
        el("path", { d: "M" + cx + " " + (cy - 7) + "L" + (cx - 6) + " " + (cy + 4) + "L" + (cx + 6) + " " + (cy + 4) + "Z", class: "alert-mark" }, a);
      }
      el("circle", { cx: x(i), cy: y(p.index), r: 4, class: "pt q4" }, a);
      el("title", {}, a).textContent = p.period + ": " + p.index + " (" + p.n_events + " events)";
      if (p.alert && list) {
        const li = html("li", {}, list);
        html("a", { href: href }, li, p.period + ": raw " + p.raw + " against a baseline of " + p.baseline + " (" + p.n_events + " events)");
      }
    });
    if (list && !list.children.length) html("li", { class: "none" }, list, "none");
    axisLabel(svg, L - 4, T + 6, String(max.toFixed(1)), "end");
    axisLabel(svg, L, H - 6, pts[0].period);
    axisLabel(svg, W - 10, H - 6, pts[pts.length - 1].period, "end");
    svg.dataset.ready = "1";
  } catch (err) { showError(svg, err.message); }
}

// --- network -----------------------------------------------------------------------------
async function drawGraph(svg) {
  const W = 800, H = 640, R = 250;
  try {
    const g = await getJSON(svg.dataset.src);
    if (!g.nodes.length) { axisLabel(svg, 10, 30, "No linked actor acts on another here."); svg.dataset.ready = "1"; return; }
    const defs = el("defs", {}, svg);
    for (const q of [1, 2, 3, 4]) {
      const m = el("marker", { id: "arrow" + q, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, defs);
      el("path", { d: "M0 0L10 5L0 10Z", class: "bar q" + q }, m);
    }
    const nodes = [...g.nodes].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const pos = new Map();
    nodes.forEach((n, i) => {
      const a = 2 * Math.PI * i / nodes.length - Math.PI / 2;
      pos.set(n.id, [W / 2 + R * Math.cos(a), H / 2 + R * Math.sin(a)]);
    });
    const maxc = Math.max(...g.edges.map(e => e.count));
    const radius = n => 5 + 10 * Math.sqrt(n.count / Math.max(...nodes.map(m => m.count)));
    const rad = new Map(nodes.map(n => [n.id, radius(n)]));
    const eg = el("g", { "aria-hidden": "true" }, svg);
    for (const e of g.edges) {
      const [x1, y1] = pos.get(e.source), [x2, y2] = pos.get(e.target);
      const dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy) || 1;
      const r2 = rad.get(e.target) + 2;
      const ex = x2 - dx / len * r2, ey = y2 - dy / len * r2;
      const mx = (x1 + ex) / 2 - dy / len * 18, my = (y1 + ey) / 2 + dx / len * 18;
      el("path", { d: "M" + x1 + " " + y1 + "Q" + mx + " " + my + " " + ex + " " + ey, class: "edge q" + e.quad,
        "stroke-width": (1 + 5 * e.count / maxc).toFixed(1), "marker-end": "url(#arrow" + e.quad + ")" }, eg);
    }
    for (const n of nodes) {
      const [x, y] = pos.get(n.id);
      const a = el("a", { href: "/actors/" + encodeURIComponent(n.id), "aria-label": n.name + ", " + n.count + " events" }, svg);
      el("circle", { cx: x, cy: y, r: rad.get(n.id), class: "node" }, a);
      const t = el("text", { x: x, y: y + rad.get(n.id) + 12, "text-anchor": "middle" }, a);
      t.textContent = n.name.length > 28 ? n.name.slice(0, 27) + "…" : n.name;
    }
    svg.dataset.ready = "1";
  } catch (err) { showError(svg, err.message); }
}

// --- API docs ----------------------------------------------------------------------------
async function drawDocs(box) {
  try {
    const spec = await getJSON("/openapi.json");
    box.textContent = "";
    html("p", {}, box, spec.info.title + " " + spec.info.version + " — " + (spec.info.description || ""));
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const sec = html("section", {}, box);
        const h = html("h2", {}, sec);
        html("code", { class: "method" }, h, method.toUpperCase() + " ");
        html("code", {}, h, path);
        if (op.description || op.summary) html("p", {}, sec, op.description || op.summary);
        const params = op.parameters || [];
        if (params.length) {
          const table = html("table", {}, sec);
          html("caption", { class: "visually-hidden" }, table, "Parameters of " + path);
          const head = html("tr", {}, html("thead", {}, table));
          for (const c of ["parameter", "in", "required", "description"]) html("th", { scope: "col" }, head, c);
          const body = html("tbody", {}, table);
          for (const p of params) {
            const tr = html("tr", {}, body);
            html("td", {}, tr, p.name);
            html("td", {}, tr, p.in);
            html("td", {}, tr, p.required ? "yes" : "no");
            html("td", {}, tr, p.description || (p.schema && p.schema.description) || "");
          }
        }
        if (method === "get" && !path.includes("{")) {
          const p = html("p", {}, sec);
          html("a", { href: path }, p, "Try " + path);
        }
      }
    }
  } catch (err) { box.textContent = "Could not load the schema: " + err.message; }
}

document.addEventListener("DOMContentLoaded", () => {
  const map = document.getElementById("map");
  if (map) drawMap(map);
  const tl = document.getElementById("timeline");
  if (tl) drawTimeline(tl);
  const tension = document.getElementById("tension");
  if (tension) drawTension(tension);
  const graph = document.getElementById("graph");
  if (graph) drawGraph(graph);
  const docs = document.getElementById("api-docs");
  if (docs) drawDocs(docs);
});
