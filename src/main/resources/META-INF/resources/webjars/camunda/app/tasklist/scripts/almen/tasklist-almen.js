// almen-styring's one Tasklist custom script (listed in ../config.js under customScripts), see docs/forms.md.
//
// Tasklist 7.24 bundles a form-js whose `errors` state keeps an empty array for a field inside a dynamic list once
// that field becomes valid (bpmn-io/form-js#1494, fixed upstream, never shipped in Camunda 7 CE). Tasklist enables
// *Complete* only when `Object.keys(errors)` is empty, so every form with a list could never be completed. This
// script applies the upstream fix to the bundled form-js: an errors entry that holds no message is removed.

const LOG_PREFIX = '[almen-styring]';

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

function install() {
  const require = webpackRequire();
  const Form = require && findFormClass(require);
  if (!Form) {
    console.error(`${LOG_PREFIX} form-js was not found in the Tasklist bundle: forms with a list cannot be completed.`);
    return;
  }
  fixValidity(Form);
  window.almenStyring = { formsPatched: true };
}

install();

export default [];
