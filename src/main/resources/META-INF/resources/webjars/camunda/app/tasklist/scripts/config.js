// Tasklist configuration of almen-styring (replaces the webjar's config.js of Camunda 7.24).
export default {
  app: {
    name: 'Opgaver',
    vendor: 'almen-styring'
  },
  // Danish for everyone, whatever the browser's language (da.json is ours, see README "Danish webapps").
  locales: {
    availableLocales: ['da'],
    fallbackLocale: 'da'
  },
  // One script for every Camunda Form: the validity fix of the bundled form-js, its texts in Danish, and the
  // Create task / Start process buttons only for those who can use them (docs/forms.md).
  customScripts: ['scripts/almen/tasklist-almen'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tager den valgte opgave'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'sætter fokus på det første filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sætter fokus på den første opgave i listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sætter fokus på det første felt i en opgaves formular'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åbner dialogen Start proces'
    }
  }
};
