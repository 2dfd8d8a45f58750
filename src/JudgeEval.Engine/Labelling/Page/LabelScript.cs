namespace JudgeEval.Engine.Labelling.Page;

/// <summary>
/// The labelling page's only script, allowed by its SHA-256 hash. It is a constant and never holds data: items arrive
/// as JSON from the same server and reach the page only through textContent, so no item text is ever parsed as markup.
/// Every request carries the token in a header (a cross-site page can neither read it nor send it).
/// </summary>
public static class LabelScript
{
    public const string Source = """
(function () {
  'use strict';
  var root = document.documentElement;
  var token = new URLSearchParams(location.search).get('token') || '';
  var clientKey = 'judgeeval-label-client';
  var client = sessionStorage.getItem(clientKey);
  if (!client || !/^[0-9a-f]{32}$/.test(client)) {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    client = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    sessionStorage.setItem(clientKey, client);
  }
  function el(id) { return document.getElementById(id); }
  var busy = false;
  var view = null;
  var lastSaved = null;
  var renders = 0;
  var keys = {};
  var choices = Array.prototype.slice.call(document.querySelectorAll('button[data-choice]'));
  choices.forEach(function (b) {
    var key = b.getAttribute('data-key');
    if (key) { keys[key.toLowerCase()] = b; }
    b.addEventListener('click', function () { label(b.getAttribute('data-choice')); });
  });
  function choiceName(choice) {
    var b = choices.filter(function (c) { return c.getAttribute('data-choice') === choice; })[0];
    return b ? b.getAttribute('data-name') : choice;
  }
  function setText(id, value) { el(id).textContent = value === null || value === undefined ? '' : String(value); }
  function setBusy(on) { busy = on; root.setAttribute('data-busy', on ? '1' : '0'); }
  function problem(message) {
    var p = el('problem');
    p.hidden = !message;
    p.textContent = message || '';
  }
  function call(action, extra) {
    setBusy(true);
    var body = { client: client };
    if (extra) { Object.keys(extra).forEach(function (k) { body[k] = extra[k]; }); }
    return fetch('/api/' + action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-JudgeEval-Token': token },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'error'
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = JSON.parse(text); } catch (e) { json = null; }
        if (!response.ok) { throw new Error(json && json.problem ? json.problem : 'The server answered ' + response.status + ': ' + text); }
        return json;
      });
    }).then(function (json) { setBusy(false); return json; }, function (error) { setBusy(false); throw error; });
  }
  function bar(name, done, total, caption) {
    var p = el('progress-' + name);
    p.max = Math.max(total, 1);
    p.value = Math.min(done, Math.max(total, 1));
    setText('progress-' + name + '-text', caption);
  }
  function showText(id, value, missing) {
    var node = el(id);
    node.classList.toggle('missing', value === null || value === undefined);
    node.textContent = value === null || value === undefined ? missing : value;
  }
  function render(v) {
    view = v;
    problem(null);
    el('judges').hidden = true;
    var p = v.progress;
    bar('session', p.sessionDone, p.sessionTotal, p.sessionDone + ' of ' + p.sessionTotal + ' labelled this session');
    bar('all', p.done, p.total, p.done + ' of ' + p.total + ' labelled by you in all');
    var calibration = el('calibration');
    calibration.classList.toggle('short', p.calibrationLabels < p.calibrationMin);
    calibration.textContent = 'Human labels, from anyone: ' + p.calibrationLabels + (p.calibrationLabels === 1 ? ' item' : ' items') + ', ' +
      p.calibrationSeveral + ' of them from two or more annotators (the human ceiling); minCalibrationItems is ' + p.calibrationMin + '.' +
      (p.calibrationReadsLabels ? '' : ' The manifest does not read this labels file yet: add it to humanLabels so the build uses these labels.');
    var item = v.item;
    el('item').hidden = !item;
    el('choices').hidden = !item;
    el('done').hidden = !!item;
    el('back').disabled = !v.canGoBack;
    var labelled = !!item && v.state === 'labelled';
    el('skip').hidden = !item || labelled;
    el('next').hidden = !labelled;
    if (item) {
      setText('item-number', item.number);
      setText('item-id', item.id);
      showText('query', item.query, '(the data have no query for this item)');
      if (root.getAttribute('data-kind') === 'pairwise') {
        showText('left', item.left, '(no text in the data)');
        showText('right', item.right, '(no text in the data)');
      } else {
        showText('text', item.text, '(no text in the data)');
      }
      var state = el('state');
      state.className = v.state;
      state.hidden = v.state === 'open';
      state.textContent = v.state === 'skipped' ? 'Skipped in this session: label it now, or skip it again.'
        : !labelled ? ''
        : 'You labelled this item' + (v.choice ? ': ' + choiceName(v.choice) : '') + '. Labels are only ever appended, so it cannot be relabelled here; edit the labels file to change it.';
      choices.forEach(function (b) {
        b.disabled = labelled;
        b.setAttribute('aria-pressed', labelled && b.getAttribute('data-choice') === v.choice ? 'true' : 'false');
      });
    } else {
      setText('done-text', 'You have labelled ' + p.done + ' of the ' + p.total + ' items of this selection (' + p.sessionDone + ' in this session). Run judgeeval label with --count or --take to label more, or build to use the labels.');
    }
    var judgeable = labelled && v.mine ? { id: item.id, number: item.number } : lastSaved;
    var show = el('show-judges');
    show.hidden = !judgeable;
    show.setAttribute('data-item', judgeable ? judgeable.id : '');
    show.setAttribute('data-number', judgeable ? String(judgeable.number) : '');
    setText('show-judges-item', judgeable ? judgeable.number : '');
    renders++;
    root.setAttribute('data-renders', String(renders));
    root.setAttribute('data-item', item ? item.id : '');
    (item ? el('item-heading') : el('done-heading')).focus();
  }
  function label(choice) {
    if (busy || !view || !view.item || view.state === 'labelled') { return; }
    var id = view.item.id;
    var number = view.item.number;
    call('label', { id: id, choice: choice }).then(function (outcome) {
      if (outcome.savedId) { lastSaved = { id: outcome.savedId, number: number }; }
      render(outcome.view);
      if (outcome.problem) { problem(outcome.problem); }
      setText('status', outcome.savedId ? 'Saved \u201c' + choiceName(outcome.savedChoice) + '\u201d for item ' + number + ' (' + outcome.savedId + ').' : '');
    }, function (error) { problem(error.message); });
  }
  function go(action, extra) {
    if (busy) { return; }
    call(action, extra).then(function (v) { setText('status', ''); render(v); }, function (error) { problem(error.message); });
  }
  function judges() {
    var id = el('show-judges').getAttribute('data-item');
    if (busy || !id) { return; }
    var number = el('show-judges').getAttribute('data-number');
    call('judges', { id: id }).then(function (j) {
      setText('judges-number', number);
      setText('judges-item', j.itemId);
      setText('judges-yours', j.yourChoice ? 'Your label: ' + choiceName(j.yourChoice) + '.' : 'You labelled it in an earlier session.');
      var models = j.leftModel || j.rightModel
        ? 'Produced by: left ' + (j.leftModel || 'unknown') + ', right ' + (j.rightModel || 'unknown') + '.'
        : j.model ? 'Produced by: ' + j.model + '.' : '';
      setText('judges-models', models);
      var body = el('judges-rows');
      while (body.firstChild) { body.removeChild(body.firstChild); }
      j.judges.forEach(function (judge) {
        var row = document.createElement('tr');
        [judge.name, judge.model, judge.verdict].forEach(function (value, index) {
          var cell = document.createElement(index === 0 ? 'th' : 'td');
          if (index === 0) { cell.setAttribute('scope', 'row'); }
          cell.textContent = value;
          row.appendChild(cell);
        });
        body.appendChild(row);
      });
      el('judges').hidden = false;
      el('judges-heading').focus();
    }, function (error) { problem(error.message); });
  }
  el('back').addEventListener('click', function () { go('back'); });
  el('skip').addEventListener('click', function () { if (view && view.item) { go('skip', { id: view.item.id }); } });
  el('next').addEventListener('click', function () { go('next'); });
  el('show-judges').addEventListener('click', judges);
  el('close-judges').addEventListener('click', function () { el('judges').hidden = true; });
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) { return; }
    var target = e.target;
    var key = (e.key || '').toLowerCase();
    if ((key === 'enter' || key === ' ') && target && target.tagName === 'BUTTON') { return; }
    var handled = true;
    if (e.repeat) { handled = keys[key] !== undefined; }
    else if (keys[key] && !el('choices').hidden && !keys[key].disabled) { label(keys[key].getAttribute('data-choice')); }
    else if (key === 's' && !el('skip').hidden) { el('skip').click(); }
    else if (key === 'b' && !el('back').disabled) { go('back'); }
    else if (key === 'n' && !el('next').hidden) { go('next'); }
    else if (key === 'j' && !el('show-judges').hidden) { judges(); }
    else if (key === 'escape' && !el('judges').hidden) { el('judges').hidden = true; }
    else { handled = false; }
    if (handled) { e.preventDefault(); }
  });
  setBusy(false);
  call('current').then(render, function (error) { problem(error.message); });
  root.setAttribute('data-script', 'ready');
})();
""";
}
