// The desk page: reads the form, runs the translation and the summary streams side by side, and shows them.

import { ProblemError, saveKey, savedKey, stream } from './api.js';
import { FieldError, danishSegments, readForm, summarizeBody, translateBody } from './article.js';
import { copyText, markdown, plainText } from './copy.js';
import { ErrorBanner } from './errors.js';
import { describe } from './messages.js';
import { Rows } from './rows.js';
import { Summary } from './summary.js';
import { isDemo, renderMeta, renderWarningBar } from './view.js';
import { locate } from './warnings.js';

const $ = (id) => document.getElementById(id);
const form = $('article-form');
const results = $('results');
const errors = new ErrorBanner($('error'), $('error-message'), $('error-retry'));

/** The run on screen: what was asked and what came back. A newer run aborts it. */
let current = null;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  start(false);
});
form.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    start(false);
  }
});
$('again').addEventListener('click', () => start(true));
$('copy-english').addEventListener('click', () => copy('English', plainText(copySource())));
$('copy-markdown').addEventListener('click', () => copy('Markdown', markdown(copySource())));
setUpKeyPanel();

/** A run the editor asked for: the form as it is now; refresh skips tolk's cache. */
function start(refresh) {
  let article;
  try {
    article = readForm(form);
  } catch (e) {
    if (e instanceof FieldError) {
      showFieldError(e);
      return;
    }
    throw e;
  }
  showFieldError(null);
  errors.resetAutomatic();
  run(article, refresh);
}

async function run(article, refresh) {
  if (current) {
    current.controller.abort();
  }
  errors.clear();
  const controller = new AbortController();
  const rows = new Rows($('rows-body'), {
    title: article.title, paragraphs: danishSegments(article.text, article.format),
  });
  const summary = new Summary($('bullets'), rows);
  const me = { controller, article, refresh, rows, summary, translation: null, summaryDone: null };
  current = me;
  clearResult();
  setState('streaming');
  say('Translating…');

  const options = (target) => ({
    signal: controller.signal,
    refresh,
    onEvent: (name, data) => {
      const i = data.segment ?? data.bullet;
      if (name === 'delta') {
        target.append(i, data.text);
      } else if (name === 'reset') {
        target.reset(i);
      }
    },
  });
  const translation = stream('/v1/translate', translateBody(article), options(rows))
    .then((done) => me === current && showTranslation(me, done));
  const bullets = stream('/v1/summarize', summarizeBody(article), options(summary))
    .then((done) => me === current && showSummary(me, done));
  const [t, s] = await Promise.allSettled([translation, bullets]);
  if (me !== current) {
    return;
  }
  finish(me, t.status === 'rejected' ? t.reason : null, s.status === 'rejected' ? s.reason : null);
}

function showTranslation(me, done) {
  me.translation = done;
  const paragraphs = me.article.format === 'text' ? done.text.split('\n\n') : null;
  if (paragraphs) {
    me.rows.settle(done.title ? [done.title, ...paragraphs] : paragraphs);
  } else if (done.title) {
    // Markdown and HTML: the rows keep the streamed plain-text preview; done has the document with its markup.
    me.rows.settle([done.title]);
  }
  // Warnings about the whole text (place null, e.g. length) have no row: they are listed in the warning bar only.
  located(done, 'translation').filter((w) => w.place === 'paragraph' || w.place === 'title')
    .forEach((w) => me.rows.warn(w));
  setCopyEnabled(true);
}

function showSummary(me, done) {
  me.summaryDone = done;
  me.summary.settle(done);
  located(done, 'summary').filter((w) => w.place === 'bullet').forEach((w) => me.summary.warn(w));
}

/** A response's warnings, each with where it belongs (warnings.locate) and which half it came from. */
function located(response, from) {
  return (response?.warnings || []).map((w) => ({ ...locate(w), from }));
}

function finish(me, translationError, summaryError) {
  const all = [...located(me.translation, 'translation'), ...located(me.summaryDone, 'summary')];
  if (translationError) {
    $('warning-bar').replaceChildren(); // "no warnings" would read as a clean bill for text that never came
  } else {
    renderWarningBar($('warning-bar'), all);
  }
  renderMeta($('meta'), me.translation, me.summaryDone);
  $('demo-banner').hidden = !isDemo(me.translation, me.summaryDone);

  const failure = [translationError, summaryError].find((e) => e && e.name !== 'AbortError');
  if (translationError) {
    me.rows.clearEnglish();
  }
  if (summaryError) {
    me.summary.settle({ bullets: [], bulletSources: [] });
  }
  if (failure) {
    setState('failed');
    showFailure(me, failure);
    return;
  }
  setState('done');
  const n = all.length;
  say(`Translated: ${me.rows.count} rows, ${me.summaryDone.bullets.length} summary bullets, `
    + `${n} fidelity ${n === 1 ? 'warning' : 'warnings'}.`);
}

function showFailure(me, error) {
  if (!(error instanceof ProblemError)) {
    console.warn('tolk desk: unexpected failure', error);
  }
  const description = error instanceof ProblemError ? describe(error)
    : { text: 'Something went wrong in this page. Reload it and try again.', retryAfter: null };
  say('');
  errors.show(description, () => run(me.article, me.refresh));
  if (description.needsKey) {
    openKeyPanel(description.text);
  }
}

function clearResult() {
  results.hidden = false;
  setCopyEnabled(false);
  $('copy-status').textContent = '';
  $('warning-bar').replaceChildren();
  $('warning-bar').classList.remove('has-warnings');
  $('meta').replaceChildren();
}

function setState(state) {
  results.dataset.state = state;
  const busy = String(state === 'streaming');
  $('rows').setAttribute('aria-busy', busy);
  $('bullets').setAttribute('aria-busy', busy);
}

function say(text) {
  $('status').textContent = text;
}

function setCopyEnabled(enabled) {
  $('copy-english').disabled = !enabled;
  $('copy-markdown').disabled = !enabled;
}

/** The English of the run on screen, as tolk sent it in done (the document, for Markdown and HTML). */
function copySource() {
  const t = current.translation;
  return { title: t.title || '', body: t.text, bullets: current.summaryDone?.bullets || [] };
}

async function copy(what, text) {
  const ok = await copyText(text);
  $('copy-status').textContent = ok ? `Copied the ${what}.` : 'Copying failed: select the text and copy it by hand.';
}

function showFieldError(error) {
  const box = $('form-error');
  box.hidden = !error;
  box.textContent = error ? error.message : '';
  for (const field of form.elements) {
    field.removeAttribute('aria-invalid');
  }
  if (error) {
    const field = form.elements[error.field];
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }
}

function setUpKeyPanel() {
  const input = $('api-key');
  input.value = savedKey();
  $('key-toggle').addEventListener('click', () => {
    if ($('key-panel').hidden) {
      openKeyPanel(null);
    } else {
      closeKeyPanel();
    }
  });
  $('key-save').addEventListener('click', () => {
    saveKey(input.value.trim());
    $('key-reason').textContent = input.value.trim() ? 'Key saved for this browser tab.' : 'No key set.';
    if (current && !$('error').hidden) {
      errors.resetAutomatic();
      run(current.article, current.refresh);
    }
  });
  $('key-forget').addEventListener('click', () => {
    saveKey('');
    input.value = '';
    $('key-reason').textContent = 'Key forgotten.';
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      $('key-save').click();
    }
  });
}

function openKeyPanel(reason) {
  $('key-panel').hidden = false;
  $('key-toggle').setAttribute('aria-expanded', 'true');
  $('key-reason').textContent = reason || 'Some tolk servers ask for an API key. It is kept in this browser tab only.';
  $('api-key').focus();
}

function closeKeyPanel() {
  $('key-panel').hidden = true;
  $('key-toggle').setAttribute('aria-expanded', 'false');
  $('key-toggle').focus();
}
