// Progressive enhancement only: the pages work without this file.
(function () {
  'use strict';
  // Share the browser's location into the hidden lat/lon fields.
  document.querySelectorAll('form[data-geo]').forEach(function (form) {
    var button = form.querySelector('button.geo');
    var status = form.querySelector('.geo-status');
    if (!button || !navigator.geolocation) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(
        function (pos) {
          form.elements.lat.value = String(pos.coords.latitude);
          form.elements.lon.value = String(pos.coords.longitude);
          form.elements.accuracy.value = String(Math.round(pos.coords.accuracy || 0));
          status.textContent = button.getAttribute('data-ok');
          var text = form.elements.text;
          if (text && text.required && !text.value) text.required = false;
        },
        function () {
          status.textContent = button.getAttribute('data-fail');
        },
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
      );
    });
  });
  // On the reporter's page, watch for new messages from the police.
  var list = document.querySelector('ol.transcript[data-token]');
  if (!list) return;
  var token = list.getAttribute('data-token');
  var count = Number(list.getAttribute('data-count'));
  var notice = document.querySelector('.new-messages');
  setInterval(function () {
    fetch('/api/v1/reports/' + encodeURIComponent(token), { headers: { accept: 'application/json' } })
      .then(function (r) {
        return r.ok ? r.json() : null;
      })
      .then(function (report) {
        if (!report || report.messages.length === count) return;
        var box = document.querySelector('textarea[name=text]');
        if (box && box.value === '' && document.activeElement !== box) window.location.reload();
        else if (notice) notice.hidden = false;
      })
      .catch(function () {});
  }, 4000);
})();
