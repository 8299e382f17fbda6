// Small behaviours of the pages; everything works without them except adding rows and charts.
(function () {
  'use strict';

  // 录入调整: show the parts of the form the chosen type uses. Hidden inputs are disabled so
  // that they are not submitted (a 调剂 has no income legs, a 冲销 no legs at all).
  function applyType(form) {
    var type = form.querySelector('#type').value;
    form.querySelectorAll('.legs-only').forEach(function (el) {
      setShown(el, type !== 'REVERSAL');
    });
    form.querySelectorAll('.income-legs').forEach(function (el) {
      setShown(el, type !== 'REVERSAL' && type !== 'REALLOCATION');
    });
    form.querySelectorAll('.reversal-only').forEach(function (el) {
      setShown(el, type === 'REVERSAL');
    });
  }

  function setShown(el, shown) {
    el.hidden = !shown;
    el.querySelectorAll('input, select').forEach(function (input) { input.disabled = !shown; });
  }

  function nextIndex(tbody) {
    var max = -1;
    tbody.querySelectorAll('[name]').forEach(function (input) {
      var m = /\[(\d+)]/.exec(input.name);
      if (m) { max = Math.max(max, parseInt(m[1], 10)); }
    });
    return max + 1;
  }

  function addRow(button) {
    var table = document.getElementById(button.dataset.target);
    var template = document.getElementById(button.dataset.target.replace('-legs', '-row-template'));
    var tbody = table.querySelector('tbody');
    var html = template.innerHTML.replace(/IDX/g, String(nextIndex(tbody)));
    tbody.insertAdjacentHTML('beforeend', html);
  }

  function initEntryForm() {
    var form = document.getElementById('entry-form');
    if (!form) { return; }
    form.querySelector('#type').addEventListener('change', function () { applyType(form); });
    applyType(form);
    form.addEventListener('click', function (e) {
      if (e.target.classList.contains('add-row')) { addRow(e.target); }
      if (e.target.classList.contains('remove-row')) { e.target.closest('tr').remove(); }
    });
  }

  function initCharts() {
    var dataEl = document.getElementById('chart-data');
    if (!dataEl || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(dataEl.textContent);
    var labels = document.getElementById('chart-labels').dataset;
    var timeline = echarts.init(document.getElementById('timeline-chart'));
    timeline.setOption({
      animation: false,
      grid: { left: 80, right: 24, top: 40, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var p = items[0].data;
          return p[0] + '<br>' + p[3] + ' ' + p[2] + '<br>' + labels.value + ': ' + p[1];
        }
      },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true, name: '万元' },
      series: [{ type: 'line', step: 'end', symbolSize: 8, data: data.timeline,
        lineStyle: { color: '#1d4e89' }, itemStyle: { color: '#1d4e89' } }]
    });
    var waterfall = echarts.init(document.getElementById('waterfall-chart'));
    var bar = function (name, values, color) {
      return { name: name, type: 'bar', stack: 'w', data: values, itemStyle: { color: color },
        label: { show: true, position: 'top', formatter: function (v) {
          return v.value == null ? '' : v.value; } } };
    };
    var base = bar('base', data.base, 'transparent');
    base.label = { show: false };
    base.tooltip = { show: false };
    base.emphasis = { disabled: true };
    waterfall.setOption({
      animation: false,
      grid: { left: 80, right: 24, top: 32, bottom: 60 },
      legend: { data: [labels.total, labels.rise, labels.fall], top: 0 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'category', data: data.labels, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', name: '万元' },
      series: [base, bar(labels.total, data.total, '#1d4e89'), bar(labels.rise, data.rise, '#2a9d8f'),
        bar(labels.fall, data.fall, '#d1495b')]
    });
    window.addEventListener('resize', function () { timeline.resize(); waterfall.resize(); });
  }

  // A money cell with no figure still has a provenance (legs that net to zero, or a reason).
  document.addEventListener('click', function (e) {
    var cell = e.target.closest && e.target.closest('td.money[data-href]');
    if (cell && !e.target.closest('a')) { window.location.href = cell.dataset.href; }
  });

  document.addEventListener('DOMContentLoaded', function () {
    initEntryForm();
    initCharts();
  });
}());
