// The console's only script (served by the app; the Content-Security-Policy allows no inline script).
// Live queue and transcript over server-sent events, the one-segment counter, and the statistics charts.
(function () {
  'use strict';

  function debounce(fn, ms) {
    var t = null;
    return function () {
      if (t) clearTimeout(t);
      t = setTimeout(fn, ms);
    };
  }

  function setText(id, text) {
    var el = document.getElementById(id);
    if (el) el.textContent = text;
  }

  function agoText(iso) {
    if (!iso) return '—';
    var s = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
    if (s < 60) return s + ' s';
    if (s < 3600) return Math.floor(s / 60) + ' min';
    return Math.floor(s / 3600) + ' h ' + Math.floor((s % 3600) / 60) + ' min';
  }

  function refreshAges() {
    var times = document.querySelectorAll('time.ago');
    for (var i = 0; i < times.length; i++) times[i].textContent = agoText(times[i].getAttribute('datetime'));
  }

  function live(onChange) {
    if (!window.EventSource) return;
    var source = new EventSource('/console/events');
    source.addEventListener('open', function () {
      setText('live-state', 'Live.');
    });
    source.addEventListener('error', function () {
      setText('live-state', 'Reconnecting…');
    });
    source.addEventListener('incident', function (e) {
      var data = null;
      try {
        data = JSON.parse(e.data);
      } catch {
        return;
      }
      onChange(data);
    });
  }

  // ---- queue ----
  var rows = document.getElementById('queue-rows');
  if (rows) {
    var seen = {};
    var ids = rows.querySelectorAll('tr[data-id]');
    for (var i = 0; i < ids.length; i++) seen[ids[i].getAttribute('data-id')] = true;
    var pendingAnnounce = [];
    var reload = debounce(function () {
      fetch('/console/queue/rows', { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (r) {
          if (r.status === 401) {
            window.location.href = '/console/login';
            return null;
          }
          return r.ok ? r.text() : null;
        })
        .then(function (html) {
          if (html === null) return;
          rows.innerHTML = html; // rendered and escaped by the server
          var fresh = [];
          var now = rows.querySelectorAll('tr[data-id]');
          for (var j = 0; j < now.length; j++) {
            var id = now[j].getAttribute('data-id');
            if (!seen[id]) {
              seen[id] = true;
              var ref = now[j].querySelector('th');
              fresh.push(ref ? ref.textContent : id);
            }
          }
          if (fresh.length) setText('announce', 'New report: ' + fresh.join(', '));
          pendingAnnounce = [];
        })
        .catch(function () {
          setText('live-state', 'Reconnecting…');
        });
    }, 150);
    live(function (data) {
      pendingAnnounce.push(data);
      reload();
    });
    setInterval(refreshAges, 15000);
  }

  // ---- incident ----
  var transcript = document.getElementById('transcript');
  if (transcript) {
    var incidentPath = window.location.pathname.replace(/\/$/, '');
    var incidentId = incidentPath.split('/').pop();
    var reloadTranscript = debounce(function () {
      fetch(incidentPath + '/transcript', { credentials: 'same-origin' })
        .then(function (r) {
          return r.ok ? r.text() : null;
        })
        .then(function (html) {
          if (html !== null) transcript.innerHTML = html; // rendered and escaped by the server
        })
        .catch(function () {});
    }, 150);
    live(function (data) {
      if (data && data.incidentId === incidentId) reloadTranscript();
    });
  }

  // One SMS segment (what the reporter receives: the agency prefix in their language, then the text):
  // 160 GSM-7 septets (extension characters count two), otherwise 70 UCS-2 units.
  var GSM7 =
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
  var GSM7_EXT = '^{}\\[~]|€\f';
  function segment(text) {
    var gsm = true;
    var septets = 0;
    var chars = Array.from(text);
    for (var k = 0; k < chars.length; k++) {
      if (GSM7.indexOf(chars[k]) >= 0) septets += 1;
      else if (GSM7_EXT.indexOf(chars[k]) >= 0) septets += 2;
      else gsm = false;
    }
    return gsm ? { length: septets, limit: 160, gsm: true } : { length: text.length, limit: 70, gsm: false };
  }
  var box = document.getElementById('message-text');
  var counter = document.getElementById('message-count');
  if (box && counter) {
    var prefix = box.getAttribute('data-prefix') || '';
    var update = function () {
      var s = segment(prefix + box.value);
      var room = s.limit - segment(prefix).length;
      var used = s.length - segment(prefix).length;
      var over = used - room;
      counter.textContent =
        used +
        ' / ' +
        room +
        ' characters: one SMS segment' +
        (s.gsm ? '' : ' (Chinese or other non-Latin text)') +
        (over > 0 ? ' — ' + over + ' too many, shorten it' : '');
      counter.className = over > 0 ? 'counter over' : 'counter';
      box.setAttribute('aria-invalid', over > 0 ? 'true' : 'false');
    };
    box.addEventListener('input', update);
    update();
  }

  // ---- statistics ----
  var dataEl = document.getElementById('stats-data');
  if (dataEl && window.echarts) {
    var stats = JSON.parse(dataEl.textContent);
    var bar = function (id, labels, values) {
      var el = document.getElementById(id);
      if (!el) return;
      var chart = window.echarts.init(el, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        aria: { enabled: true },
        grid: { left: 48, right: 16, top: 16, bottom: 64 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 8 ? 45 : 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: values, itemStyle: { color: '#1f4e8c' } }],
      });
      window.addEventListener('resize', function () {
        chart.resize();
      });
      el.setAttribute('data-rendered', 'true');
    };
    var keys = function (list) {
      return list.map(function (x) {
        return x.key;
      });
    };
    var counts = function (list) {
      return list.map(function (x) {
        return x.count;
      });
    };
    bar(
      'chart-hour',
      stats.byHour.map(function (h) {
        return String(h.hour);
      }),
      stats.byHour.map(function (h) {
        return h.count;
      }),
    );
    bar('chart-category', keys(stats.byCategory), counts(stats.byCategory));
    bar('chart-channel', keys(stats.byChannel), counts(stats.byChannel));
    bar('chart-priority', keys(stats.byPriority), counts(stats.byPriority));
    bar(
      'chart-hotspots',
      stats.hotspots.map(function (h) {
        return h.lat + ', ' + h.lon;
      }),
      stats.hotspots.map(function (h) {
        return h.count;
      }),
    );
  }
})();
