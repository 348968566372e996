namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// Area and period filters for the overview matrix and the indicator tables (progressive
/// enhancement: without script the tables are whole; no inline script, so the Host's
/// Content-Security-Policy holds). A table marked <c>data-filterable</c> gets a small form before it:
/// area kind (rows <c>data-area-kind</c>), area name (rows <c>data-area</c> or columns
/// <c>data-col-area</c>) and period (rows <c>data-period</c> or columns <c>data-col-period</c>; the
/// table's <c>data-period-label</c> names it); a row
/// or column marked <c>data-filter-keep</c> (the city) always stays. A live region says how many
/// rows (and columns) are shown. Controls are only offered where they have two or more choices.
/// </summary>
internal static class TableFilters
{
    /// <summary>The script's path relative to the site.</summary>
    public const string Script = "filters.js";

    /// <summary>The attribute that marks a table for the filters.</summary>
    public const string Filterable = " data-filterable";

    /// <summary>The script: plain ES5, no dependencies; pages work without it.</summary>
    public const string ScriptText = """
        /* Area and period filters for tables marked data-filterable (docs/dashboards.md).
           Progressive enhancement: without this script the tables are whole. */
        (function () {
          'use strict';
          function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
          function unique(values) {
            var seen = {}, out = [];
            values.forEach(function (v) { if (v && !seen[v]) { seen[v] = true; out.push(v); } });
            return out;
          }
          function norm(text) { return (text || '').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim(); }
          function field(form, id, label, control) {
            var box = document.createElement('div');
            var l = document.createElement('label');
            l.setAttribute('for', id);
            l.textContent = label;
            control.id = id;
            box.appendChild(l);
            box.appendChild(control);
            form.appendChild(box);
            return control;
          }
          function choice(options, allText) {
            var select = document.createElement('select');
            [['', allText]].concat(options.map(function (o) { return [o, o]; })).forEach(function (o) {
              var option = document.createElement('option');
              option.value = o[0];
              option.textContent = o[1];
              select.appendChild(option);
            });
            return select;
          }
          function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
          // The overview's cell tooltips (style.css .tip) are shown on hover and focus; Escape hides
          // them (WCAG 1.4.13) until the pointer or focus moves to another cell.
          var tipsOff = null;
          document.addEventListener('keydown', function (e) {
            if (e.key !== 'Escape' && e.key !== 'Esc') { return; }
            var hovered = document.querySelectorAll('table.matrix td:hover');
            var focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest('table.matrix td') : null;
            tipsOff = hovered.length > 0 ? hovered[hovered.length - 1] : focused;
            if (tipsOff) { document.documentElement.classList.add('tips-off'); }
          });
          function tipsOn(e) {
            var cell = e.target && e.target.closest ? e.target.closest('table.matrix td') : null;
            if (tipsOff && cell !== tipsOff) { tipsOff = null; document.documentElement.classList.remove('tips-off'); }
          }
          document.addEventListener('mouseover', tipsOn);
          document.addEventListener('focusin', tipsOn);
          all(document, 'table[data-filterable]').forEach(function (table, n) {
            var rows = all(table, 'tbody tr[data-area], tbody tr[data-period]');
            var areaCells = all(table, '[data-col-area]');
            var periodCells = all(table, '[data-col-period]');
            var kinds = unique(rows.map(function (r) { return r.getAttribute('data-area-kind'); }));
            var periods = unique(rows.map(function (r) { return r.getAttribute('data-period'); })
              .concat(periodCells.map(function (c) { return c.getAttribute('data-col-period'); }))).sort();
            var named = rows.some(function (r) { return r.hasAttribute('data-area'); }) || areaCells.length > 0;
            if (rows.length === 0 || (kinds.length < 2 && periods.length < 2 && !named)) { return; }
            var prefix = 'filter-' + (n + 1);
            var caption = table.querySelector('caption');
            var form = document.createElement('form');
            form.className = 'filters';
            form.setAttribute('role', 'search');
            form.setAttribute('aria-label', 'Filtrera tabellen' + (caption ? ': ' + caption.textContent : ''));
            var kind = kinds.length > 1 ? field(form, prefix + '-kind', 'Områdestyp', choice(kinds, 'Alla områdestyper')) : null;
            var area = null;
            if (named) {
              area = document.createElement('input');
              area.type = 'search';
              area.setAttribute('autocomplete', 'off');
              field(form, prefix + '-area', 'Område (namn eller del av namn)', area);
            }
            var period = periods.length > 1 ? field(form, prefix + '-period', table.getAttribute('data-period-label') || 'Period', choice(periods, 'Alla perioder')) : null;
            var reset = document.createElement('button');
            reset.type = 'reset';
            reset.textContent = 'Visa alla';
            form.appendChild(reset);
            var status = document.createElement('p');
            status.className = 'filters-count';
            status.setAttribute('role', 'status');
            status.setAttribute('aria-live', 'polite');
            form.appendChild(status);
            var columnAreas = unique(areaCells.map(function (c) { return c.getAttribute('data-col-area'); }));
            var columnPeriods = unique(periodCells.map(function (c) { return c.getAttribute('data-col-period'); }));
            function apply() {
              var k = kind ? kind.value : '', a = area ? norm(area.value) : '', p = period ? period.value : '';
              var shownRows = 0, shownAreas = {}, shownPeriods = {};
              rows.forEach(function (r) {
                var keep = r.hasAttribute('data-filter-keep');
                var ok = keep || ((!k || r.getAttribute('data-area-kind') === k)
                  && (!a || !r.hasAttribute('data-area') || norm(r.getAttribute('data-area')).indexOf(a) >= 0)
                  && (!p || !r.hasAttribute('data-period') || r.getAttribute('data-period') === p));
                r.hidden = !ok;
                if (ok) { shownRows++; }
              });
              areaCells.forEach(function (c) {
                var name = c.getAttribute('data-col-area');
                var ok = c.hasAttribute('data-filter-keep') || !a || norm(name).indexOf(a) >= 0;
                c.hidden = !ok;
                if (ok) { shownAreas[name] = true; }
              });
              periodCells.forEach(function (c) {
                var value = c.getAttribute('data-col-period');
                var ok = !p || value === p;
                c.hidden = !ok;
                if (ok) { shownPeriods[value] = true; }
              });
              all(table, 'tbody').forEach(function (body) {
                var members = all(body, 'tr[data-area], tr[data-period]');
                var any = members.some(function (r) { return !r.hidden; });
                all(body, 'tr').forEach(function (r) { if (members.indexOf(r) < 0) { r.hidden = members.length > 0 && !any; } });
              });
              var text = 'Visar ' + shownRows + ' av ' + plural(rows.length, 'rad', 'rader');
              if (columnAreas.length > 0) { text += ', ' + Object.keys(shownAreas).length + ' av ' + plural(columnAreas.length, 'område', 'områden'); }
              if (columnPeriods.length > 0) { text += ', ' + Object.keys(shownPeriods).length + ' av ' + plural(columnPeriods.length, 'period', 'perioder'); }
              status.textContent = text + '.';
            }
            form.addEventListener('input', apply);
            form.addEventListener('change', apply);
            form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
            form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
            var before = table.closest('.table-wrap') || table;
            before.parentNode.insertBefore(form, before);
            apply();
          });
        }());

        """;
}
