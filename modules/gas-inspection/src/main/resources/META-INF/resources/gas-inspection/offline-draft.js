/*
 * The inspection draft on a phone that loses its connection in a stairwell. A draft edit (an
 * answer, "all others pass", a note) whose save fails for want of a network, or that is made while
 * the browser knows it is offline, is shown on the page and kept in localStorage under the tenant
 * and the inspection, with the draft version it is based on and when it was kept. As soon as the
 * connection is back (the browser's online event, the page opened again, or a retry every few
 * seconds) the kept draft goes through the page's gasSendDraft command, which saves it whole with
 * that version (optimistic locking: changed elsewhere meanwhile, it is refused and the page shows
 * the inspection as it is now). The copy is forgotten once the server has answered for it.
 */
(function () {
  var FORM = 'insp';
  var PREFIX = FORM + ':';
  var RETRY_MS = 10000;
  var RESULTS = {pass: 'PASS', fail: 'FAIL', na: 'NOT_APPLICABLE'};
  var start = document.getElementById(FORM);
  if (!start || !window.localStorage || !window.jQuery) {
    return;
  }
  var tenant = (window.location.pathname.match(/\/t\/([^/]+)\//) || [])[1] || '';
  var key = 'opsuite.gas.draft.' + tenant + '.' + start.getAttribute('data-inspection');
  // The version of the draft as this page last saw it saved.
  var version = Number(start.getAttribute('data-version'));
  var sending = false;

  function form() {
    return document.getElementById(FORM);
  }

  function field(id) {
    return document.getElementById(PREFIX + id);
  }

  function editable() {
    var f = form();
    return f !== null && f.getAttribute('data-status') === 'DRAFT';
  }

  function kept() {
    try {
      return JSON.parse(localStorage.getItem(key));
    } catch (e) {
      return null;
    }
  }

  function showOffline(on) {
    var indicator = document.getElementById('offline-draft');
    if (indicator) {
      indicator.hidden = !on;
    }
  }

  /** What a control does to the draft, applied to the page; null for what is not a draft edit. */
  function draftEdit(id) {
    if (id === 'pass-rest') {
      return function () {
        form().querySelectorAll('[data-item]').forEach(function (item) {
          if (!item.getAttribute('data-result')) {
            mark(item.getAttribute('data-item'), 'PASS');
          }
        });
      };
    }
    var choice = /^(pass|fail|na)-(.+)$/.exec(id);
    if (choice) {
      return function () {
        mark(choice[2], RESULTS[choice[1]]);
      };
    }
    if (id === 'notes' || /^note-/.test(id)) {
      return function () { /* the text is in its field already */ };
    }
    return null;
  }

  /** Shows an answer given offline as the server would have: the item and its chosen button. */
  function mark(code, result) {
    var item = field('item-' + code);
    if (!item) {
      return;
    }
    item.setAttribute('data-result', result);
    item.className = item.className.replace(/\bgas-item-\S*/g, '').trim() + ' gas-item-' + result;
    Object.keys(RESULTS).forEach(function (kind) {
      var button = field(kind + '-' + code);
      if (button) {
        var chosen = RESULTS[kind] === result;
        button.classList.toggle('gas-choice-selected', chosen);
        button.classList.toggle('ui-button-outlined', !chosen);
      }
    });
    var items = form().querySelectorAll('[data-item]');
    var answered = form().querySelectorAll('[data-item][data-result]:not([data-result=""])');
    var progress = field('progress');
    if (progress) {
      progress.textContent = ' ' + answered.length + '/' + items.length;
    }
  }

  /** Keeps the whole draft as the page shows it, based on the version the page last saw saved. */
  function keep() {
    var previous = kept();
    var items = [];
    form().querySelectorAll('[data-item]').forEach(function (item) {
      var code = item.getAttribute('data-item');
      var result = item.getAttribute('data-result');
      var note = field('note-' + code);
      if (result) {
        items.push({code: code, result: result, note: note ? note.value : null});
      }
    });
    var notes = field('notes');
    localStorage.setItem(key, JSON.stringify({
      version: previous ? previous.version : version,
      keptAt: new Date().toISOString(),
      items: items,
      notes: notes ? notes.value : null
    }));
    showOffline(true);
  }

  function send() {
    if (sending || localStorage.getItem(key) === null || !editable()
        || typeof window.gasSendDraft !== 'function') {
      return;
    }
    sending = true;
    window.gasSendDraft([{name: 'draft', value: localStorage.getItem(key)}]);
  }

  /** The server answered for the kept draft (saved, or refused for good): forget the copy. */
  window.gasDraftSent = function (xhr, status, args) {
    sending = false;
    if (args && args.phoneDraftDone) {
      localStorage.removeItem(key);
      showOffline(false);
    }
  };

  function offlineOrKept() {
    return localStorage.getItem(key) !== null || navigator.onLine === false;
  }

  function own(target) {
    return target && target.id && target.id.indexOf(PREFIX) === 0
        ? target.id.substring(PREFIX.length) : null;
  }

  // While a draft is kept (or the browser knows it is offline), draft edits stay on the phone
  // instead of racing the kept draft to the server; finishing waits until the kept draft is sent.
  document.addEventListener('click', function (event) {
    var control = event.target.closest ? event.target.closest('button[id], a[id]') : null;
    var id = own(control);
    if (id === null || !editable() || !offlineOrKept()) {
      return;
    }
    var edit = draftEdit(id);
    if (edit) {
      edit();
      keep();
    } else if (id !== 'complete' && id !== 'entry-failed') {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (localStorage.getItem(key) !== null) {
      showOffline(true);
    }
    send();
  }, true);

  document.addEventListener('change', function (event) {
    var id = own(event.target);
    if (id === null || !editable() || !offlineOrKept() || !draftEdit(id)) {
      return;
    }
    event.stopPropagation();
    keep();
    send();
  }, true);

  // Text typed while a draft is kept is kept at once: a closed browser loses none of it.
  document.addEventListener('input', function (event) {
    var id = own(event.target);
    if (id !== null && editable() && localStorage.getItem(key) !== null && draftEdit(id)) {
      keep();
    }
  }, true);

  function sourceOf(xhr, settings) {
    var s = (xhr && xhr.pfSettings) || settings || {};
    var source = null;
    if (typeof s.data === 'string') {
      source = new URLSearchParams(s.data).get('jakarta.faces.source');
    } else if (window.FormData && s.data instanceof FormData) {
      source = s.data.get('jakarta.faces.source');
    }
    return own({id: source});
  }

  // A draft save that never reached the server (no network; not an abort) is kept on the phone.
  window.jQuery(document).on('pfAjaxError', function (event, xhr, settings) {
    if (!xhr || xhr.status !== 0 || xhr.statusText === 'abort' || !editable()) {
      return;
    }
    var edit = draftEdit(sourceOf(xhr, settings) || '');
    if (edit) {
      edit();
      keep();
    }
  });

  // Every save this page makes tells the new version; a draft kept on the base this page knew
  // moves along with it, so only a change made elsewhere makes it stale.
  window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
    if (args && args.draftVersion !== undefined) {
      var draft = kept();
      if (draft && draft.version === version) {
        draft.version = args.draftVersion;
        localStorage.setItem(key, JSON.stringify(draft));
      }
      version = args.draftVersion;
    }
  });

  window.addEventListener('online', send);
  window.addEventListener('offline', function () {
    if (localStorage.getItem(key) !== null) {
      showOffline(true);
    }
  });
  window.setInterval(send, RETRY_MS);
  // Opened again with a draft kept from before (a reload, a closed browser): send it first.
  window.jQuery(function () {
    if (localStorage.getItem(key) !== null) {
      showOffline(true);
      send();
    }
  });
})();
