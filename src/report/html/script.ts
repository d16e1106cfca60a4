/**
 * The page's only script: filters, search and the number-line tooltip. Vanilla, no data of its own: it reads
 * the page (data attributes, the sentence lists) and never writes markup from text, only clones nodes and sets
 * textContent. Without it the page still shows everything; it only hides and reveals.
 */
export const SCRIPT = String.raw`(function () {
  'use strict';
  var doc = document;
  var all = function (selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); };

  var form = doc.getElementById('filters');
  if (form) {
    form.hidden = false;
    var items = all('[data-filter]');
    var findings = all('.finding');
    var search = doc.getElementById('filter-search');
    var topic = doc.getElementById('filter-topic');
    var file = doc.getElementById('filter-file');
    var status = doc.getElementById('filter-status');
    var boxes = all('input[name="severity"]', form);
    var apply = function () {
      var severities = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var active = words.length > 0 || topic.value !== '' || file.value !== '' || severities.length < boxes.length;
      items.forEach(function (item) {
        var severity = item.getAttribute('data-severity');
        var ok = !severity || severities.indexOf(severity) >= 0;
        if (ok && topic.value) ok = item.getAttribute('data-topic') === topic.value;
        if (ok && file.value) ok = (item.getAttribute('data-files') || '').split(' ').indexOf(file.value) >= 0;
        if (ok && words.length > 0) {
          var text = item.textContent.toLowerCase();
          ok = words.every(function (word) { return text.indexOf(word) >= 0; });
        }
        item.classList.toggle('filtered-out', !ok);
      });
      all('.doc').forEach(function (section) {
        var visible = all('.finding:not(.filtered-out)', section).length;
        var total = all('.finding', section).length;
        var outside = file.value !== '' && section.getAttribute('data-file') !== file.value;
        section.classList.toggle('filtered-out', outside);
        var note = section.querySelector('.filtered-note');
        if (note) note.hidden = !(total > 0 && visible === 0 && !outside);
      });
      var shown = findings.filter(function (item) { return !item.classList.contains('filtered-out'); }).length;
      status.textContent = active ? 'Showing ' + shown + ' of ' + findings.length + ' findings' : 'Showing all ' + findings.length + ' findings';
    };
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    apply();
  }

  var tip = doc.getElementById('tooltip');
  var bars = all('a.bar');
  if (tip && bars.length > 0) {
    // The native SVG title would show a second, plain tooltip on hover.
    bars.forEach(function (bar) { var title = bar.querySelector('title'); if (title) bar.removeChild(title); });
    var shownFor = null;
    var hide = function () { tip.hidden = true; shownFor = null; };
    var show = function (bar) {
      var source = doc.getElementById(bar.getAttribute('data-tip'));
      if (!source) return;
      if (shownFor !== bar) {
        while (tip.firstChild) tip.removeChild(tip.firstChild);
        Array.prototype.forEach.call(source.childNodes, function (node) { tip.appendChild(node.cloneNode(true)); });
        var hint = doc.createElement('span');
        hint.className = 'tip-hint';
        hint.textContent = 'Enter or click: go to the finding';
        tip.appendChild(hint);
      }
      shownFor = bar;
      tip.hidden = false;
      var shape = bar.querySelector('.bar-shape') || bar;
      var box = shape.getBoundingClientRect();
      var row = bar.getBoundingClientRect();
      var drawing = bar.ownerSVGElement ? bar.ownerSVGElement.getBoundingClientRect() : row;
      var width = tip.offsetWidth;
      var left = Math.max(8, Math.min(box.left + box.width / 2 - width / 2, doc.documentElement.clientWidth - width - 8));
      // Below the whole drawing when it is near, so the tooltip never hides the bars it is compared with.
      var below = drawing.bottom - row.bottom < 240 ? drawing.bottom : row.bottom;
      tip.style.left = (left + window.scrollX) + 'px';
      tip.style.top = (below + window.scrollY + 6) + 'px';
    };
    var barOf = function (target) { return target && target.closest ? target.closest('a.bar') : null; };
    doc.addEventListener('focusin', function (event) { var bar = barOf(event.target); if (bar) show(bar); else hide(); });
    doc.addEventListener('focusout', function (event) { if (barOf(event.target) && !barOf(event.relatedTarget)) hide(); });
    doc.addEventListener('mouseover', function (event) { var bar = barOf(event.target); if (bar) show(bar); });
    doc.addEventListener('mouseout', function (event) { var bar = barOf(event.target); if (bar && barOf(event.relatedTarget) !== bar && doc.activeElement !== bar) hide(); });
    doc.addEventListener('keydown', function (event) { if (event.key === 'Escape') hide(); });
  }

  // Printing shows every sentence list, open or not.
  window.addEventListener('beforeprint', function () { all('details').forEach(function (details) { details.open = true; }); });
})();
`;
