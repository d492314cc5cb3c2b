// Cockpit in Danish where locales/da.json cannot reach (loaded through customScripts in config.js):
// - texts that Camunda 7.24 writes into Cockpit's templates in English, and dmn-js's own English in decision tables,
//   replaced as Cockpit renders them (exact matches in text and tooltip-like attributes; process data left alone);
// - dates in tables as 30.11.2026 07.29.18 instead of ISO 8601;
// - the page's language, lang="da".
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
// dmn-js, which shows decision tables, has its own English; these apply only inside a decision table.
const DECISION_TABLE = '.dmn-js-parent';
const DANISH_IN_DECISION_TABLES = {
  'Hit policy:': 'Regelvalg:',
  'Unique': 'Entydig',
  'First': 'Første',
  'Priority': 'Prioritet',
  'Any': 'Vilkårlig',
  'Collect': 'Saml',
  'Collect (Sum)': 'Saml (sum)',
  'Collect (Min)': 'Saml (mindste)',
  'Collect (Max)': 'Saml (største)',
  'Collect (Count)': 'Saml (antal)',
  'Rule order': 'Regelrækkefølge',
  'Output order': 'Outputrækkefølge',
  'No overlap is possible and all rules are disjoint. Only a single rule can be matched':
    'Reglerne kan ikke overlappe hinanden; kun én regel kan passe',
  'Rules may overlap. The first matching rule will be chosen':
    'Reglerne kan overlappe hinanden; den første regel, der passer, vælges',
  'Rules may overlap. The one with the highest priority will be chosen':
    'Reglerne kan overlappe hinanden; den med højeste prioritet vælges',
  'Rules may overlap. Their output have to match':
    'Reglerne kan overlappe hinanden; deres output skal være ens',
  'Collects the values of all matching rules': 'Samler værdierne fra alle regler, der passer',
  'Collects the values of all matching rules and sums up to a single value':
    'Samler værdierne fra alle regler, der passer, og lægger dem sammen',
  'Collects the values of all matching rules and uses the lowest value':
    'Samler værdierne fra alle regler, der passer, og bruger den mindste',
  'Collects the values of all matching rules and uses the highest value':
    'Samler værdierne fra alle regler, der passer, og bruger den største',
  'Collects the values of all matching rules and counts the number of them':
    'Samler værdierne fra alle regler, der passer, og tæller dem',
  'Collects the values of all matching rules in rule order':
    'Samler værdierne fra alle regler, der passer, i reglernes rækkefølge',
  'Collects the values of all matching rules in decreasing output priority order':
    'Samler værdierne fra alle regler, der passer, efter faldende outputprioritet',
  'When': 'Når',
  'And': 'Og',
  'Then': 'Så',
  'Annotations': 'Kommentarer',
  'Input type': 'Inputtype',
  'Input values': 'Inputværdier',
  'Output label': 'Outputbetegnelse',
  'Output name': 'Outputnavn',
  'Output type': 'Outputtype',
  'Output values': 'Outputværdier',
  'View DRD': 'Vis DRD'
};
// dmn-js puts these in front of a name or an expression in a tooltip.
const DANISH_PREFIXES_IN_DECISION_TABLES = {
  'Input label: ': 'Inputbetegnelse: ',
  'Input expression: ': 'Inputudtryk: ',
  'Decision name: ': 'Beslutningens navn: '
};
const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];
// Values the user or the process wrote: a variable called "Actions" stays "Actions".
const DATA = 'td.value, td.name, .variable-value, pre, code, textarea, .djs-container';

function lookUp(table, text) {
  return Object.prototype.hasOwnProperty.call(table, text) ? table[text] : null;
}

/** The Danish for `text` where `element` shows it, or null to leave it as it is. */
function danishFor(text, element) {
  if (!text || !element) {
    return null;
  }
  const trimmed = text.trim();
  // a decision table's rules (its tbody) are data too
  if (element.closest(DECISION_TABLE) && !element.closest('tbody')) {
    const prefix = Object.keys(DANISH_PREFIXES_IN_DECISION_TABLES).find((english) => text.startsWith(english));
    if (prefix) {
      return DANISH_PREFIXES_IN_DECISION_TABLES[prefix] + text.slice(prefix.length);
    }
    const danish = lookUp(DANISH_IN_DECISION_TABLES, trimmed);
    if (danish) {
      return text.replace(trimmed, danish);
    }
  }
  const danish = lookUp(DANISH, trimmed);
  return danish && !element.closest(DATA) ? text.replace(trimmed, danish) : null;
}

function translateText(node) {
  const danish = danishFor(node.nodeValue, node.parentElement);
  if (danish) {
    node.nodeValue = danish;
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const danish = danishFor(element.getAttribute(name), element);
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

// Cockpit's index.html says lang="en" whatever the locale: screen readers would read the Danish with English
// pronunciation and browsers would offer to translate the page "from English".
document.documentElement.lang = 'da';
