// Keeps the reply countdowns on a customer-service page current between page loads: every element
// with data-due (epoch milliseconds) shows the time left or overdue, and turns red once breached.
(function () {
  var lang = (document.documentElement.lang || 'en').toLowerCase();
  var zh = lang.indexOf('zh') === 0;
  function span(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var h = Math.floor(minutes / 60), m = minutes % 60;
    return zh ? h + ' 小时 ' + m + ' 分' : h + ' h ' + m + ' min';
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-due]').forEach(function (el) {
      var due = Number(el.getAttribute('data-due'));
      if (!due) { return; }
      var left = due - now;
      el.textContent = left > 0
        ? (zh ? '剩余 ' + span(left) : span(left) + ' left')
        : (zh ? '已超时 ' + span(left) : 'overdue ' + span(left));
      el.classList.toggle('svc-breached', left <= 0);
    });
  }
  setInterval(tick, 30000);
})();
