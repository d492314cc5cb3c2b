// A few texts that Camunda 7.24 writes into Cockpit's templates in English instead of taking them from the locale
// file, so locales/da.json cannot reach them. Loaded through customScripts in config.js; it replaces exact matches
// in text and in tooltip-like attributes as Cockpit renders them, and leaves process data alone.
const DANISH = {
  // the column of the edit and delete buttons is 76 px wide: "Handlinger" would be cut off
  'Actions': 'Redigér',
  'Download': 'Hent',
  // incident types in the incidents tab: Cockpit names failedJob itself and shows other types raw
  'Failed Job': 'Fejlet job',
  'failedExternalTask': 'Fejlet ekstern opgave',
  'Invalid Date Value.': 'Ugyldig datoværdi.',
  'Loading diagram': 'Indlæser diagram',
  'Message is null.': 'Beskeden er null.',
  'reset zoom': 'nulstil zoom',
  'Select all': 'Vælg alle',
  'Suspended Job Definition': 'Suspenderet jobdefinition',
  'Tasklist': 'Opgaver',
  'This feature is unsupported in your Browser.': 'Denne funktion understøttes ikke af din browser.',
  'Toggle this section': 'Vis/skjul dette afsnit',
  'zoom in': 'zoom ind',
  'zoom out': 'zoom ud'
};
const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];
// Values the user or the process wrote: a variable called "Actions" stays "Actions".
const DATA = 'td.value, td.name, .variable-value, pre, code, textarea, .djs-container';

function danishFor(text) {
  return text && Object.prototype.hasOwnProperty.call(DANISH, text.trim()) ? DANISH[text.trim()] : null;
}

function translateText(node) {
  const danish = danishFor(node.nodeValue);
  if (danish && !(node.parentElement && node.parentElement.closest(DATA))) {
    node.nodeValue = node.nodeValue.replace(node.nodeValue.trim(), danish);
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const danish = danishFor(element.getAttribute(name));
    if (danish) {
      element.setAttribute(name, danish);
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === Node.TEXT_NODE) {
      translateText(node);
    } else {
      translateAttributes(node);
    }
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translateTree);
    } else if (mutation.type === 'characterData') {
      translateText(mutation.target);
    } else {
      translateAttributes(mutation.target);
    }
  }
}).observe(document.documentElement, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});
translateTree(document.documentElement);

// Dates in Cockpit's tables the Danish way, as in the other apps' locale files (30.11.2026 07.29.18): Cockpit sets
// its own format to ISO 8601 (2026-11-30T07:29:18) in a config block of its module; this block runs after that one.
window.angular.module('cam.cockpit').config(['camDateFormatProvider', (formats) => {
  formats.setDateFormat('DD.MM.YYYY HH.mm.ss', 'normal');
}]);
