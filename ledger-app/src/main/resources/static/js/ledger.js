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

  // The sign hint of the chosen type stays in view above the spending lines.
  function applyHint(form) {
    var hint = form.querySelector('#sign-hint');
    var type = form.querySelector('#type').value;
    var text = hint && hint.dataset[type.toLowerCase()];
    if (text) { hint.textContent = text; }
  }

  // An amount in the budget's unit (元 or 万元) as millionths of it, or null: sums stay exact.
  function fen(text) {
    var m = /^\s*([+-]?)(\d+)(?:\.(\d{0,6}))?\s*$/.exec(text || '');
    if (!m) { return null; }
    var value = parseInt(m[2], 10) * 1000000 + parseInt(((m[3] || '') + '000000').slice(0, 6), 10);
    return m[1] === '-' ? -value : value;
  }

  function wan(value) {
    var sign = value < 0 ? '\u2212' : '';
    var abs = Math.abs(value);
    var whole = Math.floor(abs / 1000000).toLocaleString('en-US');
    var frac = String(abs % 1000000).padStart(6, '0').replace(/0{1,4}$/, '');
    return sign + whole + '.' + (frac.length < 2 ? (frac + '00').slice(0, 2) : frac);
  }

  // 收入 / 支出 / 差额 as the user types, from the rows the chosen type submits.
  function applyTotals(form) {
    var out = form.querySelector('#running-totals');
    if (!out) { return; }
    var sum = function (selector) {
      var total = 0;
      form.querySelectorAll(selector).forEach(function (input) {
        var v = input.disabled ? null : fen(input.value);
        if (v !== null) { total += v; }
      });
      return total;
    };
    var income = sum('#income-legs input.amount');
    var spending = sum('#spending-legs input.amount');
    out.textContent = out.dataset.template.replace('{0}', wan(income))
      .replace('{1}', wan(spending)).replace('{2}', wan(income - spending))
      .replace('{3}', out.dataset.unit || '');
    out.classList.toggle('unbalanced', form.querySelector('#type').value === 'REALLOCATION'
      ? spending !== 0 : income !== spending);
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
    form.querySelector('#type').addEventListener('change', function () {
      applyType(form);
      applyHint(form);
      applyTotals(form);
    });
    form.addEventListener('input', function () { applyTotals(form); });
    applyType(form);
    applyHint(form);
    applyTotals(form);
    form.addEventListener('click', function (e) {
      if (e.target.classList.contains('add-row')) { addRow(e.target); }
      if (e.target.classList.contains('remove-row')) {
        e.target.closest('tr').remove();
        applyTotals(form);
      }
    });
  }

  function initCharts() {
    var dataEl = document.getElementById('chart-data');
    if (!dataEl || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(dataEl.textContent);
    var labels = document.getElementById('chart-labels').dataset;
    // Figures at the document's decimals with thousands separators; changes signed (+2.00, −0.50).
    var digits = data.decimals == null ? 2 : data.decimals;
    var format = function (value, sign) {
      var text = Math.abs(value).toLocaleString('en-US',
        { minimumFractionDigits: digits, maximumFractionDigits: digits });
      return (sign < 0 ? '\u2212' : sign > 0 ? '+' : value < 0 ? '\u2212' : '') + text;
    };
    var timeline = echarts.init(document.getElementById('timeline-chart'));
    timeline.setOption({
      animation: false,
      grid: { left: 80, right: 24, top: 40, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var p = items[0].data;
          return p[0] + '<br>' + p[3] + ' ' + p[2] + '<br>' + labels.value + ': ' + format(p[1], 0);
        }
      },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true, name: labels.unit,
        axisLabel: { formatter: function (v) { return format(v, 0); } } },
      series: [{ type: 'line', step: 'end', symbolSize: 8, data: data.timeline,
        lineStyle: { color: '#1d4e89' }, itemStyle: { color: '#1d4e89' } }]
    });
    var waterfall = echarts.init(document.getElementById('waterfall-chart'));
    var bar = function (name, values, color, sign) {
      return { name: name, type: 'bar', stack: 'w', data: values, itemStyle: { color: color },
        label: { show: true, position: 'top', formatter: function (v) {
          return v.value == null ? '' : format(v.value, sign); } },
        tooltip: { valueFormatter: function (v) { return v == null ? '' : format(v, sign); } } };
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
      yAxis: { type: 'value', name: labels.unit,
        axisLabel: { formatter: function (v) { return format(v, 0); } } },
      series: [base, bar(labels.total, data.total, '#1d4e89', 0),
        bar(labels.rise, data.rise, '#2a9d8f', 1), bar(labels.fall, data.fall, '#d1495b', -1)]
    });
    window.addEventListener('resize', function () { timeline.resize(); waterfall.resize(); });
  }

  // A money cell with no figure still has a provenance (legs that net to zero, or a reason).
  document.addEventListener('click', function (e) {
    var cell = e.target.closest && e.target.closest('td.money[data-href]');
    if (cell && !e.target.closest('a')) { window.location.href = cell.dataset.href; }
  });

  // 预算表: the header rows stay on top and the code and name columns on the left while the table
  // scrolls in its box, as frozen panes do in Excel. Offsets are measured, since header rows and
  // text columns differ in height and width from table to table.
  function freeze(table) {
    var box = table.closest('.table-scroll');
    table.querySelectorAll('.frozen').forEach(function (c) {
      c.classList.remove('frozen');
      c.style.left = '';
    });
    // All measuring first, then all writing: a measure after a write forces a layout, and a
    // 300-row table would lay out once per cell.
    var heads = Array.prototype.slice.call(table.tHead ? table.tHead.rows : []);
    var heights = heads.map(function (row) { return row.getBoundingClientRect().height; });
    var body = Array.prototype.slice.call(table.tBodies[0] ? table.tBodies[0].rows : [])
      .filter(function (r) { return !r.hidden; });
    // The leading text columns of the first row with figures: codes and names.
    var first = body.find(function (r) { return r.querySelector('td.money'); });
    var leading = 0;
    while (first && leading < first.cells.length
        && first.cells[leading].classList.contains('text')) { leading++; }
    var origin = table.getBoundingClientRect().left;
    var right = leading === 0 ? 0 : first.cells[leading - 1].getBoundingClientRect().right - origin;
    var candidates = [];
    heads.forEach(function (row) { candidates.push.apply(candidates, row.cells); });
    body.forEach(function (row) {
      for (var i = 0; i < leading && i < row.cells.length; i++) { candidates.push(row.cells[i]); }
    });
    // Frozen columns wider than half the box would leave no room to scroll the figures.
    var freezing = right > 0 && right <= box.clientWidth / 2;
    var rects = freezing ? candidates.map(function (c) { return c.getBoundingClientRect(); }) : [];
    var top = 0;
    heads.forEach(function (row, i) {
      Array.prototype.forEach.call(row.cells, function (th) { th.style.top = top + 'px'; });
      top += heights[i];
    });
    rects.forEach(function (r, i) {
      if (r.width > 0 && r.right - origin <= right + 1) {
        candidates[i].style.left = (r.left - origin) + 'px';
        candidates[i].classList.add('frozen');
      }
    });
  }

  // The outline level of a row from its key: the first all-digit segment of 3, 5 or 7 digits is
  // a classification code at 类, 款 or 项; segments after it (economic codes, or '-' for a line
  // without them) make the row a detail (level 4). Rows
  // without such a code (合计, income rows) are always shown.
  function rowLevel(key) {
    var parts = (key || '').replace(/^outline:/, '').split('|');
    for (var i = 0; i < parts.length; i++) {
      var m = /^(\d{3}|\d{5}|\d{7})$/.exec(parts[i]);
      if (m) { return i < parts.length - 1 ? 4 : (parts[i].length - 1) / 2; }
    }
    return 0;
  }

  function initDisclosure(section) {
    var table = section.querySelector('table');
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var find = section.querySelector('input.find');
    var count = section.querySelector('.find-count');
    var levels = section.querySelector('.levels');
    var level = 9;
    var present = {};
    rows.forEach(function (r) { present[rowLevel(r.dataset.key)] = true; });
    // Folding helps only where the table has rows at two levels or more; a level the table has
    // no rows at is not offered.
    if (levels && [1, 2, 3, 4].filter(function (l) { return present[l]; }).length > 1) {
      levels.hidden = false;
      levels.querySelectorAll('button[data-level]').forEach(function (b) {
        var l = parseInt(b.dataset.level, 10);
        b.hidden = l < 9 && !present[l];
      });
    }
    function apply() {
      var q = find ? find.value.trim().toLowerCase() : '';
      var shown = 0;
      rows.forEach(function (r) {
        var l = rowLevel(r.dataset.key);
        // A derived 类 / 款 / 项 row (class outline) is not printed in the document: it shows only
        // while the table is folded, and find looks at the printed rows alone.
        if (r.classList.contains('outline')) {
          r.hidden = q !== '' || level === 9 || l > level;
          return;
        }
        var match = q === '' || r.textContent.toLowerCase().indexOf(q) >= 0;
        r.hidden = !match || (q === '' && l > level);
        r.classList.toggle('found', q !== '' && match);
        if (q !== '' && match) { shown++; }
      });
      if (count) {
        count.textContent = q === '' ? '' : count.dataset.template.replace('{0}', shown);
      }
      freeze(table);
    }
    if (find) { find.addEventListener('input', apply); }
    if (levels) {
      levels.addEventListener('click', function (e) {
        var b = e.target.closest('button[data-level]');
        if (!b) { return; }
        level = parseInt(b.dataset.level, 10);
        levels.querySelectorAll('button').forEach(function (x) { x.classList.toggle('active', x === b); });
        apply();
      });
    }
    apply();
  }

  function initTables() {
    var sections = document.querySelectorAll('section.disclosure');
    sections.forEach(initDisclosure);
    window.addEventListener('resize', function () {
      sections.forEach(function (s) { freeze(s.querySelector('table')); });
    });
  }

  // 回放 playing: the next step follows after a pause long enough to read the changed cells.
  function initReplay() {
    var controls = document.getElementById('replay-controls');
    if (controls && controls.dataset.next) {
      window.setTimeout(function () { window.location.href = controls.dataset.next; }, 2000);
    }
  }

  // 勾稽核对: 只看不一致 / 只看不符 hide the rounding lines that bury the few real findings.
  document.addEventListener('change', function (e) {
    if (!e.target.classList || !e.target.classList.contains('only-serious')) { return; }
    var table = document.getElementById(e.target.dataset.target);
    if (!table) { return; }
    table.querySelectorAll('tbody tr[data-status]').forEach(function (r) {
      var s = r.dataset.status;
      r.hidden = e.target.checked && (s === 'WITHIN_ROUNDING' || s === 'ROUNDING' || s === 'PASS');
    });
  });

  document.addEventListener('DOMContentLoaded', function () {
    initReplay();
    initEntryForm();
    initCharts();
    initTables();
  });
}());
