// almen-styring's one Tasklist custom script (listed in ../config.js under customScripts); the why is in docs/forms.md.
//
// 1. Tasklist 7.24 bundles a form-js whose `errors` state keeps an empty array for a field inside a dynamic list once
//    that field becomes valid (bpmn-io/form-js#1494, fixed upstream, never shipped in Camunda 7 CE). Tasklist enables
//    *Fuldfør* only when `Object.keys(errors)` is empty, so no form with a list could be completed. This script
//    applies the upstream fix to the bundled form-js: an errors entry that holds no message is dropped.
// 2. form-js's own texts (validation messages, list buttons, select placeholders) in Danish. Messages are changed
//    where form-js makes them (its validator); the few texts form-js renders without any hook are changed in the DOM.
//    A date or time field (custom property `format`: `dato` / `klokkeslæt`) says in words what is wrong with what
//    was typed, the same way the server does (common/FormValues).
//    The few English texts of Tasklist's own templates (zoom buttons, a notification's close button) too.
// 3. *Opret opgave* only for administrators, *Start proces* only for those who may start a process.

const LOG_PREFIX = '[almen-styring]';
const APP_ROOT = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root')) || '/camunda';

// --- 1. the validity fix -------------------------------------------------------------------------------------------

/** webpack's require of the Tasklist bundle, obtained by pushing an extra chunk onto its global chunk array. */
function webpackRequire() {
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  if (!chunks || typeof chunks.push !== 'function') {
    return null;
  }
  let require = null;
  chunks.push([[`almen-styring-${Date.now()}`], {}, (r) => { require = r; }]);
  return require;
}

/** The form-js `Form` class Tasklist renders Camunda Forms with, found by what it does, not by a module number. */
function findFormClass(require) {
  const candidates = Object.keys(require.m).filter((id) => {
    const source = String(require.m[id]);
    return source.includes('importSchema') && source.includes('_setState') && source.includes('submit(){');
  });
  for (const id of candidates) {
    let exports;
    try {
      exports = require(id);
    } catch (e) {
      continue;
    }
    const Form = exports && exports.Form;
    if (Form && Form.prototype && typeof Form.prototype.importSchema === 'function'
        && typeof Form.prototype.submit === 'function' && typeof Form.prototype._setState === 'function') {
      return Form;
    }
  }
  return null;
}

/** True when an errors entry (a list of messages, or for a list field one such list per row) holds a message. */
function holdsMessage(entry) {
  if (Array.isArray(entry)) {
    return entry.some(holdsMessage);
  }
  return entry !== undefined && entry !== null;
}

/** The upstream fix of form-js#1494: drop the entries that hold no message, keep every real one untouched. */
export function withoutGhostErrors(errors) {
  if (!errors || typeof errors !== 'object') {
    return errors;
  }
  return Object.fromEntries(Object.entries(errors).filter(([, entry]) => holdsMessage(entry)));
}

function fixValidity(Form) {
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state && 'errors' in state) {
      state = { ...state, errors: withoutGhostErrors(state.errors) };
    }
    return setState.call(this, state);
  };
}

// --- 2. form-js in Danish ------------------------------------------------------------------------------------------

const DATE_HINT = 'Skriv datoen som dd.mm.åååå, fx 14.01.2027.';
const TIME_HINT = 'Skriv klokkeslættet som tt.mm i 24 timer, fx 14.00.';

/** Why a typed date was refused, in the words the server uses (FormValues.date). */
export function dateProblem(typed) {
  const text = String(typed).trim();
  const danish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!danish) {
    return `'${text}' er ikke en gyldig dato. ${DATE_HINT}`;
  }
  const [day, month, year] = [Number(danish[1]), Number(danish[2]), Number(danish[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `'${text}' findes ikke i kalenderen. ${DATE_HINT}`;
  }
  return `Skriv et årstal mellem 2000 og 2099. ${DATE_HINT}`;
}

/** Why a typed time was refused, in the words the server uses (FormValues.time). */
export function timeProblem(typed) {
  const text = String(typed).trim();
  return /^\d{1,2}[.:]\d{2}$/.test(text)
    ? `'${text}' er ikke et klokkeslæt på døgnet. ${TIME_HINT}`
    : `'${text}' er ikke et klokkeslæt. ${TIME_HINT}`;
}

const MESSAGES = [
  [/^Field is required\.$/, () => 'Feltet skal udfyldes.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Værdien skal være mindst ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Værdien må højst være ${m[1]}.`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Skriv mindst ${m[1]} tegn.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Skriv højst ${m[1]} tegn.`],
  [/^Field must be a valid email\.$/, () => 'Skriv en gyldig e-mailadresse, fx navn@kk.dk.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Skriv et telefonnummer med landekode, fx +4533663366.'],
  [/^Value is not a number\.$/, () => 'Skriv et tal.'],
  [/^Value is expected to be an integer\.$/, () => 'Skriv et helt tal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Skriv højst ${m[1]} decimaler.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Vælg en gyldig værdi; de to nærmeste er ${m[1]} og ${m[2]}.`]
];

/** One form-js validation message in Danish; a pattern message names what is wrong for a date or time field. */
export function danishMessage(message, field, value) {
  if (/^Field must match pattern /.test(message)) {
    const format = field && field.properties && field.properties.format;
    if (format === 'dato') {
      return dateProblem(value);
    }
    if (format === 'klokkeslæt') {
      return timeProblem(value);
    }
    return 'Feltet har ikke det rigtige format.';
  }
  for (const [pattern, danish] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) {
      return danish(match);
    }
  }
  return message;
}

function translateValidator(Validator) {
  if (Validator.prototype.almenDanish) {
    return;
  }
  Validator.prototype.almenDanish = true;
  const validateField = Validator.prototype.validateField;
  const validateFieldInstance = Validator.prototype.validateFieldInstance;
  Validator.prototype.validateField = function (field, value) {
    return validateField.call(this, field, value).map((m) => danishMessage(m, field, value));
  };
  Validator.prototype.validateFieldInstance = function (instance, value) {
    const field = this._formFieldRegistry && this._formFieldRegistry.get(instance.id);
    return validateFieldInstance.call(this, instance, value).map((m) => danishMessage(m, field, value));
  };
}

function danishValidation(Form) {
  const importSchema = Form.prototype.importSchema;
  Form.prototype.importSchema = function (...args) {
    const validator = this.get('validator');
    if (validator && typeof validator.validateFieldInstance === 'function') {
      translateValidator(validator.constructor);
    } else {
      console.error(`${LOG_PREFIX} form-js has no validator to translate; its messages stay in English.`);
    }
    return importSchema.apply(this, args);
  };
}

/** Texts form-js renders without any hook: exact text, placeholder or aria-label, English → Danish. */
const TEXTS = {
  'Add new': 'Tilføj',
  'Collapse': 'Vis færre',
  'Search': 'Søg',
  'Select': 'Vælg',
  'No results': 'Ingen resultater',
  'All values selected': 'Alle muligheder er valgt',
  'Nothing to show.': 'Intet at vise.',
  'Next page': 'Næste side',
  'Previous page': 'Forrige side',
  'Increment': 'Op',
  'Decrement': 'Ned'
};
const PATTERNS = [
  [/^Expand all \((\d+)\)$/, (m) => `Vis alle (${m[1]})`],
  [/^Remove list item (\d+)$/, (m) => `Fjern punkt ${m[1]}`]
];

export function danishText(text) {
  const trimmed = text.trim();
  if (Object.prototype.hasOwnProperty.call(TEXTS, trimmed)) {
    return text.replace(trimmed, TEXTS[trimmed]);
  }
  for (const [pattern, danish] of PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, danish(match));
    }
  }
  return null;
}

// Tasklist's own templates hold a few English texts that no locale key reaches: the diagram's zoom buttons and the
// close button of a notification. The diagram itself (the process's names) and what a person typed are left alone.
const TEMPLATE_TEXTS = {
  'Close': 'Luk',
  'zoom in': 'zoom ind',
  'zoom out': 'zoom ud',
  'reset zoom': 'nulstil zoom'
};
const DATA = '.djs-container, textarea, pre, code';
const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

/** The Danish for `text` where `element` shows it, or null to leave it. */
function danishFor(text, element) {
  if (!text || !element) {
    return null;
  }
  if (element.closest('.fjs-container')) {
    return danishText(text);
  }
  const trimmed = text.trim();
  return Object.prototype.hasOwnProperty.call(TEMPLATE_TEXTS, trimmed) && !element.closest(DATA)
    ? text.replace(trimmed, TEMPLATE_TEXTS[trimmed]) : null;
}

function translateNode(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const danish = danishFor(node.data, node.parentElement);
    if (danish !== null) {
      node.data = danish;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const element of [node, ...node.querySelectorAll('*')]) {
    for (const attribute of ATTRIBUTES) {
      const danish = danishFor(element.getAttribute(attribute), element);
      if (danish) {
        element.setAttribute(attribute, danish);
      }
    }
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        translateNode(child);
      }
    }
  }
}

function danishFormTexts() {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(translateNode);
      } else {
        translateNode(mutation.target);
      }
    }
  }).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
  });
  translateNode(document.body);
}

// --- 3. only the buttons a person can use ---------------------------------------------------------------------------

// Hidden until the engine has said the person may use them, so a member never sees a button that only answers
// with a permission error.
const BUTTON_STYLE = `
  body:not(.almen-may-create-task) li.create-task-action { display: none !important; }
  body:not(.almen-may-start-process) li.start-process-action { display: none !important; }
`;

async function getJson(path) {
  const response = await fetch(APP_ROOT + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${path}: HTTP ${response.status}`);
  }
  return response.json();
}

let checkedUser = null;
let checking = null;

async function showButtonsFor() {
  const user = await getJson('/api/admin/auth/user/default');
  const startable = await getJson('/api/engine/engine/default/process-definition'
    + '?startableInTasklist=true&startablePermissionCheck=true&latestVersion=true&maxResults=1');
  document.body.classList.toggle('almen-may-create-task', (user.authorizedApps || []).includes('admin'));
  document.body.classList.toggle('almen-may-start-process', startable.length > 0);
  checkedUser = user.userId;
}

function checkButtons() {
  if (checking || checkedUser || !document.querySelector('li.start-process-action, li.create-task-action')) {
    return;
  }
  checking = showButtonsFor()
    .catch((e) => console.error(`${LOG_PREFIX} could not check the Tasklist buttons:`, e))
    .finally(() => { checking = null; });
}

function onlyUsableButtons() {
  const style = document.createElement('style');
  style.textContent = BUTTON_STYLE;
  document.head.appendChild(style);
  // asked once per log-in: when the header shows the buttons, and again after the next person logs in
  window.addEventListener('hashchange', () => {
    if (/^#\/login/.test(window.location.hash)) {
      checkedUser = null;
      document.body.classList.remove('almen-may-create-task', 'almen-may-start-process');
    }
  });
  new MutationObserver(checkButtons).observe(document.body, { childList: true, subtree: true });
  checkButtons();
}

// --- install --------------------------------------------------------------------------------------------------------

function install() {
  onlyUsableButtons();
  danishFormTexts();
  const require = webpackRequire();
  const Form = require && findFormClass(require);
  if (!Form) {
    console.error(`${LOG_PREFIX} form-js was not found in the Tasklist bundle: forms with a list cannot be completed.`);
    return;
  }
  fixValidity(Form);
  danishValidation(Form);
  window.almenStyring = { formsPatched: true };
}

install();

export default [];
