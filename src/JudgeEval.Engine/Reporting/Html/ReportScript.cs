namespace JudgeEval.Engine.Reporting.Html;

/// <summary>
/// The report's only script: column sorting and expand-all. It is a constant, never holds data, and is allowed by its
/// SHA-256 hash in the Content-Security-Policy. Without it the report reads the same, unsorted and collapsed.
/// </summary>
public static class ReportScript
{
    public const string Source = """
(function () {
  'use strict';
  function keyOf(cell) {
    var raw = cell.getAttribute('data-v');
    if (raw === null) { raw = cell.textContent.trim(); }
    if (raw === '') { return null; }
    var n = Number(raw);
    return isNaN(n) ? raw.toLowerCase() : n;
  }
  function compare(a, b, dir) {
    if (a === null) { return b === null ? 0 : 1; }
    if (b === null) { return -1; }
    if (typeof a !== typeof b) { return (typeof a === 'number' ? -1 : 1) * dir; }
    return (a < b ? -1 : a > b ? 1 : 0) * dir;
  }
  function makeSortable(table) {
    var head = table.tHead;
    if (!head || !table.tBodies.length) { return; }
    var headers = head.rows[head.rows.length - 1].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      if (th.hasAttribute('data-nosort')) { return; }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) { return compare(keyOf(r1.cells[index]), keyOf(r2.cells[index]), dir); });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), makeSortable);
  var toggle = document.getElementById('expand-all');
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      Array.prototype.forEach.call(document.querySelectorAll('#review details'), function (d) { d.open = open; });
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      toggle.textContent = open ? 'Collapse all' : 'Expand all';
    });
  }
  document.documentElement.setAttribute('data-script', 'ready');
})();
""";
}
