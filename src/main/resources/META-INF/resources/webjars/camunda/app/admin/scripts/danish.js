// Admin in Danish where locales/da.json cannot reach (loaded through customScripts in config.js): the few English
// texts Camunda 7.24 writes into Admin's templates, and a label key of the shared header that Admin's locale file
// lacks (Admin shows the key itself). Users', groups' and permissions' own names and ids in tables are left alone.
const DANISH = {
  'CAM_WIDGET_HEADER_TOGGLE_NAVIGATION': 'Vis/skjul navigation',
  'Close': 'Luk',
  'Tasklist': 'Opgaver'
};
const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];
const DATA = 'td, textarea, pre, code';

function danish(text, element) {
  const trimmed = text ? text.trim() : '';
  if (!element || !Object.prototype.hasOwnProperty.call(DANISH, trimmed) || element.closest(DATA)) {
    return null;
  }
  return text.replace(trimmed, DANISH[trimmed]);
}

function translate(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = danish(node.nodeValue, node.parentElement);
    if (text) {
      node.nodeValue = text;
    }
  } else if (node.nodeType === Node.ELEMENT_NODE) {
    ATTRIBUTES.forEach((name) => {
      const text = danish(node.getAttribute(name), node);
      if (text) {
        node.setAttribute(name, text);
      }
    });
    node.childNodes.forEach(translate);
  }
}

new MutationObserver((changes) => changes.forEach((change) => {
  if (change.type === 'childList') {
    change.addedNodes.forEach(translate);
  } else {
    translate(change.target);
  }
})).observe(document.documentElement, {
  subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
});
translate(document.documentElement);

export default [];
