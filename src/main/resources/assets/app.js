// The sahel-kg query editor: catalog questions, a SPARQL text area, results as a table.
// No framework and no external requests; every value from the data is written with textContent.
'use strict';

(function () {
  const ENDPOINT = '/sparql';
  const DEFAULT_QUERY = [
    '# How many triples does each named graph hold?',
    'SELECT ?graph (COUNT(*) AS ?triples)',
    'WHERE { GRAPH ?graph { ?s ?p ?o } }',
    'GROUP BY ?graph',
    'ORDER BY ?graph',
    ''
  ].join('\n');

  const FORMATS = {
    rows: [
      { label: 'CSV', type: 'text/csv', ext: 'csv' },
      { label: 'TSV', type: 'text/tab-separated-values', ext: 'tsv' },
      { label: 'JSON', type: 'application/sparql-results+json', ext: 'srj' },
      { label: 'XML', type: 'application/sparql-results+xml', ext: 'srx' }
    ],
    graph: [
      { label: 'Turtle', type: 'text/turtle', ext: 'ttl' },
      { label: 'N-Triples', type: 'application/n-triples', ext: 'nt' },
      { label: 'JSON-LD', type: 'application/ld+json', ext: 'jsonld' },
      { label: 'RDF/XML', type: 'application/rdf+xml', ext: 'rdf' }
    ]
  };

  const el = (id) => document.getElementById(id);
  let catalog = [];
  let lastKind = null;
  let lastQuery = null;

  function make(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function setStatus(text, isError) {
    const status = el('status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  function clearResults() {
    el('results').replaceChildren();
  }

  async function post(query, accept) {
    const body = new URLSearchParams();
    body.set('query', query);
    return fetch(ENDPOINT, { method: 'POST', headers: { Accept: accept }, body: body });
  }

  async function run() {
    const query = el('query').value;
    if (!query.trim()) {
      setStatus('Write a query first.', true);
      return;
    }
    clearResults();
    setDownloads(null);
    setStatus('Running…');
    el('run').disabled = true;
    const started = performance.now();
    try {
      const response = await post(query, 'application/sparql-results+json, text/turtle;q=0.9');
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok) {
        showError(response.status, await response.text());
        return;
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      if (type.startsWith('application/sparql-results+json')) {
        const data = await response.json();
        if (Object.prototype.hasOwnProperty.call(data, 'boolean')) {
          showAnswer(data.boolean);
          setStatus('Answer in ' + seconds + ' s.');
        } else {
          const count = showTable(data);
          setStatus(count + (count === 1 ? ' row' : ' rows') + ' in ' + seconds + ' s.');
        }
        setDownloads('rows', query);
      } else {
        const text = await response.text();
        el('results').append(make('pre', text));
        setStatus('Graph in ' + seconds + ' s.');
        setDownloads('graph', query);
      }
    } catch (error) {
      showError(0, String(error));
    } finally {
      el('run').disabled = false;
    }
  }

  function showError(status, text) {
    setStatus(status ? 'The endpoint answered ' + status + '.' : 'The request failed.', true);
    el('results').append(make('pre', text, 'error'));
  }

  function showAnswer(value) {
    el('results').append(make('p', value ? 'true' : 'false', 'answer'));
  }

  function showTable(data) {
    const vars = (data.head && data.head.vars) || [];
    const bindings = (data.results && data.results.bindings) || [];
    const table = make('table');
    const headRow = make('tr');
    vars.forEach((name) => headRow.append(make('th', '?' + name)));
    const head = make('thead');
    head.append(headRow);
    table.append(head);
    const body = make('tbody');
    bindings.forEach((binding) => {
      const row = make('tr');
      vars.forEach((name) => row.append(cell(binding[name])));
      body.append(row);
    });
    table.append(body);
    const wrap = make('div', null, 'table-wrap');
    wrap.append(table);
    el('results').append(wrap);
    return bindings.length;
  }

  function cell(term) {
    const td = make('td');
    if (!term) {
      return td;
    }
    if (term.type === 'uri') {
      td.className = 'iri';
      td.textContent = term.value;
    } else if (term.type === 'bnode') {
      td.textContent = '_:' + term.value;
    } else if (term.type === 'literal' || term.type === 'typed-literal') {
      td.append(document.createTextNode(term.value));
      if (term['xml:lang']) {
        td.append(' ', make('span', '@' + term['xml:lang'], 'meta'));
      } else if (term.datatype) {
        td.append(' ', make('span', '^^' + shortType(term.datatype), 'meta'));
      }
    } else {
      td.textContent = JSON.stringify(term.value);
    }
    return td;
  }

  function shortType(iri) {
    const xsd = 'http://www.w3.org/2001/XMLSchema#';
    return iri.startsWith(xsd) ? 'xsd:' + iri.substring(xsd.length) : iri;
  }

  function setDownloads(kind, query) {
    lastKind = kind;
    lastQuery = query || null;
    const select = el('format');
    select.replaceChildren();
    (FORMATS[kind] || []).forEach((format, index) => {
      const option = make('option', format.label);
      option.value = String(index);
      select.append(option);
    });
    select.disabled = !kind;
    el('download').disabled = !kind;
  }

  async function download() {
    if (!lastKind || !lastQuery) {
      return;
    }
    const format = FORMATS[lastKind][Number(el('format').value)];
    try {
      const response = await post(lastQuery, format.type);
      if (!response.ok) {
        showError(response.status, await response.text());
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = make('a');
      link.href = url;
      link.download = 'result.' + format.ext;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (error) {
      showError(0, String(error));
    }
  }

  function choose() {
    const name = el('catalog').value;
    const entry = catalog.find((q) => q.name === name);
    if (entry) {
      el('query').value = entry.text;
    }
    showAbout(entry);
    clearResults();
    setDownloads(null);
    setStatus('');
  }

  function showAbout(entry) {
    const about = el('about');
    const params = el('parameters');
    params.replaceChildren();
    if (!entry) {
      about.hidden = true;
      return;
    }
    el('question').textContent = entry.question || entry.title;
    (entry.parameters || []).forEach((p) => {
      let text = '?' + p.name + ': ' + p.description;
      if (p.default !== null && p.default !== undefined) {
        text += ' — edit the VALUES block at the end to change it (now "' + p.default + '")';
      }
      params.append(make('li', text));
    });
    el('returns').textContent = entry.returns ? 'Returns: ' + entry.returns : '';
    about.hidden = false;
  }

  async function loadCatalog() {
    try {
      const response = await fetch('/catalog.json', { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        return;
      }
      const data = await response.json();
      catalog = data.queries || [];
      const select = el('catalog');
      const chosen = select.value;
      select.replaceChildren(make('option', '— write your own query —'));
      select.firstChild.value = '';
      catalog.forEach((q) => {
        const option = make('option', q.title);
        option.value = q.name;
        option.selected = q.name === chosen;
        select.append(option);
      });
      if (chosen) {
        showAbout(catalog.find((q) => q.name === chosen));
      }
    } catch (error) {
      setStatus('Could not load the catalog of questions: ' + error, true);
    }
  }

  function init() {
    if (!el('query').value.trim()) {
      el('query').value = DEFAULT_QUERY;
    }
    el('editor').addEventListener('submit', (event) => {
      event.preventDefault();
      run();
    });
    el('download').addEventListener('click', download);
    el('catalog').addEventListener('change', choose);
    el('query').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        run();
      }
    });
    loadCatalog();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init, { once: true });
  } else {
    init();
  }
})();
