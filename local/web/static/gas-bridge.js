// google.script.run and google.script.host inside the add-on's sandboxed frames (sidebar, dialogs), loaded before the panel's code.
/*
 * google.script.run holds one method per top-level server function (window.__gasNames; names ending in «_» are private,
 * as in Apps Script). Arguments are checked as Apps Script does (Date, functions and DOM elements other than one form
 * are refused), copied, and posted to the page, which calls the server as the person who opened the panel. Handlers
 * run asynchronously with (value, userObject).
 */
(function () {
  var NAMES = window.__gasNames || [];
  var pending = {}; var seq = 0;
  function illegal(v, where, seen) {
    if (v === null || v === undefined) return '';
    var t = typeof v;
    if (t === 'function' || t === 'symbol' || t === 'bigint') return where;
    if (t !== 'object') return '';
    if (Object.prototype.toString.call(v) === '[object Date]' || (typeof Node !== 'undefined' && v instanceof Node)) return where;
    if (seen.indexOf(v) >= 0) return where;
    seen = seen.concat([v]);
    for (var k in v) { if (Object.prototype.hasOwnProperty.call(v, k)) { var bad = illegal(v[k], k, seen); if (bad) return bad; } }
    return '';
  }
  function formFields(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var e = form.elements[i];
      if (!e.name || e.disabled || ((e.type === 'checkbox' || e.type === 'radio') && !e.checked)) continue;
      out[e.name] = e.value;
    }
    return out;
  }
  function copyArgs(args) {
    if (args.length === 1 && typeof HTMLFormElement !== 'undefined' && args[0] instanceof HTMLFormElement) return [formFields(args[0])];
    for (var i = 0; i < args.length; i++) {
      var bad = illegal(args[i], String(i), []);
      if (bad) throw new Error('Failed due to illegal value in property: ' + bad);
    }
    return JSON.parse(JSON.stringify(Array.prototype.slice.call(args), function (k, v) { return v === undefined ? null : v; }));
  }
  function runner(ok, fail, user) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, fail, user); },
      withFailureHandler: function (f) { return runner(ok, f, user); },
      withUserObject: function (o) { return runner(ok, fail, o); }
    };
    NAMES.forEach(function (name) {
      r[name] = function () {
        var args = copyArgs(arguments);
        var id = ++seq;
        pending[id] = function (res) {
          if (res.ok) { if (ok) ok(res.value, user); }
          else if (fail) { var e = new Error(res.message); e.name = res.name || 'ScriptError'; fail(e, user); }
        };
        parent.postMessage({ gas: 'run', id: id, fn: name, args: args }, '*');
      };
    });
    return r;
  }
  window.addEventListener('message', function (ev) {
    if (ev.source !== parent || !ev.data || ev.data.gas !== 'result') return;
    var f = pending[ev.data.id]; delete pending[ev.data.id];
    if (f) f(ev.data);
  });
  var host = {
    close: function () { parent.postMessage({ gas: 'close' }, '*'); },
    setHeight: function () {}, setWidth: function () {},
    editor: { focus: function () { parent.postMessage({ gas: 'focus' }, '*'); } }
  };
  window.google = { script: { run: runner(null, null, undefined), host: host } };
})();
