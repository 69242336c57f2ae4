// Uncounted web UI: draws the charts and the map from JSON served by this server. No inline script, no
// eval, nothing fetched from another host (CSP: script-src 'self'; connect-src 'self').
(function () {
  'use strict';

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); });
  }

  function empty(el, text) {
    el.classList.add('empty');
    el.textContent = text || (document.documentElement.lang === 'ko' ? '아직 보여 줄 자료가 없습니다.' : 'No data to show yet.');
    el.setAttribute('data-rendered', 'empty');
  }

  // Vertical error bars (interval) drawn with a custom series.
  function errorBars(data) {
    return {
      type: 'custom', name: 'interval', z: 3,
      renderItem: function (params, api) {
        var x = api.coord([api.value(0), api.value(1)]);
        var hi = api.coord([api.value(0), api.value(2)]);
        var w = api.size([1, 0])[0] * 0.15;
        var style = { stroke: '#14213d', lineWidth: 1.5 };
        return { type: 'group', children: [
          { type: 'line', shape: { x1: x[0], y1: x[1], x2: hi[0], y2: hi[1] }, style: style },
          { type: 'line', shape: { x1: x[0] - w, y1: x[1], x2: x[0] + w, y2: x[1] }, style: style },
          { type: 'line', shape: { x1: hi[0] - w, y1: hi[1], x2: hi[0] + w, y2: hi[1] }, style: style }
        ] };
      },
      encode: { x: 0, y: [1, 2] },
      data: data
    };
  }

  function intervalChart(d, percent) {
    var labels = d.rows.map(function (r) { return r.label; });
    var fmt = percent ? function (v) { return (v * 100).toFixed(0) + '%'; } : null;
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 70, right: 20, bottom: 90, top: 20 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: 30, interval: 0 } },
      yAxis: { type: 'value', name: d.yLabel, axisLabel: fmt ? { formatter: fmt } : {} },
      series: [
        { type: 'bar', name: d.yLabel, data: d.rows.map(function (r) { return r.estimate; }), itemStyle: { color: '#1f5fa8' } },
        errorBars(d.rows.map(function (r, i) { return [i, r.lower, r.upper]; }))
      ]
    };
  }

  function upset(d) {
    var n = d.sources.length;
    var xs = d.intersections.map(function (s, i) { return String(i); });
    var dots = [], links = [];
    d.intersections.forEach(function (s, i) {
      for (var k = 0; k < n; k++) {
        dots.push({ value: [i, k], itemStyle: { color: s.members.indexOf(k) >= 0 ? '#14213d' : '#d9dee6' } });
      }
      if (s.members.length > 1) {
        links.push({ coords: [[i, Math.min.apply(null, s.members)], [i, Math.max.apply(null, s.members)]] });
      }
    });
    return {
      tooltip: {},
      grid: [{ left: 120, right: 20, top: 20, height: '50%' }, { left: 120, right: 20, top: '62%', bottom: 20 }],
      xAxis: [{ type: 'category', data: xs, gridIndex: 0, show: false }, { type: 'category', data: xs, gridIndex: 1, show: false }],
      yAxis: [{ type: 'value', gridIndex: 0, name: d.yLabel },
              { type: 'category', data: d.sources, gridIndex: 1, inverse: true }],
      series: [
        { type: 'bar', xAxisIndex: 0, yAxisIndex: 0, itemStyle: { color: '#1f5fa8' },
          label: { show: true, position: 'top', formatter: function (p) { return d.intersections[p.dataIndex].suppressed ? '<' + d.threshold : p.value; } },
          data: d.intersections.map(function (s) { return s.suppressed ? 0 : s.count; }) },
        { type: 'scatter', xAxisIndex: 1, yAxisIndex: 1, symbolSize: 12, data: dots },
        { type: 'lines', coordinateSystem: 'cartesian2d', xAxisIndex: 1, yAxisIndex: 1, lineStyle: { color: '#14213d', width: 3 }, data: links }
      ]
    };
  }

  var builders = {
    estimates: function (d) { return d.rows.length ? intervalChart(d, false) : null; },
    shares: function (d) { return d.rows.length ? intervalChart(d, true) : null; },
    prices: function (d) {
      if (!d.groups.length) { return null; }
      return { tooltip: {}, grid: { left: 80, right: 20, bottom: 40, top: 50 },
        title: { subtext: d.whiskers || '', left: 'center', top: 0, subtextStyle: { fontSize: 11 } },
        xAxis: { type: 'category', data: d.groups }, yAxis: { type: 'value', name: d.yLabel },
        series: [{ type: 'boxplot', data: d.boxes, itemStyle: { borderColor: '#b45309' } }] };
    },
    durations: function (d) {
      if (!d.years.length) { return null; }
      return { tooltip: {}, grid: { left: 60, right: 20, bottom: 40, top: 30 },
        xAxis: { type: 'category', data: d.years, name: d.xLabel }, yAxis: { type: 'value', name: d.yLabel },
        series: [{ type: 'bar', data: d.counts, itemStyle: { color: '#9f1239' } }] };
    },
    overlap: function (d) { return d.intersections.length ? upset(d) : null; }
  };

  function drawChart(el) {
    var kind = el.getAttribute('data-chart');
    getJson(el.getAttribute('data-src')).then(function (d) {
      if (kind === 'map') { return drawMap(el, d); }
      var option = builders[kind](d);
      if (!option) { return empty(el); }
      option.animation = false;
      echarts.init(el).setOption(option);
      el.setAttribute('data-rendered', 'chart');
    }).catch(function () { empty(el, 'Chart data could not be loaded.'); });
  }

  function drawMap(el, d) {
    return Promise.all([getJson('/static/vendor/dprk-provinces.geojson'), getJson('/static/vendor/china-prefectures.geojson')])
      .then(function (geo) {
        var features = geo[0].features.concat(geo[1].features.map(function (f) {
          var g = { type: 'Feature', id: f.id, properties: { name: String(f.id), label: f.properties.name }, geometry: f.geometry };
          return g;
        }));
        echarts.registerMap('uncounted-region', { type: 'FeatureCollection', features: features });
        var max = 1;
        d.regions.forEach(function (r) { if (r.value && r.value > max) { max = r.value; } });
        var flowMax = 1;
        d.flows.forEach(function (f) { if (f.value > flowMax) { flowMax = f.value; } });
        var chart = echarts.init(el);
        chart.setOption({
          animation: false,
          tooltip: { trigger: 'item', formatter: function (p) {
            if (p.seriesType === 'lines') { return p.data.name + ': ' + p.data.value; }
            return (p.data && p.data.value != null) ? p.name + ': ' + p.data.value : p.name + (p.data ? ': ' + d.suppressedLabel : '');
          } },
          visualMap: { min: 0, max: max, left: 10, bottom: 10, text: [String(max), '0'], calculable: true, inRange: { color: ['#fde7c7', '#b45309', '#7c2d12'] } },
          geo: { map: 'uncounted-region', roam: true, boundingCoords: [[116, 48], [133, 37]],
                 itemStyle: { areaColor: '#eef1f5', borderColor: '#9aa5b5' }, emphasis: { label: { show: false } } },
          series: [
            { type: 'map', geoIndex: 0, name: d.countLabel, data: d.regions },
            { type: 'lines', coordinateSystem: 'geo', zlevel: 2, data: d.flows,
              lineStyle: { color: '#1f5fa8', opacity: 0.6, curveness: 0.2, width: 1 },
              effect: { show: false } }
          ]
        });
        chart.on('finished', function () { el.setAttribute('data-rendered', 'map'); });
        el.setAttribute('data-rendered', 'map');
      });
  }

  function init() {
    if (typeof echarts === 'undefined') { return; }
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), drawChart);
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
